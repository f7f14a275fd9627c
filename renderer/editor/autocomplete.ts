/**
 * What to suggest while typing: character names already used, scene intros, locations already
 * used, times of day (the UI's language first), transitions. Pure, so it is fixture-tested. The
 * intros, the times and the reading of headings and cues come from shared/screenplay/rules/.
 */
import type { ElementType } from '../../shared/screenplay/model.ts';
import { cueName, OFFERED_EXTENSIONS } from '../../shared/screenplay/rules/cue.ts';
import { headingSpans, OFFERED_INTROS } from '../../shared/screenplay/rules/heading.ts';
import { offeredTimes, type TimeLanguage } from '../../shared/screenplay/rules/time-of-day.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';
import type { ScriptBlock } from './types.ts';

export const SCENE_PREFIXES = OFFERED_INTROS;

/** The writer's own language first, then the others (an Indonesian script may still say DAY). */
export function timesOfDay(language: TimeLanguage): string[] {
  return [language, ...LANGUAGES.filter((l) => l !== language)].flatMap((l) => offeredTimes(l));
}

export const TRANSITIONS = ['CUT TO:', 'FADE OUT.', 'FADE IN:', 'DISSOLVE TO:', 'SMASH CUT TO:', 'MATCH CUT TO:', 'FADE TO BLACK.'];

export interface Vocabulary {
  characters: string[];
  locations: string[];
}

/**
 * Splits a heading as typed into its intro (with what was typed after it), location and — once
 * a dash has been typed, the form the editor writes — time of day ("INT. WARUNG - MALAM").
 * Before the dash, everything after the intro is the location being typed.
 */
export function splitHeading(text: string): { prefix: string; location: string; time?: string; timeStart?: number } {
  const s = headingSpans(text);
  // A Korean "S#12. " opens a heading as an intro does: what follows it is the location.
  const prefix = s.intro || s.number ? text.slice(0, s.locationStart) : '';
  if (!s.dashed || !s.time) return { prefix, location: text.slice(s.locationStart).trim() };
  return { prefix, location: text.slice(s.location[0], s.location[1]), time: text.slice(s.time[0]).trim(), timeStart: s.time[0] };
}

/** A block's contribution to the vocabulary: a cue's name or a heading's location (null: none). */
type Learned = { kind: 'character' | 'location'; name: string } | null;

// Slate never mutates a block (an edit makes a new object), so what a block teaches is read once:
// relearning after each layout reads only the blocks edited since.
const learned = new WeakMap<ScriptBlock, Learned>();

function learnedFrom(b: ScriptBlock): Learned {
  let found = learned.get(b);
  if (found !== undefined) return found;
  found = null;
  if (b.type === 'character' || b.type === 'scene_heading') {
    const text = b.children.map((c) => c.text).join('');
    if (b.type === 'character') {
      const name = cueName(text);
      if (name) found = { kind: 'character', name };
    } else {
      // The location as the heading grammar reads it ("INT. RUMAH SITI SIANG" → RUMAH SITI).
      const { location } = headingSpans(text);
      const name = text.slice(location[0], location[1]);
      if (name) found = { kind: 'location', name };
    }
  }
  learned.set(b, found);
  return found;
}

/** Names and locations used so far, most frequent first. */
export function collectVocabulary(blocks: readonly ScriptBlock[]): Vocabulary {
  const chars = new Map<string, number>();
  const locs = new Map<string, number>();
  for (const b of blocks) {
    const found = learnedFrom(b);
    if (!found) continue;
    const counts = found.kind === 'character' ? chars : locs;
    counts.set(found.name, (counts.get(found.name) ?? 0) + 1);
  }
  const rank = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { characters: rank(chars), locations: rank(locs) };
}

export interface Suggestion {
  /** The full text the element will have when accepted. */
  replacement: string;
  label: string;
}

const LIMIT = 8;

function complete(typed: string, options: readonly string[], base = ''): Suggestion[] {
  const t = typed.toUpperCase();
  return options
    .filter((o) => o.toUpperCase().startsWith(t) && o.toUpperCase() !== t)
    .slice(0, LIMIT)
    .map((o) => ({ replacement: base + o, label: o.trim() }));
}

/** Suggestions for the element being typed, given its text up to the caret (caret at end). */
export function suggest(type: ElementType, text: string, vocab: Vocabulary, language: TimeLanguage = 'en'): Suggestion[] {
  if (type === 'character') {
    if (text.trim() === '') return [];
    // An extension being typed: "SARI (" or "SARI (V" → (V.O.), (O.S.), (O.C.), (CONT'D).
    const open = text.lastIndexOf('(');
    if (open >= 0) {
      const typed = text.slice(open + 1);
      if (typed.includes(')') || text.slice(0, open).trim() === '') return [];
      return complete(typed.trimStart(), OFFERED_EXTENSIONS, text.slice(0, open + 1)).map((s) => ({ replacement: `${s.replacement})`, label: `(${s.label})` }));
    }
    return complete(text, vocab.characters);
  }
  if (type === 'transition') return text.trim() === '' ? [] : complete(text, TRANSITIONS);
  if (type === 'scene_heading') {
    const { prefix, location, time, timeStart } = splitHeading(text);
    if (!prefix) return complete(text, SCENE_PREFIXES);
    if (time !== undefined) return complete(time, timesOfDay(language), text.slice(0, timeStart));
    if (location === '') return [];
    return complete(location, vocab.locations, prefix).map((s) => ({ ...s, replacement: `${s.replacement} - ` }));
  }
  return [];
}
