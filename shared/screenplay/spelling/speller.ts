// nspell ships no types: its declaration must reach every program that compiles this file (shared,
// electron, renderer, all), and only a reference travels with the file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./nspell.d.ts" />
/**
 * One language's dictionary: nspell (Hunspell .aff/.dic read in memory, no I/O) plus the word
 * forms Hunspell files leave to the writer's language: Indonesian clitics on any word
 * ("mobilku", "rumahmu", "pergilah", "siapakah") and English possessives of words the dictionary
 * knows only bare. The host reads the files and hands their text in; building one takes a while
 * (Indonesian about 2 s, English about 0.3 s on the project's machine), so a host builds it once.
 */
import nspell from 'nspell';

export type SpellLanguage = 'en' | 'id';
export const SPELL_LANGUAGES: readonly SpellLanguage[] = ['en', 'id'];

export interface DictionaryText {
  aff: string;
  dic: string;
}

export interface Speller {
  readonly language: SpellLanguage;
  /** True when the dictionary knows the word, one of its forms, or a screenplay term. */
  isKnown(word: string): boolean;
  /** Corrections, best first (at most `limit`). Slow next to isKnown: on demand only. */
  suggest(word: string, limit?: number): string[];
  /**
   * The same, but only for a word one edit (a letter left out, added, changed, or two swapped) from
   * a word the dictionary knows; else none. For checking a whole script: nspell searches two edits
   * away when one finds nothing, up to a second a word, and mostly finds nothing there either.
   */
  suggestNear(word: string, limit?: number): string[];
}

/** Endings a dictionary's affix rules need not list, per language. */
const CLITICS: Record<SpellLanguage, readonly string[]> = {
  id: ['nya', 'lah', 'kah', 'tah', 'pun', 'ku', 'mu'],
  en: ["'s", "'"],
};
/** Words of the trade that a general dictionary lacks (compared in lower case). */
const SCREENPLAY_TERMS = new Set(["cont'd", 'cont', 'int', 'ext', 'pov', 'vo', 'os', 'oc', 'sfx', 'vfx', 'fx', 'mos', 'intercut', 'b-roll', 'ecu', 'cu', 'ms', 'ls', 'ws', 'ots', 'fade', 'dissolve', 'smash', 'montage', 'supers', 'super']);

/**
 * A letter of another script than Latin, the only one the English and Indonesian dictionaries
 * write. A word in Hangul, Cyrillic, Han or kana is not theirs to judge: flagged, every word of a
 * Korean script was "not in the dictionary", and nspell's suggestions for a Cyrillic word took
 * a fifth of a second each (`naskah check` of a 1.7 KB Russian scene: 34 s).
 */
const OTHER_SCRIPT = /[^\P{L}\p{Script=Latin}]/u;

export function createSpeller(language: SpellLanguage, dictionary: DictionaryText): Speller {
  const spell = nspell(dictionary.aff, dictionary.dic);
  const memo = new Map<string, boolean>();
  const plain = (word: string) => spell.correct(word) || SCREENPLAY_TERMS.has(word.toLowerCase());
  const withClitic = (word: string) => {
    const lower = word.toLowerCase();
    for (const ending of CLITICS[language]) {
      if (lower.length > ending.length + 1 && lower.endsWith(ending) && plain(word.slice(0, -ending.length))) return true;
    }
    return false;
  };
  const known = (word: string): boolean => {
    if (OTHER_SCRIPT.test(word) || plain(word) || withClitic(word)) return true;
    // Reduplication and compounds: "anak-anak", "sayur-mayur", "well-known" when each part is a word.
    if (word.includes('-')) return word.split('-').every((p) => p.length < 2 || plain(p) || withClitic(p));
    return false;
  };
  const suggest = (word: string, limit: number) => (OTHER_SCRIPT.test(word) ? [] : spell.suggest(word).slice(0, limit));
  return {
    language,
    isKnown(word) {
      let hit = memo.get(word);
      if (hit === undefined) memo.set(word, (hit = known(word)));
      return hit;
    },
    suggest(word, limit = 5) {
      return suggest(word, limit);
    },
    suggestNear(word, limit = 5) {
      const lower = word.toLowerCase();
      // Names are in the dictionary capitalised ("Joni" for "koni").
      const near = (c: string) => plain(c) || withClitic(c) || plain(c.charAt(0).toUpperCase() + c.slice(1));
      return oneEditAway(lower).some(near) ? suggest(word, limit) : [];
    },
  };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz'";

/** Every string one edit from a word: each letter left out, two neighbours swapped, a letter changed or added. */
function oneEditAway(word: string): string[] {
  // The word's own letters too, so that a missing or doubled accented letter is one edit.
  const letters = [...new Set([...LETTERS, ...word])];
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      if (tail && c !== tail[0]) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}
