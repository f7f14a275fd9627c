/**
 * The difference between two versions of a draft as one splice — elements [start, start +
 * deleteCount) replaced by `insert` — plus the title page when it changed. Typing touches one
 * element, so an autosave sends (and the store rewrites the changes of) one element, not 12,000.
 * Elements are compared by identity: the editor hands out the same object for an unchanged block.
 */
import type { Screenplay, ScriptElement, TitleField } from './model.ts';

export interface DraftPatch {
  start: number;
  deleteCount: number;
  insert: ScriptElement[];
  titlePage?: TitleField[];
}

export function diffDrafts(before: Screenplay, after: Screenplay): DraftPatch {
  const a = before.elements;
  const b = after.elements;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let tail = 0;
  while (tail < a.length - start && tail < b.length - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const patch: DraftPatch = { start, deleteCount: a.length - start - tail, insert: b.slice(start, b.length - tail) };
  if (before.titlePage !== after.titlePage) patch.titlePage = after.titlePage;
  return patch;
}

/** Applies a patch to a copy of the elements (bounds are the caller's to check). */
export function applyDraftPatch<T>(items: readonly T[], start: number, deleteCount: number, insert: readonly T[]): T[] {
  return [...items.slice(0, start), ...insert, ...items.slice(start + deleteCount)];
}
