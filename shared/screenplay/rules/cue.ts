/**
 * The cue grammar: a character cue is a name, optional extensions in brackets — (V.O.), (O.S.),
 * (CONT'D) — and Fountain's dual-dialogue caret `^` at its end. Everything that needs "who speaks
 * here" (pagination's CONT'D, stats, sides, autocomplete, course checks, PDF import, the Fountain
 * reader and writer) reads it from this module.
 *
 * Decisions: the name is what comes before the first bracket, in capitals, its white space
 * collapsed ("Sari  (V.O.)" and "SARI" are one speaker). Extensions stay in English, as Indonesian
 * scripts write them (GLOSSARY: V.O., O.S., CONT'D); an Indonesian "(LANJ.)"/"(LANJUTAN)" is read
 * as CONT'D but never written. A bracket left open runs to the end ("SARI (V.O." → V.O.).
 * Full-width brackets (（ ）, typed by CJK input methods) count as brackets. Linear in the text.
 */

/** What Final Draft prints below a speech split across pages, and beside a cue that continues. */
export const MORE_MARK = '(MORE)';
export const CONTD_MARK = "(CONT'D)";

export interface Cue {
  /** The speaker, upper-cased, without extensions or caret: "SARI (V.O.) (CONT'D) ^" → "SARI". */
  name: string;
  /** Extensions as written, without brackets and without CONT'D: ["V.O."]. */
  extensions: string[];
  /** The cue already says it continues: (CONT'D), (CONT’D), (CONTD), (CONT.). */
  contd: boolean;
  /** Ends with Fountain's dual-dialogue caret. */
  dual: boolean;
}

/** The extensions offered while a cue is typed: Final Draft's defaults, in its order. */
export const OFFERED_EXTENSIONS: readonly string[] = ['V.O.', 'O.S.', 'O.C.', "CONT'D"];

const CONTD = /^(?:CONT'D|CONT’D|CONTD|CONT\.?|CONTINUED|CONTINUING|LANJ\.?|LANJUTAN)$/i;
const MORE = /^[(（]\s*MORE\s*[)）]$/i;
const OPEN = /[(（]/;

/** Whether a cue ends with Fountain's dual-dialogue caret ("BUDI ^"). */
export function hasCaret(text: string): boolean {
  return text.trimEnd().endsWith('^');
}

/** The cue without its dual-dialogue caret and the space before it: "BUDI ^" → "BUDI". */
export function stripCaret(text: string): string {
  const t = text.trimEnd();
  return t.endsWith('^') ? t.slice(0, -1).trimEnd() : text;
}

/** The name part as written, before any bracket and caret, case kept: "Sari (V.O.)" → "Sari". */
export function nameAsWritten(text: string): string {
  const t = stripCaret(text);
  const open = t.search(OPEN);
  return (open >= 0 ? t.slice(0, open) : t).trim();
}

export function parseCue(text: string): Cue {
  const t = text.trim();
  const dual = t.endsWith('^');
  const body = dual ? t.slice(0, -1).trimEnd() : t;
  const extensions: string[] = [];
  let contd = false;
  const open = body.search(OPEN);
  const name = (open >= 0 ? body.slice(0, open) : body).trim().replace(/\s+/g, ' ').toUpperCase();
  if (open >= 0) {
    // Bracketed groups one after the other; a group left open takes the rest of the cue.
    let i = open;
    while (i < body.length) {
      const c = body[i];
      if (c !== '(' && c !== '（') {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < body.length && body[j] !== ')' && body[j] !== '）' && body[j] !== '(' && body[j] !== '（') j++;
      const ext = body.slice(i + 1, j).trim();
      if (CONTD.test(ext)) contd = true;
      else if (ext) extensions.push(ext);
      i = body[j] === ')' || body[j] === '）' ? j + 1 : j;
    }
  }
  return { name, extensions, contd, dual };
}

/** The speaker of a cue: "SARI (V.O.)", "SARI (CONT'D)" and "SARI ^" are all "SARI". */
export function cueName(text: string): string {
  return parseCue(text).name;
}

/**
 * The cue as one speaker's line would head it again, without CONT'D and caret: "SARI (V.O.)
 * (CONT'D)" → "SARI (V.O.)". Two cues are the same voice when these agree (PDF import joins a
 * speech split over pages with it).
 */
export function cueVoice(text: string): string {
  const cue = parseCue(text);
  return [cue.name, ...cue.extensions.map((e) => `(${e.toUpperCase()})`)].join(' ');
}

/** Is this line the (MORE) Final Draft prints under a speech that goes on over the page? */
export function isMoreMark(text: string): boolean {
  return MORE.test(text.trim());
}

// "V.O.", "V.O", "VO", "V. O." — the dots are often left off (Final Draft files hold "(V.O)").
const VOICE_OVER = /^V\.?\s*O\.?$/i;

/** The cue is a voice-over: one of its extensions is V.O. ("SARI (V.O.)", "SARI (V.O)"). */
export function isVoiceOver(cue: Cue): boolean {
  return cue.extensions.some((e) => VOICE_OVER.test(e));
}
