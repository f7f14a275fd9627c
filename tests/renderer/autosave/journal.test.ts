/** The draft journal: written before a save leaves, cleared when it commits, offered back only when it differs. */
import { describe, expect, it } from 'vitest';
import { clearJournal, journaled, recoverableJournal, type JournalStorage } from '../../../renderer/autosave/journal.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';

function memory(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const script = (text: string): Screenplay => ({ version: 1, titlePage: [], elements: [{ type: 'action', text }] });

describe('draft journal', () => {
  it('keeps a save that never completed and offers it back; clears it after a committed save', async () => {
    const storage = memory();
    const failing = journaled(storage, 's1', async () => {
      throw new Error('disk full');
    });
    await expect(failing(script('unsaved words'), 3)).rejects.toThrow('disk full');
    const entry = recoverableJournal(storage, 's1', script('older words'));
    expect(entry).toMatchObject({ scriptId: 's1', baseRevision: 3, screenplay: script('unsaved words') });

    const working = journaled(storage, 's1', async () => ({ revision: 4 }));
    await expect(working(script('unsaved words'), 3)).resolves.toEqual({ revision: 4 });
    expect(storage.map.size).toBe(0);
  });

  it('drops a journal identical to the stored draft, and ignores a damaged one', () => {
    const storage = memory();
    storage.setItem('naskah.journal.s1', JSON.stringify({ scriptId: 's1', baseRevision: 1, at: 'x', screenplay: script('same') }));
    expect(recoverableJournal(storage, 's1', script('same'))).toBeNull();
    expect(storage.map.size).toBe(0);
    storage.setItem('naskah.journal.s2', '{not json');
    expect(recoverableJournal(storage, 's2', script('x'))).toBeNull();
    clearJournal(storage, 's2');
    expect(storage.map.size).toBe(0);
  });

  it('never fails a save because the journal cannot be written', async () => {
    const full: JournalStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    await expect(journaled(full, 's1', async () => 'saved')(script('a'), 0)).resolves.toBe('saved');
  });
});
