/**
 * What to suggest while typing: character names already used, scene prefixes, locations already
 * used, times of day (English and Indonesian), transitions. Pure, so it is fixture-tested.
 */
import type { ElementType } from '../../shared/screenplay/model.ts';
import type { ScriptBlock } from './types.ts';

export const SCENE_PREFIXES = ['INT. ', 'EXT. ', 'INT./EXT. ', 'EST. ', 'I/E '];
export const TIMES_OF_DAY = [
  'DAY',
  'NIGHT',
  'CONTINUOUS',
  'LATER',
  'MOMENTS LATER',
  'MORNING',
  'EVENING',
  'PAGI',
  'SIANG',
  'SORE',
  'MALAM',
  'SUBUH',
];
const INDONESIAN_TIMES = new Set(['PAGI', 'SIANG', 'SORE', 'MALAM', 'SUBUH']);

/** The writer's own language first: an Indonesian script mostly ends headings in PAGI/SIANG/SORE/MALAM. */
export function timesOfDay(language: 'en' | 'id'): string[] {
  const own = TIMES_OF_DAY.filter((t) => INDONESIAN_TIMES.has(t) === (language === 'id'));
  return [...own, ...TIMES_OF_DAY.filter((t) => !own.includes(t))];
}

export const TRANSITIONS = ['CUT TO:', 'FADE OUT.', 'FADE IN:', 'DISSOLVE TO:', 'SMASH CUT TO:', 'MATCH CUT TO:', 'FADE TO BLACK.'];

export interface Vocabulary {
  characters: string[];
  locations: string[];
}

const PREFIX = /^(INT\.\/EXT\.|INT\/EXT|I\/E|INT\.|EXT\.|EST\.)\s*/i;

/** Splits a heading into prefix, location and time of day ("INT. WARUNG - MALAM"). */
export function splitHeading(text: string): { prefix: string; location: string; time?: string } {
  const m = PREFIX.exec(text);
  const prefix = m ? m[0] : '';
  const rest = text.slice(prefix.length);
  const dash = rest.lastIndexOf(' - ');
  return dash >= 0 ? { prefix, location: rest.slice(0, dash).trim(), time: rest.slice(dash + 3).trim() } : { prefix, location: rest.trim() };
}

/** Names and locations used so far, most frequent first. */
export function collectVocabulary(blocks: readonly ScriptBlock[]): Vocabulary {
  const chars = new Map<string, number>();
  const locs = new Map<string, number>();
  for (const b of blocks) {
    const text = b.children.map((c) => c.text).join('');
    if (b.type === 'character') {
      const name = text.replace(/\s*\(.*$/, '').replace(/\s*\^$/, '').trim();
      if (name) chars.set(name, (chars.get(name) ?? 0) + 1);
    } else if (b.type === 'scene_heading') {
      const { location } = splitHeading(text);
      if (location) locs.set(location, (locs.get(location) ?? 0) + 1);
    }
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
export function suggest(type: ElementType, text: string, vocab: Vocabulary, language: 'en' | 'id' = 'en'): Suggestion[] {
  if (type === 'character') {
    if (text.trim() === '' || text.includes('(')) return [];
    return complete(text, vocab.characters);
  }
  if (type === 'transition') return text.trim() === '' ? [] : complete(text, TRANSITIONS);
  if (type === 'scene_heading') {
    const { prefix, location, time } = splitHeading(text);
    if (!prefix) return complete(text, SCENE_PREFIXES);
    if (time !== undefined) return complete(time, timesOfDay(language), text.slice(0, text.length - time.length));
    if (location === '') return [];
    return complete(location, vocab.locations, prefix).map((s) => ({ ...s, replacement: `${s.replacement} - ` }));
  }
  return [];
}
