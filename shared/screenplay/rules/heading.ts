/**
 * The scene-heading grammar: which line is a heading, and what it says — scene number, intro
 * (INT./EXT.), location, time of day and interior/exterior. The Fountain reader and writer, the
 * editor (as-typed headings, autocomplete), the format coach, stats, Reports, course checks and
 * PDF import all read headings through this module; the scene intros are listed only here.
 *
 * Decisions, each as the tool or practice named does it:
 * - Intros: fountain.io's INT, EXT, EST, INT./EXT, INT/EXT, I/E, followed by a dot or a space.
 *   Also EXT./INT. and I./E. (Final Draft's SmartType scene intros have EXT./INT.; the spec does
 *   not list it, so the Fountain writer forces such a heading with "." for other tools), and the
 *   Indonesian EKS. ("allowed, rarely used"; only with its dot when detected in Fountain text, as
 *   "eks" is also a word) with INT./EKS. and EKS./INT. DALAM/LUAR are not intros: they appear
 *   in no heading example, and "Dalam …" starts many an Indonesian sentence.
 * - A leading scene number, as Indonesian scripts written in a word processor carry it
 *   ("1. INT. RUMAH PAK LURAH – MALAM", "01 INT - RUMAH SITI SIANG"), is the scene number,
 *   not part of the text. Korean "S#1." / "S#.1" / "S1." opens a heading by itself (the intro
 *   Korean scripts use); its number is reported but stays in the text.
 * - The time of day is what follows the last dash with a space after it (" - ", " – ", " — ",
 *   " -- ", and "PARK- DAY" as real scripts type it), whatever it says — Final Draft's rule, so
 *   custom times (SAME, FLASHBACK, 1985) count. Without a dash,
 *   only a word of the time-of-day table counts: at the end ("RUMAH SITI SIANG"), first and
 *   closed by a full stop ("EXT. SIANG. JEMBATAN MERAH."), after a slash ("병원 응급실 / 낮") or in
 *   a closing bracket with 안/밖 ("경찰서 (낮/ 안)").
 *
 * Everything here is linear in the heading's length (no regex that backtracks over spaces).
 */
import { lightOf, timeRow, TIMES_OF_DAY, type Light } from './time-of-day.ts';

export type Setting = 'int' | 'ext' | 'both' | 'other';

interface SceneIntro {
  /** As offered and as the parts are written: "INT./EXT.". */
  written: string;
  /** Regex source of the intro without its closing dot, case-blind. */
  source: string;
  setting: Setting;
  /** fountain.io lists it: other Fountain tools read a line starting with it as a heading. */
  fountain: boolean;
  /** Only with its dot counts as an intro in Fountain text and while typing. */
  needsDot?: boolean;
  /** Offered by autocomplete in this order. */
  offer?: number;
}

export const SCENE_INTROS: readonly SceneIntro[] = [
  { written: 'INT.', source: 'INT', setting: 'int', fountain: true, offer: 1 },
  { written: 'EXT.', source: 'EXT', setting: 'ext', fountain: true, offer: 2 },
  { written: 'INT./EXT.', source: 'INT\\.?/EXT', setting: 'both', fountain: true, offer: 3 },
  { written: 'EXT./INT.', source: 'EXT\\.?/INT', setting: 'both', fountain: false, offer: 4 },
  { written: 'I/E', source: 'I/E', setting: 'both', fountain: true, offer: 5 },
  { written: 'I./E.', source: 'I\\./E', setting: 'both', fountain: false },
  { written: 'EST.', source: 'EST', setting: 'ext', fountain: true, offer: 6 },
  { written: 'EKS.', source: 'EKS', setting: 'ext', fountain: false, needsDot: true },
  { written: 'INT./EKS.', source: 'INT\\.?/EKS', setting: 'both', fountain: false },
  { written: 'EKS./INT.', source: 'EKS\\.?/INT', setting: 'both', fountain: false },
];

/** Longest first, so INT/EXT is never read as INT followed by "/EXT". */
const BY_LENGTH = [...SCENE_INTROS].sort((a, b) => b.source.length - a.source.length);
const alternation = (intros: readonly SceneIntro[]) => intros.map((i) => i.source).join('|');
/** Korean scene numbers that open a heading: "S#1.", "S#.1", "S1." (GLOSSARY K1–K4). */
const KOREAN_NUMBER = 'S#\\.?\\s?\\d{1,4}[A-Z]{0,2}\\.?|S\\d{1,4}[A-Z]{0,2}\\.';

/** An intro in Fountain text: spelled out, followed by a dot or a space (fountain.io). */
const INTRO_IN_TEXT = `(?:${alternation(BY_LENGTH.filter((i) => !i.needsDot))})[. ]|(?:${alternation(BY_LENGTH.filter((i) => i.needsDot))})\\.`;
/** A line that reads as a scene heading by its start (the Fountain reader's rule, plus numbers). */
const HEADING_LINE = new RegExp(`^(?:(?:\\d{1,4}[A-Z]{0,2}[.)]?\\s+)?(?:${INTRO_IN_TEXT})|(?:${KOREAN_NUMBER})\\s)`, 'i');
/** What every Fountain tool reads as a heading: fountain.io's own list. */
const FOUNTAIN_LINE = new RegExp(`^(?:${alternation(BY_LENGTH.filter((i) => i.fountain))})[. ]`, 'i');
/** A leading scene number before an intro: "1. ", "01 ", "12A. ". */
const LEADING_NUMBER = new RegExp(`^(\\d{1,4}[A-Z]{0,2})[.)]?\\s+(?=${INTRO_IN_TEXT})`, 'i');
/**
 * As typed in the editor, an action turns into a heading once its intro is complete: with its
 * dot, or a slash intro with a dot or a space (I/E, INT/EXT).
 */
export const TYPED_HEADING_START = new RegExp(
  `^(?:(?:${alternation(BY_LENGTH)})\\.|(?:${alternation(BY_LENGTH.filter((i) => i.source.includes('/')))}) |S#\\.?\\d{1,4}[A-Z]{0,2}\\.)`,
  'i',
);
/** The intro of a heading already written as one: its dot, or white space or a dash after it. */
const INTRO = new RegExp(`^(?:${alternation(BY_LENGTH)})(?:\\.|(?=[\\s\\-–—]))`, 'i');
const EXACT_INTROS: readonly [RegExp, Setting][] = BY_LENGTH.map((i) => [new RegExp(`^(?:${i.source})$`, 'i'), i.setting]);
const KOREAN = new RegExp(`^(?:${KOREAN_NUMBER})`, 'i');
const NUMBER_IN = /\d{1,4}[A-Z]{0,2}/i;

/** The intros autocomplete offers, each with the space that follows it. */
export const OFFERED_INTROS: readonly string[] = SCENE_INTROS.filter((i) => i.offer !== undefined)
  .sort((a, b) => a.offer! - b.offer!)
  .map((i) => `${i.written} `);

/** Words in a Korean heading's brackets or slash segments that say interior or exterior. */
const SETTING_WORDS: ReadonlyMap<string, Setting> = new Map([
  ['안', 'int'],
  ['밖', 'ext'],
  ['실내', 'int'],
  ['실외', 'ext'],
  ['내부', 'int'],
  ['외부', 'ext'],
  ['INT', 'int'],
  ['INT.', 'int'],
  ['EXT', 'ext'],
  ['EXT.', 'ext'],
]);

/** Does this line read as a scene heading by its start? (Fountain reader, PDF import, coach.) */
export function isHeadingLine(line: string): boolean {
  return HEADING_LINE.test(line.trimStart());
}

/** Would every Fountain tool read this line as a heading without a forcing "."? (Fountain writer.) */
export function isFountainHeadingLine(line: string): boolean {
  return FOUNTAIN_LINE.test(line);
}

/**
 * A heading line's leading scene number ("1. INT. RUMAH" → "1") and where its own text starts;
 * null when it has none. Korean "S#1." is not split off: it is the heading's intro.
 */
export function leadingSceneNumber(line: string): { number: string; textStart: number } | null {
  const lead = line.length - line.trimStart().length;
  const m = LEADING_NUMBER.exec(line.slice(lead));
  return m ? { number: m[1].toUpperCase(), textStart: lead + m[0].length } : null;
}

/** Start and end (exclusive) of a part of the heading text. */
export type Span = readonly [number, number];

export interface HeadingSpans {
  number?: Span;
  intro?: Span;
  setting: Setting;
  /** Where the location starts: after the intro and the separator typed after it. */
  locationStart: number;
  location: Span;
  time?: Span;
  /** The time follows a dash (the standard form), rather than one of the other forms accepted. */
  dashed: boolean;
}

export interface Heading {
  /** The scene number written in the text ("1. INT. …", "S#12. …"), if any. */
  number?: string;
  /** The intro as written, in capitals ("INT./EXT."); '' when there is none. */
  intro: string;
  setting: Setting;
  location: string;
  /** The time of day in capitals ("MALAM", "DAY (FLASHBACK)"); '' when the heading has none. */
  time: string;
  /** The time's light by the table, 'other' when it names none. */
  light: Light | 'other';
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\u00a0';
const isDash = (c: string | undefined) => c === '-' || c === '–' || c === '—';

function trimSpan(text: string, a: number, b: number): [number, number] {
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  return [a, b];
}

/**
 * A closing full stop is the heading's, not the word's ("JEMBATAN MERAH." → "JEMBATAN MERAH"),
 * unless, in a location, the last word is an abbreviation ("D.C.", "ST.", "JL.").
 */
function withoutClosingStop(text: string, a: number, b: number, abbreviations = true): [number, number] {
  if (b <= a || text[b - 1] !== '.') return [a, b];
  if (abbreviations) {
    let w = b - 1;
    while (w > a && !isSpace(text[w - 1])) w--;
    const word = text.slice(w, b - 1);
    if (word.includes('.') || (/^[A-Za-z]+$/.test(word) && word.length < 4)) return [a, b];
  }
  return trimSpan(text, a, b - 1);
}

/**
 * The last dash in [from, to) that separates a time: followed by white space, after white space
 * or a word ("PARK - DAY", "PARK- DAY" as real scripts type it; "--" counts as one dash).
 * Returns [end of the location, start of the time].
 */
function lastDash(text: string, from: number, to: number): [number, number] | null {
  for (let i = to - 1; i > from; i--) {
    if (!isDash(text[i]) || !isSpace(text[i + 1])) continue;
    let s = i;
    if (text[i] === '-' && text[i - 1] === '-') s = i - 1;
    if (s <= from) continue;
    let timeStart = i + 1;
    while (timeStart < text.length && isSpace(text[timeStart])) timeStart++;
    let locEnd = s;
    while (locEnd > from && isSpace(text[locEnd - 1])) locEnd--;
    return [locEnd, timeStart];
  }
  return null;
}

/** A time written without a dash, found only by the table's words (see the module's notes). */
function undashedTime(text: string, a: number, b: number): { location: Span; time: Span; setting?: Setting } | null {
  if (b <= a) return null;
  // A closing bracket: "경찰서 (낮/ 안)".
  if (text[b - 1] === ')') {
    const open = text.lastIndexOf('(', b - 1);
    if (open >= a) {
      let time: Span | undefined;
      let setting: Setting | undefined;
      let known = true;
      let p = open + 1;
      for (const piece of text.slice(open + 1, b - 1).split(/[/,]/)) {
        const [s, e] = trimSpan(text, p, p + piece.length);
        p += piece.length + 1;
        const word = text.slice(s, e).toUpperCase();
        if (!word) continue;
        if (SETTING_WORDS.has(word)) setting = SETTING_WORDS.get(word);
        else if (timeRow(word)) time = [s, e];
        else known = false;
      }
      if (known && (time || setting)) return { location: trimSpan(text, a, open), time: time ?? [b, b], ...(setting ? { setting } : {}) };
    }
  }
  const [s0, e0] = withoutClosingStop(text, a, b, false);
  // Slash segments from the end: "병원 응급실 / 낮", "카페 / INT / 낮".
  if (text.lastIndexOf('/', e0 - 1) > s0) {
    let end = e0;
    let time: Span | undefined;
    let setting: Setting | undefined;
    for (;;) {
      const slash = text.lastIndexOf('/', end - 1);
      if (slash < s0) break;
      const [s, e] = trimSpan(text, slash + 1, end);
      const word = text.slice(s, e).toUpperCase();
      if (!time && timeRow(word)) time = [s, e];
      else if (!setting && SETTING_WORDS.has(word)) setting = SETTING_WORDS.get(word);
      else break;
      end = slash;
    }
    if ((time || setting) && end > s0) return { location: trimSpan(text, s0, end), time: time ?? [e0, e0], ...(setting ? { setting } : {}) };
  }
  // Full-stop segments: "방송국 전경. 오후." (time last) or "SIANG. JEMBATAN MERAH." (time first).
  const stop = text.lastIndexOf('. ', e0);
  if (stop > s0) {
    const [ls, le] = trimSpan(text, stop + 1, e0);
    if (timeRow(text.slice(ls, le))?.light) return { location: trimSpan(text, s0, stop), time: [ls, le] };
  }
  const firstStop = text.indexOf('. ', s0);
  if (firstStop > s0 && firstStop < e0) {
    const [fs, fe] = trimSpan(text, s0, firstStop);
    if (timeRow(text.slice(fs, fe))?.light) return { location: trimSpan(text, firstStop + 1, e0), time: [fs, fe] };
  }
  // The last words: "RUMAH SITI SIANG", "KAMAR DINI HARI".
  let w = e0;
  for (let words = 0; words < LONGEST_TIME && w > s0; words++) {
    while (w > s0 && !isSpace(text[w - 1])) w--;
    const [ts, te] = trimSpan(text, w, e0);
    if (timeRow(text.slice(ts, te))?.light) return { location: trimSpan(text, s0, w), time: [ts, te] };
    while (w > s0 && isSpace(text[w - 1])) w--;
  }
  return null;
}

const LONGEST_TIME = Math.max(...TIMES_OF_DAY.map((t) => t.words.split(' ').length));

/** Where each part of a heading is, as offsets into the text as written (for the editor). */
export function headingSpans(text: string): HeadingSpans {
  let pos = text.length - text.trimStart().length;
  let number: Span | undefined;
  const korean = KOREAN.exec(text.slice(pos));
  const lead = korean ? null : LEADING_NUMBER.exec(text.slice(pos));
  if (korean) {
    const digits = NUMBER_IN.exec(korean[0])!;
    number = [pos + digits.index, pos + digits.index + digits[0].length];
    pos += korean[0].length;
    while (isSpace(text[pos])) pos++;
  } else if (lead) {
    number = [pos, pos + lead[1].length];
    pos += lead[0].length;
  }
  let intro: Span | undefined;
  let setting: Setting = 'other';
  const m = INTRO.exec(text.slice(pos));
  if (m) {
    intro = [pos, pos + m[0].length];
    const written = m[0].replace(/\.$/, '');
    setting = EXACT_INTROS.find(([re]) => re.test(written))?.[1] ?? 'other';
    pos += m[0].length;
  }
  // The separator typed after the intro: spaces, a dash, a full stop ("01 INT - RUMAH").
  if (intro) while (pos < text.length && (isSpace(text[pos]) || isDash(text[pos]) || text[pos] === '.')) pos++;
  const locationStart = pos;
  const end = text.trimEnd().length;
  const dash = lastDash(text, locationStart, text.length);
  if (dash) {
    const [locEnd, timeStart] = dash;
    return { ...(number ? { number } : {}), ...(intro ? { intro } : {}), setting, locationStart, location: withoutClosingStop(text, locationStart, locEnd), time: withoutClosingStop(text, timeStart, Math.max(timeStart, end), false), dashed: true };
  }
  const undashed = undashedTime(text, locationStart, end);
  if (undashed) {
    const [ls, le] = undashed.location;
    return {
      ...(number ? { number } : {}),
      ...(intro ? { intro } : {}),
      setting: setting === 'other' && undashed.setting ? undashed.setting : setting,
      locationStart,
      location: withoutClosingStop(text, ls, le),
      ...(undashed.time[1] > undashed.time[0] ? { time: undashed.time } : {}),
      dashed: false,
    };
  }
  return { ...(number ? { number } : {}), ...(intro ? { intro } : {}), setting, locationStart, location: withoutClosingStop(text, locationStart, end), dashed: false };
}

/** A heading's parts, in capitals: number, intro, INT/EXT, location, time of day and its light. */
export function parseHeading(text: string): Heading {
  const s = headingSpans(text);
  const part = (span: Span | undefined) => (span ? text.slice(span[0], span[1]).toUpperCase().replace(/\s+/g, ' ') : '');
  const time = part(s.time);
  return {
    ...(s.number ? { number: part(s.number) } : {}),
    intro: part(s.intro),
    setting: s.setting,
    location: part(s.location),
    time,
    light: time ? lightOf(time) : 'other',
  };
}
