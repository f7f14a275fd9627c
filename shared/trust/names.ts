/**
 * Trainee names as the class table keys them. A name typed on another machine, pasted from a
 * chat or edited by hand must land on the same row when it is the same name, and must not make a
 * second row that merely looks the same:
 *  - NFKC folds compatibility forms (full-width letters, ligatures, non-breaking spaces);
 *  - format characters (Unicode category Cf: zero-width space and joiners, word joiner, BOM, soft
 *    hyphen, bidirectional controls) are removed — they are invisible;
 *  - runs of white space become one space, and the ends are trimmed;
 *  - rows are keyed case-insensitively ("dewi" is Dewi).
 * A word mixing Latin, Cyrillic and Greek letters ("Dеwi" with a Cyrillic е) is refused rather
 * than guessed at: no real name needs it, and it is the usual way to fake a look-alike.
 */

const FORMAT_CHARS = /\p{Cf}/gu;

export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(FORMAT_CHARS, '').replace(/\s+/gu, ' ').trim();
}

/** The key one trainee's reports share: the normalised name, case-folded. */
export function nameKey(name: string): string {
  return normaliseName(name).toLocaleLowerCase('en-US');
}

const CONFUSABLE_SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];

/** The first word of `name` that mixes Latin, Cyrillic or Greek letters, or null. */
export function mixedScriptWord(name: string): string | null {
  for (const word of normaliseName(name).split(' ')) {
    const scripts = CONFUSABLE_SCRIPTS.filter(([, re]) => re.test(word));
    if (scripts.length > 1) return word;
  }
  return null;
}
