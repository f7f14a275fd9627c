/**
 * Renaming a character or a location, planned before anything changes, so the editor can show
 * what will change and apply it as one step.
 *
 * - Character: every cue whose speaker is the name (cue.ts: "SARI (V.O.) (CONT'D) ^" speaks as
 *   SARI) gets the new name in place of the name as written; extensions, CONT'D and the dual
 *   caret stay, and so does the `dual` flag (it is on the element, not in the text). Sides and
 *   reports read speakers from the cues, so they follow. Optionally, mentions in action,
 *   dialogue and parentheticals: the whole word, any case, written back in the case found
 *   ("SARI" → "DEWI", "Sari" → "Dewi").
 * - Location: every heading whose location is the name, or starts with it before a dash
 *   ("RUMAH SARI - DAPUR" when renaming RUMAH SARI), gets the new name there.
 *
 * Edits are offsets into an element's text: applied in place, elements keep their ids and so
 * review comments keep their anchors (shared/review/reanchor.ts finds a quote by id first).
 */
import { fail, ok, type Result } from '../../errors.ts';
import type { ElementType, ScriptElement } from '../model.ts';
import { nameAsWritten, parseCue, stripCaret } from '../rules/cue.ts';
import { headingSpans } from '../rules/heading.ts';

export type RenameKind = 'character' | 'location';

export interface RenameRequest {
  kind: RenameKind;
  from: string;
  to: string;
  /** Characters only: also rename the name where action, dialogue and parentheticals say it. */
  mentions?: boolean;
}

export type RenameEditKind = 'cue' | 'heading' | 'mention';

/** One replacement: text[start, end) of element `index` becomes `after`. */
export interface RenameEdit {
  index: number;
  start: number;
  end: number;
  before: string;
  after: string;
  kind: RenameEditKind;
}

export interface RenamePlan {
  edits: RenameEdit[];
  /** How many elements each kind of edit touches, for the preview's summary. */
  counts: Record<RenameEditKind, number>;
}

/** Names longer than this are not names. */
const MAX_NAME = 100;
const MENTION_TYPES: ReadonlySet<ElementType> = new Set(['action', 'dialogue', 'parenthetical']);

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ').toUpperCase();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name as a pattern: any case, any run of white space where it has one. */
const namePattern = (name: string) => collapse(name).split(' ').map(escapeRegExp).join('\\s+');

/** Writes `to` in the case `found` was written in: all capitals, capitalised words, or as typed. */
function inCaseOf(found: string, to: string): string {
  if (found === found.toUpperCase() && found !== found.toLowerCase()) return to.toUpperCase();
  const words = found.split(/\s+/);
  if (words.every((w) => w[0] === w[0]?.toUpperCase() && w.slice(1) === w.slice(1).toLowerCase())) {
    return to
      .toLowerCase()
      .split(/(\s+)/)
      .map((w) => (w.trim() ? w[0].toUpperCase() + w.slice(1) : w))
      .join('');
  }
  return to;
}

function checkNames(req: RenameRequest): Result<{ from: string; to: string }> {
  const from = collapse(req.from);
  const to = req.to.trim().replace(/\s+/g, ' ');
  if (!from || !to) return fail('rename.empty_name', {});
  if (from.length > MAX_NAME || to.length > MAX_NAME) return fail('rename.long_name', { max: MAX_NAME });
  if (collapse(to) === from) return fail('rename.same_name', { name: to });
  // A character's name ends before the first bracket or caret; a location's before the dash of the time of day.
  if (req.kind === 'character' && /[()（）^]/.test(to)) return fail('rename.bad_character', { name: to });
  if (req.kind === 'location' && /\s[-–—]\s|[\n]/.test(to)) return fail('rename.bad_location', { name: to });
  return ok({ from, to });
}

function cueEdits(elements: readonly ScriptElement[], from: string, to: string, out: RenameEdit[]): void {
  elements.forEach((el, index) => {
    if (el.type !== 'character' || parseCue(el.text).name !== from) return;
    const written = nameAsWritten(el.text);
    const start = stripCaret(el.text).indexOf(written);
    if (start < 0 || !written) return;
    out.push({ index, start, end: start + written.length, before: written, after: to.toUpperCase(), kind: 'cue' });
  });
}

function mentionEdits(elements: readonly ScriptElement[], from: string, to: string, out: RenameEdit[]): void {
  const word = new RegExp(`(?<![\\p{L}\\p{N}_])${namePattern(from)}(?![\\p{L}\\p{N}_])`, 'giu');
  elements.forEach((el, index) => {
    if (!MENTION_TYPES.has(el.type)) return;
    for (const m of el.text.matchAll(word)) {
      out.push({ index, start: m.index, end: m.index + m[0].length, before: m[0], after: inCaseOf(m[0], to), kind: 'mention' });
    }
  });
}

function headingEdits(elements: readonly ScriptElement[], from: string, to: string, out: RenameEdit[]): void {
  const leading = new RegExp(`^${namePattern(from)}(?=\\s*[-–—]|$)`, 'iu');
  elements.forEach((el, index) => {
    if (el.type !== 'scene_heading') return;
    const [a, b] = headingSpans(el.text).location;
    const m = leading.exec(el.text.slice(a, b));
    if (!m) return;
    out.push({ index, start: a, end: a + m[0].length, before: m[0], after: to.toUpperCase(), kind: 'heading' });
  });
}

/** What renaming would change; `rename.not_found` when no cue (or heading) has the name. */
export function planRename(elements: readonly ScriptElement[], req: RenameRequest): Result<RenamePlan> {
  const names = checkNames(req);
  if (!names.ok) return names;
  const { from, to } = names.value;
  const edits: RenameEdit[] = [];
  if (req.kind === 'character') {
    cueEdits(elements, from, to, edits);
    if (edits.length === 0) return fail('rename.character_not_found', { name: from });
    if (req.mentions) mentionEdits(elements, from, to, edits);
  } else {
    headingEdits(elements, from, to, edits);
    if (edits.length === 0) return fail('rename.location_not_found', { name: from });
  }
  edits.sort((x, y) => x.index - y.index || x.start - y.start);
  const counts: Record<RenameEditKind, number> = { cue: 0, heading: 0, mention: 0 };
  let last = -1;
  let lastKind: RenameEditKind | null = null;
  for (const e of edits) {
    if (e.index !== last || e.kind !== lastKind) counts[e.kind]++;
    last = e.index;
    lastKind = e.kind;
  }
  return ok({ edits, counts });
}

/** The plan applied to a copy of the elements (for the CLI-free model path and tests); marks are shifted with the text. */
export function applyRename(elements: readonly ScriptElement[], plan: RenamePlan): ScriptElement[] {
  const out = elements.slice();
  // Back to front inside each element, so earlier offsets stay valid.
  for (let k = plan.edits.length - 1; k >= 0; k--) {
    const e = plan.edits[k];
    const el = out[e.index];
    const delta = e.after.length - (e.end - e.start);
    const text = el.text.slice(0, e.start) + e.after + el.text.slice(e.end);
    const marks = el.marks?.map((m) => ({ ...m, start: m.start >= e.end ? m.start + delta : Math.min(m.start, e.start + e.after.length), end: m.end >= e.end ? m.end + delta : Math.min(m.end, e.start + e.after.length) }));
    out[e.index] = { ...el, text, ...(marks ? { marks } : {}) };
  }
  return out;
}

/** The names a rename can start from: speakers of cues, locations of headings, first seen first. */
export function renameCandidates(elements: readonly ScriptElement[], kind: RenameKind): string[] {
  const seen = new Set<string>();
  for (const el of elements) {
    if (kind === 'character' && el.type === 'character') {
      const name = parseCue(el.text).name;
      if (name) seen.add(name);
    } else if (kind === 'location' && el.type === 'scene_heading') {
      const [a, b] = headingSpans(el.text).location;
      const loc = collapse(el.text.slice(a, b));
      if (loc) seen.add(loc);
    }
  }
  return [...seen];
}
