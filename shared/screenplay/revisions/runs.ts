/**
 * An element's revised text as runs, and how those runs follow edits. The model keeps an element's
 * revision in two fields (contract 2): `revision` when a set changed the whole element, and
 * `revisionMarks` for runs inside it. Here they are read as one set number per character (the
 * highest that covers it: a later set changed it last) and written back in one canonical form, so
 * that a file, the editor and the FDX writer always agree on what is revised.
 */
import type { ScriptElement } from '../model.ts';
import type { RevisionMark } from './types.ts';

type Revised = Pick<ScriptElement, 'text' | 'revision' | 'revisionMarks'>;

/** One set number per UTF-16 unit of the text (0: unrevised). */
function perChar(el: Revised): number[] {
  const sets = new Array<number>(el.text.length).fill(el.revision ?? 0);
  for (const m of el.revisionMarks ?? []) {
    for (let i = Math.max(0, m.start); i < Math.min(m.end, el.text.length); i++) if (m.set > sets[i]) sets[i] = m.set;
  }
  return sets;
}

function runsOf(sets: readonly number[]): RevisionMark[] {
  const out: RevisionMark[] = [];
  for (let i = 0; i < sets.length; ) {
    let j = i + 1;
    while (j < sets.length && sets[j] === sets[i]) j++;
    if (sets[i] > 0) out.push({ start: i, end: j, set: sets[i] });
    i = j;
  }
  return out;
}

/** The element's revised runs: sorted, apart, each with one set (unrevised text has none). */
export function revisedRuns(el: Revised): RevisionMark[] {
  if (el.revision === undefined && !el.revisionMarks?.length) return [];
  return runsOf(perChar(el));
}

/**
 * `el` with its revision fields rewritten from per-character sets, in the canonical form: where
 * every character is revised, `revision` is the lowest set among them and `revisionMarks` hold
 * only the runs of later sets; otherwise `revisionMarks` hold every revised run. An empty text
 * keeps the `revision` it had (an element emptied while revised is still revised).
 */
function withSets<T extends Revised>(el: T, sets: readonly number[], emptyRevision: number | undefined): T {
  const { revision: _r, revisionMarks: _m, ...rest } = el;
  const out = rest as T;
  if (sets.length === 0) {
    if (emptyRevision) out.revision = emptyRevision;
    return out;
  }
  let base = Infinity;
  for (const s of sets) if (s < base) base = s;
  const whole = base > 0;
  if (!whole) base = 0;
  const marks = runsOf(sets.map((s) => (s === base ? 0 : s)));
  if (whole) out.revision = base;
  if (marks.length) out.revisionMarks = marks;
  return out;
}

/** The canonical form of an element's revision fields (see withSets); the same object when it has none. */
export function normaliseRevision<T extends Revised>(el: T): T {
  if (el.revision === undefined && el.revisionMarks === undefined) return el;
  return withSets(el, perChar(el), el.revision);
}

/** Marks text[start, end) of `el` as changed in `set` (the edit a writer makes while revision mode is on). */
export function markRevised<T extends Revised>(el: T, start: number, end: number, set: number): T {
  const sets = perChar(el);
  for (let i = Math.max(0, start); i < Math.min(end, sets.length); i++) sets[i] = set;
  return withSets(el, sets, el.revision);
}

export interface TextEdit {
  /** text[start, end) is replaced by `insert`. */
  start: number;
  end: number;
  insert: string;
}

/**
 * Applies a text edit and moves the revision marks with it. With `set` (revision mode on) the
 * inserted text is marked with it; without, the inserted text takes the set of the character
 * before it (the one after, at the start), as typing inside a styled run keeps its style. A pure
 * deletion marks nothing: no text is left to carry the mark (docs/file-formats.md).
 */
export function applyRevisedEdit<T extends Revised>(el: T, edit: TextEdit, set?: number): T {
  const start = Math.max(0, Math.min(edit.start, el.text.length));
  const end = Math.max(start, Math.min(edit.end, el.text.length));
  const sets = perChar(el);
  const inherited = start > 0 ? sets[start - 1] : end < sets.length ? sets[end] : (el.revision ?? 0);
  const fill = set ?? inherited;
  sets.splice(start, end - start, ...new Array<number>(edit.insert.length).fill(fill));
  const text = el.text.slice(0, start) + edit.insert + el.text.slice(end);
  return withSets({ ...el, text }, sets, set ?? el.revision);
}

/** Splits `el` at `offset` (Enter inside a block): both halves keep the marks of their own text. */
export function splitRevised<T extends Revised>(el: T, offset: number): [T, T] {
  const at = Math.max(0, Math.min(offset, el.text.length));
  const sets = perChar(el);
  return [withSets({ ...el, text: el.text.slice(0, at) }, sets.slice(0, at), el.revision), withSets({ ...el, text: el.text.slice(at) }, sets.slice(at), el.revision)];
}

/** Joins `b` onto the end of `a` (Backspace at a block's start): each part keeps its own marks. */
export function mergeRevised<T extends Revised>(a: T, b: Revised): T {
  return withSets({ ...a, text: a.text + b.text }, [...perChar(a), ...perChar(b)], a.revision ?? b.revision);
}

/**
 * `el` without the marks of `set` (clearing a set). A character's history is not kept, so cleared
 * text falls back to the set that changed the whole element before (`revision`), else to unrevised.
 */
export function clearRevised<T extends Revised>(el: T, set: number): T {
  if (el.revision === undefined && !el.revisionMarks?.length) return el;
  const below = el.revision !== undefined && el.revision < set ? el.revision : 0;
  const sets = perChar(el).map((s) => (s === set ? below : s));
  return withSets(el, sets, el.revision === set ? undefined : el.revision);
}

/** The highest set among the revised text in text[start, end) — one printed line — or 0. */
export function lineRevision(el: Revised, start: number, end: number): number {
  let best = 0;
  if (el.revision !== undefined && end > start) best = el.revision;
  for (const m of el.revisionMarks ?? []) if (m.start < end && m.end > start && m.set > best) best = m.set;
  return best;
}
