/**
 * The script's own words, never flagged: its characters' names (from the cues), its locations
 * (the location part of each scene heading) and any word it uses often — a name that appears in
 * action before its character speaks, a place, a brand, a dialect word. A slip is rare; a word
 * typed the same way again and again is the writer's choice.
 */
import type { Screenplay } from '../model.ts';
import { headingSpans } from '../rules/heading.ts';
import { tokenize } from './tokenize.ts';

/** A word used this many times or more in the script is the script's vocabulary. */
export const FREQUENT_WORD = 3;

/** The words, in lower case. */
export function scriptVocabulary(script: Screenplay, frequent = FREQUENT_WORD): Set<string> {
  const words = new Set<string>();
  const counts = new Map<string, number>();
  const addAll = (text: string) => {
    for (const t of tokenize(text)) {
      const lower = t.word.toLowerCase();
      words.add(lower);
      for (const part of lower.split('-')) words.add(part);
    }
  };
  for (const el of script.elements) {
    if (el.type === 'character') addAll(el.text.replace(/\([^)]*\)/g, ' '));
    else if (el.type === 'scene_heading') {
      const [s, e] = headingSpans(el.text).location;
      addAll(el.text.slice(s, e));
    } else {
      for (const t of tokenize(el.text)) {
        const lower = t.word.toLowerCase();
        counts.set(lower, (counts.get(lower) ?? 0) + 1);
      }
    }
  }
  for (const [word, n] of counts) if (n >= frequent) words.add(word);
  return words;
}
