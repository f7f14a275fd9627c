/**
 * The Trash on a real SQLite file: delete moves a script there, restore brings it back, deleting for
 * good takes only what is in the Trash (and leaves none of its text in the file), and scripts older
 * than 30 days go at start-up — never as a side effect of building the handler map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { createHandlers } from '../../../electron/services/index.ts';
import { TRASH_DAYS } from '../../../shared/api/trash.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);

const scene = (text: string) => ({ version: 1 as const, titlePage: [], elements: [{ type: 'action' as const, text }] });
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
const ids = (list: { id: string }[]) => list.map((s) => s.id).sort();

describe('the Trash', () => {
  it('holds what was deleted, with when it goes for good, and restore brings it back', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const a = await call('library.create', { title: 'Angin' });
    const b = await call('library.create', { title: 'Bulan' });
    await call('library.delete', { id: a.id });
    expect(ids(await call('library.list', {}))).toEqual([b.id]);
    const [item, ...rest] = await call('library.trash', {});
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ id: a.id, title: 'Angin', deleted: true });
    expect(Date.parse(item.purgeAt) - Date.parse(item.deletedAt)).toBe(TRASH_DAYS * 86_400_000);
    await call('library.restore', { id: a.id });
    expect(await call('library.trash', {})).toEqual([]);
    expect(ids(await call('library.list', {}))).toEqual([a.id, b.id].sort());
  });

  it('lists the latest deleted first', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const a = await call('library.create', { title: 'A' });
    const b = await call('library.create', { title: 'B' });
    backend.db.prepare('UPDATE scripts SET deleted_at = ? WHERE id = ?').run(daysAgo(2), a.id);
    backend.db.prepare('UPDATE scripts SET deleted_at = ? WHERE id = ?').run(daysAgo(1), b.id);
    expect((await call('library.trash', {})).map((s) => s.title)).toEqual(['B', 'A']);
  });

  it('deletes for good only a script already in the Trash', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'Masih dipakai' });
    await expect(call('library.deleteForever', { id: s.id })).rejects.toMatchObject({ code: 'trash.not_in_trash', params: { title: 'Masih dipakai' } });
    await expect(call('library.deleteForever', { id: 'nope' })).rejects.toMatchObject({ code: 'library.not_found' });
    expect(await call('library.emptyTrash', { ids: [s.id] })).toEqual({ deleted: 0 });
    expect(ids(await call('library.list', {}))).toEqual([s.id]);
  });

  it('deleting for good takes the draft and snapshots along and leaves none of the text in the file', async () => {
    const dir = tempDataDir();
    backend = openBackend(dir, 'cli', 'en-US');
    const secret = 'Zamrudkhatulistiwa rahasia pertama';
    const s = await call('library.create', { title: 'Rahasia' });
    // A draft big enough to spill onto overflow pages, like a real script.
    await call('draft.save', { scriptId: s.id, screenplay: { ...scene(secret), elements: Array.from({ length: 400 }, (_, i) => ({ type: 'action' as const, text: `${secret} ${i}` })) } });
    await call('snapshot.create', { scriptId: s.id, name: 'Draf 1' });
    const keep = await call('library.create', { title: 'Tetap' });
    await call('library.delete', { id: s.id });
    await call('library.deleteForever', { id: s.id });
    expect(ids(await call('library.list', {}))).toEqual([keep.id]);
    expect(await call('library.trash', {})).toEqual([]);
    expect(backend.db.prepare('SELECT (SELECT count(*) FROM drafts WHERE script_id = ?) + (SELECT count(*) FROM snapshots WHERE script_id = ?) n').get(s.id, s.id)).toEqual({ n: 0 });
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.concat(['', '-wal'].map((x) => (fs.existsSync(path.join(dir, `naskah.db${x}`)) ? fs.readFileSync(path.join(dir, `naskah.db${x}`)) : Buffer.alloc(0))));
    expect(bytes.includes(Buffer.from('Zamrudkhatulistiwa'))).toBe(false);
  });

  it('empties only the scripts the user confirmed: one deleted since stays in the Trash', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const a = await call('library.create', { title: 'A' });
    const b = await call('library.create', { title: 'B' });
    const c = await call('library.create', { title: 'C' });
    await call('library.delete', { id: a.id });
    await call('library.delete', { id: b.id });
    const confirmed = (await call('library.trash', {})).map((s) => s.id);
    await call('library.delete', { id: c.id });
    expect(await call('library.emptyTrash', { ids: confirmed })).toEqual({ deleted: 2 });
    expect(ids(await call('library.trash', {}))).toEqual([c.id]);
  });
});

describe('keeping 30 days', () => {
  it('start-up deletes for good what has been in the Trash longer; building handlers deletes nothing', async () => {
    const dir = tempDataDir();
    backend = openBackend(dir, 'cli', 'en-US');
    const old = await call('library.create', { title: 'Lama' });
    const recent = await call('library.create', { title: 'Baru' });
    backend.db.prepare('UPDATE scripts SET deleted_at = ? WHERE id = ?').run(daysAgo(TRASH_DAYS + 1), old.id);
    backend.db.prepare('UPDATE scripts SET deleted_at = ? WHERE id = ?').run(daysAgo(TRASH_DAYS - 1), recent.id);
    // Past its 30 days, it is no longer offered while the app runs…
    expect(ids(await call('library.trash', {}))).toEqual([recent.id]);
    // …and a handler map built on the open library (a host being set up) has no side effect.
    createHandlers(backend.ctx);
    expect(backend.db.prepare('SELECT count(*) n FROM scripts').get()).toEqual({ n: 2 });
    backend.close();
    backend = openBackend(dir, 'cli', 'en-US');
    expect((backend.db.prepare('SELECT id FROM scripts').all() as { id: string }[]).map((r) => r.id)).toEqual([recent.id]);
  });
});
