/**
 * Incremental autosave on a real SQLite file: patches land exactly as whole saves would, counts
 * follow, a stale or ill-fitting patch changes nothing, and a write by anyone else (a whole save,
 * a restore, another process) is seen by the next patch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { countWords } from '../../../shared/screenplay/counts.ts';
import type { ScriptElement } from '../../../shared/screenplay/model.ts';
import { getDraft } from '../../../electron/store/drafts.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);

const el = (type: ScriptElement['type'], text: string): ScriptElement => ({ type, text });

describe('draft.patch', () => {
  it('applies splices like whole saves, with counts, and sees other writers', async () => {
    const dir = tempDataDir();
    backend = openBackend(dir, 'cli', 'en-US');
    const s = await call('library.create', { title: 'Patch' });
    const base = [el('scene_heading', 'INT. A - DAY'), el('action', 'One two.'), el('action', 'Three.')];
    let rev = (await call('draft.save', { scriptId: s.id, screenplay: { version: 1, titlePage: [], elements: base }, baseRevision: 0 })).revision;
    rev = (await call('draft.patch', { scriptId: s.id, baseRevision: rev, start: 1, deleteCount: 1, insert: [el('action', 'One two four.')] })).revision;
    rev = (await call('draft.patch', { scriptId: s.id, baseRevision: rev, start: 3, deleteCount: 0, insert: [el('scene_heading', 'EXT. B - NIGHT')], titlePage: [{ key: 'Title', value: 'Patched' }] })).revision;
    const draft = await call('draft.load', { scriptId: s.id });
    expect(draft.revision).toBe(rev);
    expect(draft.screenplay.elements.map((e) => e.text)).toEqual(['INT. A - DAY', 'One two four.', 'Three.', 'EXT. B - NIGHT']);
    expect(draft.screenplay.titlePage).toEqual([{ key: 'Title', value: 'Patched' }]);
    // The stored body is the document a whole save would write.
    expect(JSON.parse(getDraft(backend.db, s.id)!.body)).toEqual(draft.screenplay);
    // Counts kept incrementally agree with counting the whole draft.
    expect((await call('library.list', {}))[0]).toMatchObject({ sceneCount: 2, wordCount: countWords(draft.screenplay) });

    // Stale or out of range: refused, nothing written.
    await expect(call('draft.patch', { scriptId: s.id, baseRevision: rev - 1, start: 0, deleteCount: 0, insert: [] })).rejects.toMatchObject({ code: 'library.stale_draft' });
    await expect(call('draft.patch', { scriptId: s.id, baseRevision: rev, start: 3, deleteCount: 5, insert: [] })).rejects.toMatchObject({ code: 'library.bad_patch' });
    expect((await call('draft.load', { scriptId: s.id })).revision).toBe(rev);

    // Another process saves the whole draft: this backend's next patch builds on that, not its cache.
    const other = openBackend(dir, 'cli', 'en-US');
    const otherRev = (await other.handlers['draft.save']({ scriptId: s.id, screenplay: { version: 1, titlePage: [], elements: [el('action', 'Elsewhere.')] }, baseRevision: rev })).revision;
    other.close();
    await call('draft.patch', { scriptId: s.id, baseRevision: otherRev, start: 1, deleteCount: 0, insert: [el('action', 'Here.')] });
    expect((await call('draft.load', { scriptId: s.id })).screenplay.elements.map((e) => e.text)).toEqual(['Elsewhere.', 'Here.']);
  });
});
