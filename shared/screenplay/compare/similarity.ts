/** How alike two stretches of text are, by the words they share (order aside): cheap and linear. */
import { tokenize } from './words.ts';

export function wordSet(texts: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const t of tokenize(text.toLowerCase())) if (/[\p{L}\p{N}]/u.test(t)) set.add(t);
  return set;
}

/** Dice's coefficient of two word sets: 1 the same words, 0 none in common (two empty sets are alike). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
