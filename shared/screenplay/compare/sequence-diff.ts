/**
 * Diff of two sequences of tokens (elements of a scene, scenes of a draft, words of a line) with
 * diff-match-patch: each distinct token becomes one character and the two strings are diffed, the
 * trick of diff-match-patch's own line mode. So we get Myers' O(ND) diff with its common
 * prefix/suffix trimming and its deadline instead of a hand-written LCS. Tokens found on one side
 * only are set aside before the diff (they can only be deleted or inserted), which keeps a
 * rewritten scene or hostile input from costing the diff's quadratic worst case.
 */
import { DIFF_DELETE, DIFF_INSERT, makeDiff } from '@sanity/diff-match-patch';

/** A run of tokens: in both (`equal`), only in `a` (`delete`), only in `b` (`insert`); [from, to) into each side. */
export interface SeqRun {
  op: 'equal' | 'delete' | 'insert';
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/** Character codes a token may take: not 0, and never a surrogate (diff-match-patch repairs split surrogate pairs, which would merge tokens). */
const FIRST_CODE = 1;
const SURROGATES_FROM = 0xd800;
const SURROGATES_TO = 0xdfff;
const LAST_CODE = 0xffff;
const CODE_CAPACITY = LAST_CODE - FIRST_CODE + 1 - (SURROGATES_TO - SURROGATES_FROM + 1);

function codeAt(n: number): string {
  const c = FIRST_CODE + n;
  return String.fromCharCode(c < SURROGATES_FROM ? c : c + (SURROGATES_TO - SURROGATES_FROM + 1));
}

/**
 * Runs that turn `a` into `b`; tokens are equal when their keys are. `timeoutS` bounds the diff's
 * search (diff-match-patch's Diff_Timeout: past it, a correct if less minimal diff).
 */
export function diffSequences(a: readonly string[], b: readonly string[], timeoutS: number): SeqRun[] {
  // Common prefix and suffix first: most lines and scenes differ in one place.
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const pairs: [number, number][] = [];
  for (let k = 0; k < p; k++) pairs.push([k, k]);
  matchMiddle(a, b, p, a.length - s, p, b.length - s, timeoutS, pairs);
  for (let k = s; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return runsOf(pairs, a.length, b.length);
}

/** Pairs of equal tokens in a[aFrom, aTo) and b[bFrom, bTo), increasing on both sides. */
function matchMiddle(a: readonly string[], b: readonly string[], aFrom: number, aTo: number, bFrom: number, bTo: number, timeoutS: number, out: [number, number][]): void {
  if (aFrom === aTo || bFrom === bTo) return;
  const inB = new Set<string>();
  for (let j = bFrom; j < bTo; j++) inB.add(b[j]);
  const shared = new Set<string>();
  for (let i = aFrom; i < aTo; i++) if (inB.has(a[i])) shared.add(a[i]);
  if (shared.size === 0) return;
  // Only the tokens both sides have take part, each as one character.
  const codes = new Map<string, string>();
  for (const k of shared) {
    if (codes.size >= CODE_CAPACITY) return; // only in made-up input: call the whole middle replaced
    codes.set(k, codeAt(codes.size));
  }
  const aIdx: number[] = [];
  const bIdx: number[] = [];
  let sa = '';
  let sb = '';
  for (let i = aFrom; i < aTo; i++) {
    const c = codes.get(a[i]);
    if (c === undefined) continue;
    sa += c;
    aIdx.push(i);
  }
  for (let j = bFrom; j < bTo; j++) {
    const c = codes.get(b[j]);
    if (c === undefined) continue;
    sb += c;
    bIdx.push(j);
  }
  let i = 0;
  let j = 0;
  for (const [op, data] of makeDiff(sa, sb, { timeout: timeoutS, checkLines: false })) {
    if (op === DIFF_DELETE) i += data.length;
    else if (op === DIFF_INSERT) j += data.length;
    else for (let k = 0; k < data.length; k++) out.push([aIdx[i++], bIdx[j++]]);
  }
}

/** Runs from the matched pairs: what lies between two pairs was deleted (from a) and inserted (into b). */
function runsOf(pairs: readonly [number, number][], aLen: number, bLen: number): SeqRun[] {
  const runs: SeqRun[] = [];
  let i = 0;
  let j = 0;
  const push = (op: SeqRun['op'], aTo: number, bTo: number) => {
    const last = runs[runs.length - 1];
    if (last?.op === op && last.aTo === i && last.bTo === j) [last.aTo, last.bTo] = [aTo, bTo];
    else runs.push({ op, aFrom: i, aTo, bFrom: j, bTo });
    [i, j] = [aTo, bTo];
  };
  for (const [pa, pb] of [...pairs, [aLen, bLen] as [number, number]]) {
    if (pa > i) push('delete', pa, j);
    if (pb > j) push('insert', i, pb);
    if (pa < aLen || pb < bLen) push('equal', pa + 1, pb + 1);
  }
  return runs;
}
