/**
 * A local journal of the draft being saved: written just before each save is sent, cleared once
 * the back end has committed it. If the save never completes — the back end died, the disk is
 * full, the window crashed mid-save — the next opening of the script finds the journal and offers
 * to restore it. Storage is injected (localStorage in the app, a Map in tests).
 */
import type { Screenplay } from '../../shared/screenplay/model.ts';

export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface JournalEntry {
  scriptId: string;
  baseRevision: number;
  at: string;
  screenplay: Screenplay;
}

const key = (scriptId: string) => `naskah.journal.${scriptId}`;

export function writeJournal(storage: JournalStorage, entry: JournalEntry): void {
  try {
    storage.setItem(key(entry.scriptId), JSON.stringify(entry));
  } catch {
    // Storage full or unavailable: the journal is a second line of defence, never a reason to fail a save.
  }
}

export function clearJournal(storage: JournalStorage, scriptId: string): void {
  try {
    storage.removeItem(key(scriptId));
  } catch {
    // As above.
  }
}

/** The journaled draft when it differs from what the store has; otherwise null (and it is cleared). */
export function recoverableJournal(storage: JournalStorage, scriptId: string, stored: Screenplay): JournalEntry | null {
  let entry: JournalEntry | null;
  try {
    const raw = storage.getItem(key(scriptId));
    entry = raw ? (JSON.parse(raw) as JournalEntry) : null;
  } catch {
    entry = null;
  }
  if (!entry || entry.scriptId !== scriptId || !Array.isArray(entry.screenplay?.elements)) return null;
  const same = JSON.stringify(entry.screenplay.elements) === JSON.stringify(stored.elements) && JSON.stringify(entry.screenplay.titlePage) === JSON.stringify(stored.titlePage);
  if (same) {
    clearJournal(storage, scriptId);
    return null;
  }
  return entry;
}

/** Wraps a save so it is journaled before it leaves and cleared once it is committed. */
export function journaled<R>(storage: JournalStorage, scriptId: string, save: (s: Screenplay, base: number) => Promise<R>) {
  return async (screenplay: Screenplay, baseRevision: number): Promise<R> => {
    writeJournal(storage, { scriptId, baseRevision, at: new Date().toISOString(), screenplay });
    const result = await save(screenplay, baseRevision);
    clearJournal(storage, scriptId);
    return result;
  };
}
