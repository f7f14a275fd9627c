/** Revision sets through incremental autosave on a real SQLite file: sent when they change, kept by every later patch. */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { diffDrafts } from '../../../shared/screenplay/draft-patch.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { startRevisionSet } from '../../../shared/screenplay/revisions/sets.ts';
import { getDraft } from '../../../electron/store/drafts.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);

describe('draft.patch with revisions', () => {
  it('stores a started set and keeps it, and the marks, across later patches', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'Revised' });
    const original: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'action', text: 'Rain.' }] };
    let rev = (await call('draft.save', { scriptId: s.id, screenplay: original, baseRevision: 0 })).revision;
    const started = startRevisionSet(original, '2026-12-02').script;
    const typed: Screenplay = { ...started, elements: [{ type: 'action', text: 'Rain. Wind.', revisionMarks: [{ start: 5, end: 11, set: 1 }] }] };
    const patch = diffDrafts(original, typed, { byValue: true });
    expect(patch.revisions).toEqual(started.revisions);
    rev = (await call('draft.patch', { scriptId: s.id, baseRevision: rev, ...patch })).revision;
    // A later patch sends no sets: the stored ones stay.
    const later = diffDrafts(typed, { ...typed, elements: [...typed.elements, { type: 'action', text: 'More.' }] }, { byValue: true });
    expect(later.revisions).toBeUndefined();
    await call('draft.patch', { scriptId: s.id, baseRevision: rev, ...later });
    const draft = await call('draft.load', { scriptId: s.id });
    expect(draft.screenplay.revisions).toEqual(started.revisions);
    expect(draft.screenplay.elements[0]).toMatchObject({ revisionMarks: [{ start: 5, end: 11, set: 1 }] });
    expect(JSON.parse(getDraft(backend.db, s.id)!.body)).toEqual(draft.screenplay);
  });
});
