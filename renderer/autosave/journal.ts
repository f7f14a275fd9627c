/**
 * A local journal of the draft being saved: written just before each save is sent, cleared once
 * the back end has committed it. If the save never completes — the back end died, the disk is
 * full, the window crashed mid-save — the next opening of the script finds the journal and offers
 * to restore it. Storage is injected (localStorage in the app, a Map in tests).
 *
 * An entry holds the change, not the draft: the same splice the save sends (draft.patch), with
 * the elements it replaces and the length of the draft it applies to, so that writing it costs
 * the size of the edit — one element while typing — and not the whole script (12,000 blocks:
 * about 1 MB of JSON per save before). Recovery applies it only to the draft it was made
 * against, which it recognises by content, not by revision: the replaced elements are there and
 * the length matches. A journal whose change is already in the store, or that no longer fits it,
 * is dropped. Where a patch could never be applied later — another window saved the script, or
 * the store refused the patch — the whole draft is journaled instead (rare, so its cost does not
 * matter). Entries written by earlier versions (a whole draft, no `kind`) are still read.
 */
import { applyDraftPatch, sameJson, type DraftPatch } from '../../shared/screenplay/draft-patch.ts';
import type { RevisionSet, Screenplay, ScriptElement, TitleField } from '../../shared/screenplay/model.ts';

export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface EntryBase {
  scriptId: string;
  baseRevision: number;
  at: string;
}

/** The change from the stored draft (of `baseLength` elements) to the unsaved one. */
export interface PatchEntry extends EntryBase {
  kind: 'patch';
  baseLength: number;
  start: number;
  /** The stored elements the change replaces: how recovery recognises the draft it applies to. */
  deleted: ScriptElement[];
  insert: ScriptElement[];
  titlePage?: TitleField[];
  revisions?: RevisionSet[];
}

export interface WholeEntry extends EntryBase {
  kind?: 'whole';
  screenplay: Screenplay;
}

export type JournalEntry = PatchEntry | WholeEntry;

/** What a journal gives back on opening: the unsaved draft, whole, and when it was journaled. */
export interface RecoveredDraft {
  scriptId: string;
  baseRevision: number;
  at: string;
  screenplay: Screenplay;
}

const key = (scriptId: string) => `naskah.journal.${scriptId}`;

/** The entry for saving `patch` on top of `base` (the draft the store holds). */
export function patchEntry(scriptId: string, baseRevision: number, base: Screenplay, patch: DraftPatch): PatchEntry {
  const entry: PatchEntry = {
    kind: 'patch',
    scriptId,
    baseRevision,
    at: new Date().toISOString(),
    baseLength: base.elements.length,
    start: patch.start,
    deleted: base.elements.slice(patch.start, patch.start + patch.deleteCount),
    insert: patch.insert,
  };
  if (patch.titlePage) entry.titlePage = patch.titlePage;
  if (patch.revisions) entry.revisions = patch.revisions;
  return entry;
}

export function wholeEntry(scriptId: string, baseRevision: number, screenplay: Screenplay): WholeEntry {
  return { kind: 'whole', scriptId, baseRevision, at: new Date().toISOString(), screenplay };
}

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

function readEntry(storage: JournalStorage, scriptId: string): JournalEntry | null {
  try {
    const raw = storage.getItem(key(scriptId));
    const entry = raw ? (JSON.parse(raw) as JournalEntry) : null;
    if (!entry || typeof entry !== 'object' || entry.scriptId !== scriptId || typeof entry.at !== 'string') return null;
    if (entry.kind === 'patch') {
      const ok = Number.isInteger(entry.baseLength) && Number.isInteger(entry.start) && entry.start >= 0 && Array.isArray(entry.deleted) && Array.isArray(entry.insert);
      return ok && (entry.titlePage === undefined || Array.isArray(entry.titlePage)) && (entry.revisions === undefined || Array.isArray(entry.revisions)) ? entry : null;
    }
    return Array.isArray(entry.screenplay?.elements) && Array.isArray(entry.screenplay?.titlePage) ? entry : null;
  } catch {
    return null;
  }
}

function rangeIs(elements: readonly ScriptElement[], start: number, expected: readonly ScriptElement[]): boolean {
  if (start + expected.length > elements.length) return false;
  for (let i = 0; i < expected.length; i++) if (!sameJson(elements[start + i], expected[i])) return false;
  return true;
}

/** The draft the entry describes, rebuilt on top of `stored`; null when it does not apply to it. */
function rebuild(entry: JournalEntry, stored: Screenplay): Screenplay | null {
  if (entry.kind !== 'patch') return entry.screenplay;
  if (stored.elements.length !== entry.baseLength || !rangeIs(stored.elements, entry.start, entry.deleted)) return null;
  return {
    ...stored,
    titlePage: entry.titlePage ?? stored.titlePage,
    ...(entry.revisions ? { revisions: entry.revisions } : {}),
    elements: applyDraftPatch(stored.elements, entry.start, entry.deleted.length, entry.insert),
  };
}

const sameDraft = (a: Screenplay, b: Screenplay) => sameJson(a.elements, b.elements) && sameJson(a.titlePage, b.titlePage) && sameJson(a.revisions ?? [], b.revisions ?? []);

/**
 * The journaled draft when it differs from what the store has; otherwise null, and the journal is
 * cleared: its change is already stored, it was made against a draft the store no longer has, or
 * it is unreadable.
 */
export function recoverableJournal(storage: JournalStorage, scriptId: string, stored: Screenplay): RecoveredDraft | null {
  const entry = readEntry(storage, scriptId);
  const screenplay = entry && rebuild(entry, stored);
  if (!entry || !screenplay || sameDraft(screenplay, stored)) {
    clearJournal(storage, scriptId);
    return null;
  }
  return { scriptId, baseRevision: entry.baseRevision, at: entry.at, screenplay };
}
