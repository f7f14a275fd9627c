/** The draft journal keeps a started revision set with the marks typed in it, and recovers both. */
import { describe, expect, it } from 'vitest';
import { patchEntry, recoverableJournal, writeJournal } from '../../../renderer/autosave/journal.ts';
import { diffDrafts } from '../../../shared/screenplay/draft-patch.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { startRevisionSet } from '../../../shared/screenplay/revisions/sets.ts';
import { memoryStorage as memory } from './fakes.ts';

describe('draft journal with revisions', () => {
  it('carries a new set and the revised text, rebuilt on the stored draft', () => {
    const storage = memory();
    const stored: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'action', text: 'Rain.' }] };
    const started = startRevisionSet(stored, '2026-12-02').script;
    const edited: Screenplay = { ...started, elements: [{ type: 'action', text: 'Rain. Wind.', revisionMarks: [{ start: 5, end: 11, set: 1 }] }] };
    writeJournal(storage, patchEntry('s1', 3, stored, diffDrafts(stored, edited)));
    expect(recoverableJournal(storage, 's1', stored)!.screenplay).toEqual(edited);
  });

  it('a set started with no text typed yet is still a change to recover', () => {
    const storage = memory();
    const stored: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'action', text: 'Rain.' }] };
    const started = startRevisionSet(stored, '2026-12-02').script;
    writeJournal(storage, patchEntry('s1', 3, stored, diffDrafts(stored, started)));
    expect(recoverableJournal(storage, 's1', stored)!.screenplay.revisions).toEqual(started.revisions);
  });
});
