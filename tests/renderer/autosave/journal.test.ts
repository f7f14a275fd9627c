/**
 * The draft journal: an entry holds the change (the splice a save sends), recovery rebuilds the
 * unsaved draft only on top of the draft it was made against, and drops what is already stored.
 */
import { describe, expect, it } from 'vitest';
import { clearJournal, patchEntry, recoverableJournal, wholeEntry, writeJournal, type JournalStorage } from '../../../renderer/autosave/journal.ts';
import { diffDrafts } from '../../../shared/screenplay/draft-patch.ts';
import type { Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';
import { memoryStorage as memory } from './fakes.ts';

const el = (text: string): ScriptElement => ({ type: 'action', text });
const draft = (...texts: string[]): Screenplay => ({ version: 1, titlePage: [{ key: 'Title', value: 'Hujan' }], elements: texts.map(el) });

describe('draft journal', () => {
  it('keeps only the change, and rebuilds the unsaved draft from the stored one', () => {
    const storage = memory();
    const stored = draft(...Array.from({ length: 2000 }, (_, i) => `line ${i}`));
    const edited: Screenplay = { ...stored, elements: stored.elements.map((e, i) => (i === 1500 ? el('line 1500, rewritten') : e)) };
    writeJournal(storage, patchEntry('s1', 7, stored, diffDrafts(stored, edited)));
    const raw = storage.map.get('naskah.journal.s1')!;
    // One element replaced and one inserted, not 2,000 elements.
    expect(raw.length).toBeLessThan(300);
    expect(JSON.parse(raw)).toMatchObject({ kind: 'patch', baseRevision: 7, baseLength: 2000, start: 1500, deleted: [el('line 1500')], insert: [el('line 1500, rewritten')] });
    const back = recoverableJournal(storage, 's1', structuredClone(stored));
    expect(back).toMatchObject({ scriptId: 's1', baseRevision: 7 });
    expect(back!.screenplay).toEqual(edited);
  });

  it('carries a changed title page', () => {
    const storage = memory();
    const stored = draft('a');
    const retitled: Screenplay = { ...stored, titlePage: [{ key: 'Title', value: 'Kemarau' }] };
    writeJournal(storage, patchEntry('s1', 1, stored, diffDrafts(stored, retitled)));
    expect(recoverableJournal(storage, 's1', stored)!.screenplay).toEqual(retitled);
  });

  it('drops a change that is already stored (the crash came after the commit)', () => {
    const storage = memory();
    const stored = draft('a', 'b', 'c');
    const edited = draft('a', 'b!', 'c');
    writeJournal(storage, patchEntry('s1', 3, stored, diffDrafts(stored, edited, { byValue: true })));
    expect(recoverableJournal(storage, 's1', edited)).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('drops a change made against a draft the store no longer has', () => {
    const storage = memory();
    writeJournal(storage, patchEntry('s1', 3, draft('a', 'b', 'c'), diffDrafts(draft('a', 'b', 'c'), draft('a', 'x', 'c'), { byValue: true })));
    // Same length, other content where the change goes.
    expect(recoverableJournal(storage, 's1', draft('a', 'z', 'c'))).toBeNull();
    writeJournal(storage, patchEntry('s1', 3, draft('a', 'b', 'c'), diffDrafts(draft('a', 'b', 'c'), draft('a', 'x', 'c'), { byValue: true })));
    // Other length.
    expect(recoverableJournal(storage, 's1', draft('a', 'b', 'c', 'd'))).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('offers a whole-draft entry back (another window saved; entries of earlier versions)', () => {
    const storage = memory();
    writeJournal(storage, wholeEntry('s1', 2, draft('mine')));
    expect(recoverableJournal(storage, 's1', draft('theirs'))!.screenplay).toEqual(draft('mine'));
    // An entry written before patches existed: no kind, the whole draft.
    storage.setItem('naskah.journal.s2', JSON.stringify({ scriptId: 's2', baseRevision: 1, at: '2026-01-01T00:00:00.000Z', screenplay: draft('old format') }));
    expect(recoverableJournal(storage, 's2', draft('stored'))!.screenplay).toEqual(draft('old format'));
  });

  it('drops a journal identical to the stored draft, and ignores a damaged one', () => {
    const storage = memory();
    storage.setItem('naskah.journal.s1', JSON.stringify({ scriptId: 's1', baseRevision: 1, at: 'x', screenplay: draft('same') }));
    expect(recoverableJournal(storage, 's1', draft('same'))).toBeNull();
    expect(storage.map.size).toBe(0);
    for (const bad of ['{not json', 'null', '{"scriptId":"s2","kind":"patch","at":"x","start":-1,"baseLength":1,"deleted":[],"insert":[]}', '{"scriptId":"other","at":"x","screenplay":{"elements":[],"titlePage":[]}}']) {
      storage.setItem('naskah.journal.s2', bad);
      expect(recoverableJournal(storage, 's2', draft('x')), bad).toBeNull();
    }
    clearJournal(storage, 's2');
    expect(storage.map.size).toBe(0);
  });

  it('never throws because the journal cannot be written', () => {
    const full: JournalStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => writeJournal(full, wholeEntry('s1', 0, draft('a')))).not.toThrow();
  });
});
