/**
 * Which lines share words with a quote. Searching a whole script approximately for every lost
 * comment is slow (Bitap over ~200k characters per comment); instead, the few lines that share
 * the most distinctive words with the quote are found through an inverted index, and the
 * approximate search runs only inside those lines.
 */
import type { DocElement, DocText } from './doc-text.ts';

const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

export interface WordIndex {
  postings: Map<string, number[]>;
  elementCount: number;
}

const cache = new WeakMap<DocText, WordIndex>();

export function wordIndex(doc: DocText): WordIndex {
  let index = cache.get(doc);
  if (!index) {
    const postings = new Map<string, number[]>();
    for (const entry of doc.elements) {
      for (const w of wordsOf(entry.element.text)) {
        const list = postings.get(w);
        if (list) list.push(entry.index);
        else postings.set(w, [entry.index]);
      }
    }
    index = { postings, elementCount: doc.elements.length };
    cache.set(doc, index);
  }
  return index;
}

/** Up to `limit` elements sharing the most (rarity-weighted) words with `quote`, best first. */
export function candidateElements(doc: DocText, quote: string, limit: number): DocElement[] {
  const index = wordIndex(doc);
  const scores = new Map<number, number>();
  for (const w of wordsOf(quote)) {
    const list = index.postings.get(w);
    if (!list) continue;
    const idf = Math.log(1 + index.elementCount / list.length);
    for (const i of list) scores.set(i, (scores.get(i) ?? 0) + idf);
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([i]) => doc.elements[i]);
}
