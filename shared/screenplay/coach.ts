/**
 * The format coach: common slips in any script, each found with the element it is on and, where
 * one edit is the obvious repair, a fix described as data. `applyFix` performs it and returns a
 * new screenplay (the old one is not touched). Fixes may add or remove elements, so after applying
 * one the findings must be computed again rather than reused.
 *
 * Codes are "coach.<name>", i18n keys of the `course` namespace (see shared/course/messages.ts).
 * Params: `scene` (1-based, 0 before the first heading) and per code the numbers or text shown.
 */
import { PAPER_PROFILES, type Paper } from './layout/profiles.ts';
import { wrapText } from './layout/wrap.ts';
import type { ElementType, Mark, Screenplay, ScriptElement } from './model.ts';
import { isHeadingLine, parseHeading } from './rules/heading.ts';
import { languageOfTime, offeredTimes, type TimeLanguage } from './rules/time-of-day.ts';

export type CoachCode =
  | 'coach.heading_no_time'
  | 'coach.heading_double_separator'
  | 'coach.orphan_parenthetical'
  | 'coach.cue_without_dialogue'
  | 'coach.transition_misplaced'
  | 'coach.long_action';

export type CoachFix =
  /** Append " - <choice>" to the heading; the UI offers the choices, most likely first. */
  | { kind: 'append_time'; elementIndex: number; choices: string[] }
  /** Change one element's type (a parenthetical loses its brackets when it becomes action). */
  | { kind: 'convert'; elementIndex: number; from: ElementType; to: ElementType }
  /** Split an action paragraph in two: text[0, end) and text[start, …). */
  | { kind: 'split'; elementIndex: number; end: number; start: number };

export interface CoachFinding {
  code: CoachCode;
  elementIndex: number;
  params: Record<string, string | number>;
  fix?: CoachFix;
}

export interface CoachOptions {
  /** Action paragraphs longer than this many printed lines are flagged (default 5). */
  maxActionLines?: number;
  paper?: Paper;
  /** Language of the time-of-day choices when the script itself does not show one. */
  language?: TimeLanguage;
}

export const DEFAULT_MAX_ACTION_LINES = 5;

/** The writer's own elements: they sit between printed ones without changing the script's flow. */
const ASIDE: ReadonlySet<ElementType> = new Set(['note', 'section', 'synopsis']);

function nextIndex(els: readonly ScriptElement[], i: number, skip: ReadonlySet<ElementType>): number {
  let j = i + 1;
  while (j < els.length && skip.has(els[j].type)) j++;
  return j;
}

/** Time-of-day choices: the ones this script already uses first, in its language. */
function timeChoices(script: Screenplay, language: TimeLanguage): string[] {
  const used = new Map<string, number>();
  for (const el of script.elements) {
    if (el.type !== 'scene_heading') continue;
    const time = parseHeading(el.text).time;
    if (time) used.set(time, (used.get(time) ?? 0) + 1);
  }
  const perLanguage = new Map<TimeLanguage, number>();
  for (const [t, n] of used) {
    const lang = languageOfTime(t);
    if (lang) perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + n);
  }
  // The language most of the script's times are in; a tie (or none) keeps the UI's language.
  const most = Math.max(0, ...perLanguage.values());
  const leaders = [...perLanguage].filter(([, n]) => n === most).map(([l]) => l);
  const lang = leaders.length === 1 ? leaders[0] : language;
  const ranked = [...used.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  return [...new Set([...ranked, ...offeredTimes(lang)])];
}

/** Where to split an over-long paragraph: the sentence end (or line break) nearest its middle. */
function splitPoint(text: string): { end: number; start: number } | null {
  let best: { end: number; start: number } | null = null;
  for (const m of text.matchAll(/[.!?…]["'”’)]*([ \t]+|\n+)|\n+/g)) {
    const end = m.index + m[0].length - (m[1]?.length ?? m[0].length);
    const start = m.index + m[0].length;
    if (end <= 0 || start >= text.length) continue;
    if (!best || Math.abs(end - text.length / 2) < Math.abs(best.end - text.length / 2)) best = { end, start };
  }
  return best;
}

export function coachScript(script: Screenplay, options: CoachOptions = {}): CoachFinding[] {
  const els = script.elements;
  const maxLines = options.maxActionLines ?? DEFAULT_MAX_ACTION_LINES;
  const width = PAPER_PROFILES[options.paper ?? 'letter'].elements.action.width;
  const out: CoachFinding[] = [];
  let scene = 0;
  let choices: string[] | null = null;
  const notes: ReadonlySet<ElementType> = new Set(['note']);
  const unprinted: ReadonlySet<ElementType> = new Set([...ASIDE, 'page_break']);

  els.forEach((el, i) => {
    if (el.type === 'scene_heading') scene++;
    const at = { scene };
    switch (el.type) {
      case 'scene_heading': {
        const h = parseHeading(el.text);
        // INT./EXT. headings and Korean "S#12." headings promise a time (every Korean script
        // example has one, GLOSSARY K1–K4); "MONTAGE" or "LATER" forced as headings do not.
        if ((h.setting !== 'other' || h.number !== undefined) && h.time === '') {
          choices ??= timeChoices(script, options.language ?? 'en');
          out.push({ code: 'coach.heading_no_time', elementIndex: i, params: { ...at, heading: el.text.trim().toUpperCase() }, fix: { kind: 'append_time', elementIndex: i, choices } });
        }
        // "WARUNG KOPI -  - SORE": a separator typed twice (once by a suggestion, once by hand).
        if (/\s-\s*-(?:\s|$)/.test(el.text)) out.push({ code: 'coach.heading_double_separator', elementIndex: i, params: { ...at, heading: el.text.trim().toUpperCase() } });
        break;
      }
      case 'parenthetical': {
        const j = nextIndex(els, i, notes);
        if (els[j]?.type !== 'dialogue') out.push({ code: 'coach.orphan_parenthetical', elementIndex: i, params: { ...at, text: el.text.trim() }, fix: { kind: 'convert', elementIndex: i, from: 'parenthetical', to: 'action' } });
        break;
      }
      case 'character': {
        const j = nextIndex(els, i, notes);
        const next = els[j];
        if (next?.type === 'dialogue' || next?.type === 'parenthetical') break;
        // Text typed right under a cue as action is almost always the speech itself.
        const fix: CoachFix =
          next?.type === 'action' && next.text.trim() !== ''
            ? { kind: 'convert', elementIndex: j, from: 'action', to: 'dialogue' }
            : { kind: 'convert', elementIndex: i, from: 'character', to: 'action' };
        out.push({ code: 'coach.cue_without_dialogue', elementIndex: i, params: { ...at, character: el.text.trim().toUpperCase() }, fix });
        break;
      }
      case 'transition': {
        const j = nextIndex(els, i, unprinted);
        // At the end (only closing words like "THE END" after it) a transition closes the script.
        const rest = els.slice(j).filter((e) => !unprinted.has(e.type));
        if (rest.length === 0 || rest.every((e) => e.type === 'centered' || e.type === 'transition')) break;
        if (els[j].type === 'scene_heading') break;
        // A heading typed as action is the one repair that is clearly right; otherwise the writer decides.
        const fix: CoachFix | undefined = els[j].type === 'action' && isHeadingLine(els[j].text) ? { kind: 'convert', elementIndex: j, from: 'action', to: 'scene_heading' } : undefined;
        out.push({ code: 'coach.transition_misplaced', elementIndex: i, params: { ...at, transition: el.text.trim().toUpperCase() }, ...(fix ? { fix } : {}) });
        break;
      }
      case 'action': {
        const lines = wrapText(el.text, width).length;
        if (lines <= maxLines) break;
        const cut = splitPoint(el.text);
        out.push({ code: 'coach.long_action', elementIndex: i, params: { ...at, found: lines, max: maxLines }, ...(cut ? { fix: { kind: 'split', elementIndex: i, ...cut } } : {}) });
        break;
      }
      default:
        break;
    }
  });
  return out;
}

/** Marks of text[start, end), shifted to start at 0. */
function sliceMarks(marks: readonly Mark[] | undefined, start: number, end: number): Mark[] | undefined {
  const out = (marks ?? []).flatMap((m) => {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    return e > s ? [{ start: s - start, end: e - start, style: m.style }] : [];
  });
  return out.length ? out : undefined;
}

function withText(el: ScriptElement, text: string, marks: Mark[] | undefined, type = el.type): ScriptElement {
  const { marks: _old, sceneNumber, depth, ...rest } = el;
  const next: ScriptElement = { ...rest, type, text };
  if (marks) next.marks = marks;
  if (type === 'scene_heading' && sceneNumber !== undefined) next.sceneNumber = sceneNumber;
  if (type === 'section' && depth !== undefined) next.depth = depth;
  // Dual belongs to speech only.
  if (type !== 'character' && type !== 'dialogue' && type !== 'parenthetical') delete next.dual;
  return next;
}

function convert(el: ScriptElement, to: ElementType): ScriptElement {
  if (el.type === 'parenthetical' && to !== 'parenthetical') {
    // "(beat)" as action reads "Beat": brackets off, first letter up.
    const m = /^\s*\(([\s\S]*)\)\s*$/.exec(el.text);
    if (m) {
      const offset = el.text.indexOf('(') + 1;
      const inner = m[1].trim();
      const lead = m[1].length - m[1].trimStart().length;
      const text = inner.charAt(0).toUpperCase() + inner.slice(1);
      return withText(el, text, sliceMarks(el.marks, offset + lead, offset + lead + inner.length), to);
    }
  }
  return withText(el, el.text, el.marks ? [...el.marks] : undefined, to);
}

/**
 * Performs a finding's fix (with `choice` for a time of day; the first choice by default).
 * Returns the same screenplay object, unchanged, when the finding has no fix or no longer fits
 * the script (the element moved or changed type since the coach looked).
 */
export function applyFix(screenplay: Screenplay, finding: CoachFinding, choice?: string): Screenplay {
  const fix = finding.fix;
  if (!fix) return screenplay;
  const el = screenplay.elements[fix.elementIndex];
  const replace = (...els: ScriptElement[]): Screenplay => ({
    ...screenplay,
    elements: [...screenplay.elements.slice(0, fix.elementIndex), ...els, ...screenplay.elements.slice(fix.elementIndex + 1)],
  });
  switch (fix.kind) {
    case 'append_time': {
      const time = (choice ?? fix.choices[0] ?? '').trim().toUpperCase();
      if (el?.type !== 'scene_heading' || !time || parseHeading(el.text).time !== '') return screenplay;
      return replace(withText(el, `${el.text.trimEnd()} - ${time}`, el.marks ? [...el.marks] : undefined));
    }
    case 'convert':
      if (el?.type !== fix.from) return screenplay;
      return replace(convert(el, fix.to));
    case 'split': {
      if (el?.type !== 'action' || fix.end <= 0 || fix.start >= el.text.length || fix.end > fix.start) return screenplay;
      const first = withText(el, el.text.slice(0, fix.end), sliceMarks(el.marks, 0, fix.end));
      const { id: _id, ...rest } = withText(el, el.text.slice(fix.start), sliceMarks(el.marks, fix.start, el.text.length));
      return replace(first, rest);
    }
  }
}

/** The label of a fix's button, as { code, params } in the `course` namespace (coach.fix.*). */
export function fixMessage(fix: CoachFix, choice?: string): { code: string; params: Record<string, string | number> } {
  switch (fix.kind) {
    case 'append_time':
      return { code: 'coach.fix.append_time', params: { time: choice ?? fix.choices[0] ?? '' } };
    case 'convert':
      return { code: `coach.fix.to_${fix.to}`, params: {} };
    case 'split':
      return { code: 'coach.fix.split', params: {} };
  }
}
