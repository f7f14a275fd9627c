import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { dispatch } from '../../../electron/dispatch.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';

let backend: Backend;
afterEach(() => backend?.close());

const call = callerOf(() => backend);

const scene = (text: string) => ({ version: 1 as const, titlePage: [], elements: [{ type: 'scene_heading' as const, text: 'INT. A - DAY' }, { type: 'action' as const, text }] });

describe('library services (real SQLite file)', () => {
  it('creates, saves drafts with revisions, and lists with counts', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'Angin' });
    const d0 = await call('draft.load', { scriptId: s.id });
    expect(d0.revision).toBe(0);
    const saved = await call('draft.save', { scriptId: s.id, screenplay: scene('Satu dua tiga.'), baseRevision: 0 });
    expect(saved.revision).toBe(1);
    const list = await call('library.list', {});
    expect(list).toMatchObject([{ id: s.id, title: 'Angin', sceneCount: 1, wordCount: 6 }]);
    const d1 = await call('draft.load', { scriptId: s.id });
    expect(d1.screenplay.elements.map((e) => e.text)).toEqual(['INT. A - DAY', 'Satu dua tiga.']);
  });

  it("a rename in the library is the title page's Title too (a new revision); no title page, none added", async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'Untitled' });
    await call('library.rename', { id: s.id, title: 'Pulang' });
    const d = await call('draft.load', { scriptId: s.id });
    expect(d.screenplay.titlePage).toEqual([{ key: 'Title', value: 'Pulang' }]);
    expect(d.revision).toBe(1);
    const bare = await call('library.create', { title: 'X' });
    await call('draft.save', { scriptId: bare.id, screenplay: scene('tanpa halaman judul'), baseRevision: 0 });
    await call('library.rename', { id: bare.id, title: 'Y' });
    expect((await call('draft.load', { scriptId: bare.id })).screenplay.titlePage).toEqual([]);
  });

  it('refuses a stale save and keeps the stored draft whole', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'X' });
    await call('draft.save', { scriptId: s.id, screenplay: scene('first'), baseRevision: 0 });
    await expect(call('draft.save', { scriptId: s.id, screenplay: scene('stale'), baseRevision: 0 })).rejects.toMatchObject({ code: 'library.stale_draft' });
    expect((await call('draft.load', { scriptId: s.id })).screenplay.elements[1].text).toBe('first');
  });

  it('renames, duplicates with snapshots, deletes and restores', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'A' });
    await call('draft.save', { scriptId: s.id, screenplay: scene('v1') });
    await call('snapshot.create', { scriptId: s.id, name: 'Draf 1' });
    await call('library.rename', { id: s.id, title: 'B' });
    const copy = await call('library.duplicate', { id: s.id });
    expect(copy.title).toBe('B (2)');
    expect(await call('snapshot.list', { scriptId: copy.id })).toHaveLength(1);
    await call('library.delete', { id: s.id });
    expect((await call('library.list', {})).map((x) => x.id)).toEqual([copy.id]);
    await call('library.restore', { id: s.id });
    expect((await call('library.list', {})).map((x) => x.id).sort()).toEqual([s.id, copy.id].sort());
  });

  it('snapshots are immutable and restoring keeps the current draft as a snapshot', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'A' });
    await call('draft.save', { scriptId: s.id, screenplay: scene('v1') });
    const snap = await call('snapshot.create', { scriptId: s.id, name: 'v1' });
    await call('draft.save', { scriptId: s.id, screenplay: scene('v2') });
    const restored = await call('snapshot.restore', { id: snap.id });
    expect(restored.screenplay.elements[1].text).toBe('v1');
    const snaps = await call('snapshot.list', { scriptId: s.id });
    expect(snaps).toHaveLength(2);
    const kept = await Promise.all(snaps.map((x) => call('snapshot.load', { id: x.id })));
    expect(kept.map((k) => k.screenplay.elements[1].text).sort()).toEqual(['v1', 'v2']);
  });

  it('imports Fountain, and a broken file changes nothing', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.import', { fileName: 'warung.fountain', content: 'Title: Warung\n\nINT. WARUNG - MALAM\n\nHujan.\n' });
    expect(s.title).toBe('Warung');
    await expect(call('library.import', { fileName: 'bad.fdx', content: '<FinalDraft><Content>' })).rejects.toMatchObject({ code: 'screenplay.fdx_truncated' });
    await expect(call('library.import', { fileName: 'bad.doc', content: 'x' })).rejects.toMatchObject({ code: 'screenplay.unknown_extension' });
    expect(await call('library.list', {})).toHaveLength(1);
  });

  it('exports every format, including real PDF bytes', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.import', { fileName: 'w.fountain', content: 'INT. A - DAY\n\nHujan.\n' });
    const json = await call('library.export', { id: s.id, format: 'json' });
    expect(JSON.parse(json.content)).toEqual({ version: 1, titlePage: [], elements: [{ type: 'scene_heading', text: 'INT. A - DAY' }, { type: 'action', text: 'Hujan.' }] });
    expect((await call('library.export', { id: s.id, format: 'fdx' })).content).toContain('<FinalDraft');
    expect((await call('library.export', { id: s.id, format: 'fountain' })).content).toContain('INT. A - DAY');
    const pdf = await call('library.export', { id: s.id, format: 'pdf', paper: 'a4' });
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('settings default from the OS locale and persist', async () => {
    const dir = tempDataDir();
    backend = openBackend(dir, 'cli', 'id-ID');
    expect(await call('settings.get', {})).toEqual({ language: 'id', paper: 'a4', afterDialogue: 'action', theme: 'light', automaticContd: true });
    await call('settings.set', { afterDialogue: 'character' });
    backend.close();
    backend = openBackend(dir, 'cli', 'en-US');
    expect(await call('settings.get', {})).toMatchObject({ language: 'en', paper: 'letter', afterDialogue: 'character' });
  });

  it('rejects malformed payloads with typed errors before any service runs', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    expect(await dispatch(backend.handlers, 'library.create', { title: 42 })).toMatchObject({ ok: false, error: { code: 'common.invalid_input', params: { path: 'title' } } });
    expect(await dispatch(backend.handlers, 'draft.save', { scriptId: '../x', screenplay: {} })).toMatchObject({ ok: false, error: { code: 'common.invalid_input' } });
    expect(await dispatch(backend.handlers, 'nope', {})).toMatchObject({ ok: false, error: { code: 'common.unknown_method' } });
    expect(await dispatch(backend.handlers, 'draft.load', { scriptId: 'missing' })).toMatchObject({ ok: false, error: { code: 'library.not_found' } });
  });
});
