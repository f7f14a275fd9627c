/**
 * The difference between two versions of a draft as one splice — elements [start, start +
 * deleteCount) replaced by `insert` — plus the title page when it changed. Typing touches one
 * element, so an autosave sends (and the store rewrites the changes of) one element, not 12,000.
 * Elements are compared by identity — the editor hands out the same object for an unchanged
 * block — or, against a draft that came from elsewhere (the one loaded from the store), by value.
 */
import type { RevisionSet, Screenplay, ScriptElement, TitleField } from './model.ts';

export interface DraftPatch {
  start: number;
  deleteCount: number;
  insert: ScriptElement[];
  titlePage?: TitleField[];
  /** The script's revision sets, when they changed (a set started or renamed). */
  revisions?: RevisionSet[];
}

/** Two JSON values with the same content (a field holding `undefined` counts as absent, as in JSON). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    n++;
    if (!sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

const identical = (a: unknown, b: unknown) => a === b;

/**
 * `byValue` compares elements and the title page by content where identity fails: a draft the
 * editor built anew (after opening, or a restore) then also yields only what the writer changed,
 * while an unchanged object still costs one comparison.
 */
export function diffDrafts(before: Screenplay, after: Screenplay, { byValue = false } = {}): DraftPatch {
  const same = byValue ? sameJson : identical;
  const a = before.elements;
  const b = after.elements;
  let start = 0;
  while (start < a.length && start < b.length && (a[start] === b[start] || same(a[start], b[start]))) start++;
  let tail = 0;
  while (tail < a.length - start && tail < b.length - start && (a[a.length - 1 - tail] === b[b.length - 1 - tail] || same(a[a.length - 1 - tail], b[b.length - 1 - tail]))) tail++;
  const patch: DraftPatch = { start, deleteCount: a.length - start - tail, insert: b.slice(start, b.length - tail) };
  if (!same(before.titlePage, after.titlePage)) patch.titlePage = after.titlePage;
  if (before.revisions !== after.revisions && !sameJson(before.revisions ?? [], after.revisions ?? [])) patch.revisions = after.revisions ?? [];
  return patch;
}

/** Applies a patch to a copy of the elements (bounds are the caller's to check). */
export function applyDraftPatch<T>(items: readonly T[], start: number, deleteCount: number, insert: readonly T[]): T[] {
  return [...items.slice(0, start), ...insert, ...items.slice(start + deleteCount)];
}
