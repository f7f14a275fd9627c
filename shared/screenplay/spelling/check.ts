/**
 * Spelling of a script's elements: each word the dictionary does not know, with the element's
 * index and the word's offsets in its text. Scene headings and character cues are not checked
 * (they hold names, places and the format's own abbreviations); the script's vocabulary (names,
 * locations, words it uses often), the writer's personal dictionary and the occurrences they chose
 * to ignore once are not flagged. Pure: the host builds the Speller from the dictionary text.
 */
import type { ElementType, Screenplay } from '../model.ts';
import type { Speller } from './speller.ts';
import { parts, tokenize, type Token } from './tokenize.ts';
import { scriptVocabulary } from './vocabulary.ts';

export interface Misspelling {
  elementIndex: number;
  start: number;
  end: number;
  word: string;
}

/** One occurrence the writer chose to leave: the word at this offset of this element. */
export interface IgnoredOnce {
  elementIndex: number;
  start: number;
  word: string;
}

export interface SpellOptions {
  /** The personal dictionary: words never flagged (any case). */
  personal?: readonly string[];
  ignoreOnce?: readonly IgnoredOnce[];
  /** The script's vocabulary, when the caller already has it (scriptVocabulary(script)). */
  vocabulary?: ReadonlySet<string>;
  /** Only these elements (the editor's visible blocks); default all. */
  elementIndexes?: Iterable<number>;
}

const UNCHECKED: ReadonlySet<ElementType> = new Set(['scene_heading', 'character', 'page_break']);

/** Whether an element's text is prose the checker reads. */
export function isSpellChecked(type: ElementType): boolean {
  return !UNCHECKED.has(type);
}

/** The unknown words of one text: whole words, or the wrong parts of a hyphenated one. */
export function misspelledTokens(text: string, speller: Speller, accepted: (lowerWord: string) => boolean): Token[] {
  const out: Token[] = [];
  for (const token of tokenize(text)) {
    if (accepted(token.word.toLowerCase()) || speller.isKnown(token.word)) continue;
    const pieces = parts(token);
    if (pieces.length === 1) out.push(token);
    else for (const p of pieces) if (!accepted(p.word.toLowerCase()) && !speller.isKnown(p.word)) out.push(p);
  }
  return out;
}

export function checkSpelling(script: Screenplay, speller: Speller, options: SpellOptions = {}): Misspelling[] {
  const vocabulary = options.vocabulary ?? scriptVocabulary(script);
  const personal = new Set((options.personal ?? []).map((w) => w.toLowerCase()));
  const accepted = (lower: string) => vocabulary.has(lower) || personal.has(lower);
  const ignored = new Set((options.ignoreOnce ?? []).map((i) => `${i.elementIndex}:${i.start}:${i.word}`));
  const indexes = options.elementIndexes ? [...options.elementIndexes].sort((a, b) => a - b) : script.elements.map((_, i) => i);
  const found: Misspelling[] = [];
  for (const elementIndex of indexes) {
    const el = script.elements[elementIndex];
    if (!el || !isSpellChecked(el.type)) continue;
    for (const t of misspelledTokens(el.text, speller, accepted)) {
      if (ignored.has(`${elementIndex}:${t.start}:${t.word}`)) continue;
      found.push({ elementIndex, start: t.start, end: t.end, word: t.word });
    }
  }
  return found;
}
