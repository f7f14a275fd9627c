/**
 * Approximate search for a quote in text. Uses @sanity/diff-match-patch (a maintained TypeScript
 * port of Google's diff-match-patch): its Bitap `match` finds a pattern with errors near an
 * expected location in bounded time, and its `makeDiff` (with a deadline) measures how close the
 * found region is to the quote. A general fuzzy-search library (fuse, ufuzzy) ranks items of a
 * list instead; we need a position inside one long text, which is exactly what Bitap gives.
 */
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff, match, type Diff } from '@sanity/diff-match-patch';

/** Bitap works on the bits of one machine word: longer quotes are searched by their two ends. */
const MAX_PATTERN = 32;
/** Seconds a single diff may take: keeps one odd comment from stalling an import. */
const DIFF_DEADLINE_S = 0.05;

export interface FuzzyHit {
  start: number;
  end: number;
  /** 1 − edit distance / quote length, clamped to [0, 1]. */
  similarity: number;
}

export interface FuzzyOptions {
  /** Bitap's threshold: 0 = exact only, 1 = anything (diff-match-patch's Match_Threshold). */
  threshold: number;
  /** How far from `loc` a match may be before distance alone disqualifies it (Match_Distance). */
  distance: number;
}

/** Edit distance implied by a diff (insertions and deletions in one run count as substitutions). */
export function editDistance(diffs: Diff[]): number {
  let total = 0;
  let ins = 0;
  let del = 0;
  for (const [op, data] of diffs) {
    if (op === DIFF_INSERT) ins += data.length;
    else if (op === DIFF_DELETE) del += data.length;
    else {
      total += Math.max(ins, del);
      ins = 0;
      del = 0;
    }
  }
  return total + Math.max(ins, del);
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return Math.max(0, 1 - editDistance(makeDiff(a, b, { timeout: DIFF_DEADLINE_S })) / longest);
}

/**
 * Given a region that starts near where `quote` begins, finds where the quote really starts and
 * ends in it (leading/trailing text that the quote does not cover is trimmed) and rates the match.
 */
function rateRegion(text: string, quote: string, from: number, approxEnd: number): FuzzyHit {
  const slack = Math.ceil(quote.length / 2) + 8;
  const regionStart = Math.max(0, from - 4);
  const region = text.slice(regionStart, Math.min(text.length, approxEnd + slack));
  const diffs = makeDiff(quote, region, { timeout: DIFF_DEADLINE_S });
  // Drop the region's text before the quote's first character and after its last one.
  let first = 0;
  let last = diffs.length - 1;
  let lead = 0;
  while (first <= last && diffs[first][0] === DIFF_INSERT) lead += diffs[first++][1].length;
  while (last >= first && diffs[last][0] === DIFF_INSERT) last--;
  const core = diffs.slice(first, last + 1);
  let covered = 0;
  for (const [op, data] of core) if (op !== DIFF_DELETE) covered += data.length;
  const start = regionStart + lead;
  const end = start + covered;
  const distance = editDistance(core);
  const hasEqual = core.some(([op]) => op === DIFF_EQUAL);
  const sim = hasEqual ? Math.max(0, 1 - distance / Math.max(quote.length, end - start)) : 0;
  return { start, end, similarity: sim };
}

/**
 * Finds `quote` approximately in `text`, preferring matches near `loc`. Returns null when nothing
 * close enough is found. Time is bounded by Bitap (pattern ≤ 32 chars, a window set by `distance`)
 * plus one diff with a deadline.
 */
export function fuzzyLocate(text: string, quote: string, loc: number, options: FuzzyOptions): FuzzyHit | null {
  if (!quote || !text) return null;
  const at = Math.max(0, Math.min(loc, text.length));
  if (quote.length <= MAX_PATTERN) {
    const pos = match(text, quote, at, options);
    return pos < 0 ? null : rateRegion(text, quote, pos, pos + quote.length);
  }
  const head = quote.slice(0, MAX_PATTERN);
  const tail = quote.slice(-MAX_PATTERN);
  let start = match(text, head, at, options);
  const tailPos = match(text, tail, (start >= 0 ? start : at) + quote.length - MAX_PATTERN, options);
  if (start < 0 && tailPos < 0) {
    // Both ends were rewritten: try the middle before giving up.
    const midFrom = Math.floor((quote.length - MAX_PATTERN) / 2);
    const midPos = match(text, quote.slice(midFrom, midFrom + MAX_PATTERN), at + midFrom, options);
    if (midPos < 0) return null;
    start = Math.max(0, midPos - midFrom);
  } else if (start < 0) {
    start = Math.max(0, tailPos + MAX_PATTERN - quote.length);
  }
  const approxEnd = tailPos >= start ? tailPos + MAX_PATTERN : start + quote.length;
  return rateRegion(text, quote, start, approxEnd);
}
