/**
 * Recent scripts on a real SQLite file: opening moves a script to the front, the list keeps ten,
 * a script in the Trash drops out (and comes back when restored), the last open script is offered
 * again after a restart unless the writer went back to the library, and nothing survives a bad id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';
import { pushRecent, storedIds, visibleRecent } from '../../../shared/commands/recent.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);

describe('recent scripts', () => {
  it('most recent first; the Trash hides a script; the last open one survives a restart', async () => {
    const dir = tempDataDir();
    backend = openBackend(dir, 'cli', 'en-US');
    const a = await call('library.create', { title: 'Angin' });
    const b = await call('library.create', { title: 'Bulan' });
    expect(await call('recent.list', {})).toEqual({ recent: [], lastOpen: null });
    await call('recent.opened', { id: a.id });
    const after = await call('recent.opened', { id: b.id });
    expect(after.recent.map((r) => r.title)).toEqual(['Bulan', 'Angin']);
    expect(after.lastOpen).toBe(b.id);
    await call('recent.opened', { id: a.id });
    expect((await call('recent.list', {})).recent.map((r) => r.id)).toEqual([a.id, b.id]);

    await call('library.delete', { id: a.id });
    expect(await call('recent.list', {})).toEqual({ recent: [{ id: b.id, title: 'Bulan' }], lastOpen: null });
    await call('library.restore', { id: a.id });
    expect((await call('recent.list', {})).recent.map((r) => r.id)).toEqual([a.id, b.id]);

    await call('library.rename', { id: b.id, title: 'Bulan Purnama' });
    backend.close();
    backend = openBackend(dir, 'cli', 'en-US');
    const reopened = await call('recent.list', {});
    expect(reopened.lastOpen).toBe(a.id);
    expect(reopened.recent[1].title).toBe('Bulan Purnama');
    expect((await call('recent.closed', {})).lastOpen).toBeNull();
  });

  it('refuses to record a script that is not there, and keeps the list as it was', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const a = await call('library.create', { title: 'Angin' });
    await call('recent.opened', { id: a.id });
    await expect(call('recent.opened', { id: 'missing' })).rejects.toMatchObject({ code: 'library.not_found' });
    await expect(call('recent.opened', { id: '../x' })).rejects.toMatchObject({ code: expect.stringMatching(/invalid/) });
    expect((await call('recent.list', {})).recent.map((r) => r.id)).toEqual([a.id]);
  });
});

describe('the pure list', () => {
  it('caps at ten, moves a reopened id to the front, reads a damaged value as empty', () => {
    let ids: string[] = [];
    for (let i = 0; i < 12; i++) ids = pushRecent(ids, `s${i}`);
    expect(ids).toHaveLength(10);
    expect(pushRecent(ids, 's5').slice(0, 2)).toEqual(['s5', 's11']);
    expect(storedIds('s1')).toEqual([]);
    expect(storedIds(['ok', 3, '../no', 'fine'])).toEqual(['ok', 'fine']);
    expect(visibleRecent(['a', 'gone', 'b'], new Map([['b', 'B'], ['a', 'A']]))).toEqual([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }]);
  });
});
