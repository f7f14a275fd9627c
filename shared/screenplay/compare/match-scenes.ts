/**
 * Which scene of the old draft is which scene of the new one. In order of confidence: unchanged
 * scenes in the same order, the same content elsewhere, the same heading, then mostly the same
 * words (a scene whose heading was rewritten), the rarer words or the scene's place telling which.
 * Matched scenes that changed place are "moved": the longest run of matches in the same order
 * stays put and the others moved (a longest increasing subsequence, O(n log n); written here
 * because diff-match-patch diffs strings, not a list of pairs).
 */
import { dice, wordSet } from './similarity.ts';
import { headingKey, type SceneBlock } from './scenes.ts';
import { diffSequences } from './sequence-diff.ts';

export interface ScenePair {
  old: number;
  new: number;
  moved: boolean;
}

/** Bounds the diff of the scene order (diff-match-patch's deadline). */
const SCENE_ORDER_TIMEOUT_S = 0.2;
/** Scenes sharing fewer words than this are different scenes (one removed, one added). */
const SAME_SCENE_WORDS = 0.5;
/** Among scenes with one heading ("INT. RUMAH - MALAM" ten times), how many are weighed by their words. */
const HEADING_CANDIDATES = 8;
/** A word found in more scenes than this says nothing about which scene is which. */
const COMMON_WORD_SCENES = 32;
/** Candidates by shared rare words that get their full similarity computed. */
const WORD_CANDIDATES = 3;

export function matchScenes(oldBlocks: readonly SceneBlock[], newBlocks: readonly SceneBlock[], texts: { old: (b: SceneBlock) => string[]; new: (b: SceneBlock) => string[] }): ScenePair[] {
  const oldPair = new Array<number>(oldBlocks.length).fill(-1);
  const newPair = new Array<number>(newBlocks.length).fill(-1);
  const link = (o: number, n: number) => {
    oldPair[o] = n;
    newPair[n] = o;
  };
  // The lead-in (scene 0) is always itself.
  if (oldBlocks[0]?.scene === 0 && newBlocks[0]?.scene === 0) link(0, 0);

  const oldWords = new Map<number, Set<string>>();
  const newWords = new Map<number, Set<string>>();
  const wordsOf = (side: 'old' | 'new', i: number) => {
    const cache = side === 'old' ? oldWords : newWords;
    let w = cache.get(i);
    if (!w) cache.set(i, (w = wordSet(texts[side]((side === 'old' ? oldBlocks : newBlocks)[i]))));
    return w;
  };

  // 0. Scenes left as they were and in the same order: a sequence diff of the scenes' contents
  // (so of several identical scenes, the ones that stayed are found, not the k-th of each).
  for (const run of diffSequences(oldBlocks.map((b) => b.content), newBlocks.map((b) => b.content), SCENE_ORDER_TIMEOUT_S)) {
    if (run.op !== 'equal') continue;
    for (let k = 0; k < run.aTo - run.aFrom; k++) if (oldPair[run.aFrom + k] === -1 && newPair[run.bFrom + k] === -1) link(run.aFrom + k, run.bFrom + k);
  }
  // 1. The same content elsewhere (moved), the k-th copy with the k-th copy.
  byKey(oldBlocks, newBlocks, oldPair, newPair, (b) => b.content, (cands) => cands[0], link);
  // 2. The same heading; among several, the one with the most words in common.
  byKey(oldBlocks, newBlocks, oldPair, newPair, (b) => (b.scene === 0 ? null : headingKey(b.heading)), (cands, n) => {
    if (cands.length === 1) return cands[0];
    let best = cands[0];
    let bestScore = -1;
    for (const o of cands) {
      const s = dice(wordsOf('old', o), wordsOf('new', n));
      if (s > bestScore) [best, bestScore] = [o, s];
    }
    return best;
  }, link);
  // 3. Mostly the same words: candidates from an index of the rarer words, then the full measure.
  const postings = new Map<string, number[]>();
  oldBlocks.forEach((b, o) => {
    if (oldPair[o] !== -1 || b.scene === 0) return;
    for (const w of wordsOf('old', o)) {
      const list = postings.get(w);
      if (!list) postings.set(w, [o]);
      else if (list.length <= COMMON_WORD_SCENES) list.push(o);
    }
  });
  let lastOld = -1; // the old scene the nearest matched scene before this one matched
  newBlocks.forEach((b, n) => {
    if (newPair[n] !== -1 || b.scene === 0) {
      if (newPair[n] !== -1) lastOld = newPair[n];
      return;
    }
    const hits = new Map<number, number>();
    for (const w of wordsOf('new', n)) {
      const list = postings.get(w);
      if (!list || list.length > COMMON_WORD_SCENES) continue;
      for (const o of list) if (oldPair[o] === -1) hits.set(o, (hits.get(o) ?? 0) + 1);
    }
    const top = [...hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, WORD_CANDIDATES).map(([o]) => o);
    // Also the old scene right after the one the nearest matched scene before this one matched:
    // found even when every word is common (a draft rewritten throughout, look-alike scenes).
    const after = lastOld + 1;
    if (after < oldBlocks.length && oldPair[after] === -1 && oldBlocks[after].scene !== 0) top.push(after);
    let best = -1;
    let bestScore = SAME_SCENE_WORDS;
    for (const o of top) {
      const s = dice(wordsOf('old', o), wordsOf('new', n));
      if (s >= bestScore && (best === -1 || s > bestScore)) [best, bestScore] = [o, s];
    }
    if (best === -1) return;
    link(best, n);
    lastOld = best;
  });

  const pairs: ScenePair[] = [];
  newPair.forEach((o, n) => o !== -1 && pairs.push({ old: o, new: n, moved: false }));
  const stay = longestIncreasing(pairs.map((p) => p.old));
  pairs.forEach((p, k) => (p.moved = !stay.has(k)));
  return pairs;
}

/**
 * Links unmatched scenes whose key is equal; `choose` picks among the first few open old
 * candidates, in script order (a window, so a thousand scenes with one heading stay linear).
 */
function byKey(
  oldBlocks: readonly SceneBlock[],
  newBlocks: readonly SceneBlock[],
  oldPair: number[],
  newPair: number[],
  key: (b: SceneBlock) => string | null,
  choose: (candidates: number[], n: number) => number,
  link: (o: number, n: number) => void,
): void {
  // Per key: the open candidates (at most HEADING_CANDIDATES) and the rest still to come.
  const open = new Map<string, { window: number[]; list: number[]; next: number }>();
  oldBlocks.forEach((b, o) => {
    const k = oldPair[o] === -1 ? key(b) : null;
    if (k === null) return;
    const entry = open.get(k);
    if (entry) entry.list.push(o);
    else open.set(k, { window: [], list: [o], next: 0 });
  });
  newBlocks.forEach((b, n) => {
    const k = newPair[n] === -1 ? key(b) : null;
    const entry = k === null ? undefined : open.get(k);
    if (!entry) return;
    while (entry.window.length < HEADING_CANDIDATES && entry.next < entry.list.length) entry.window.push(entry.list[entry.next++]);
    if (entry.window.length === 0) return;
    const o = choose(entry.window, n);
    entry.window.splice(entry.window.indexOf(o), 1);
    link(o, n);
  });
}

/** Positions of one longest strictly increasing subsequence of `values` (patience sorting). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[l] = position of the smallest tail of an increasing run of length l+1
  const prev = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i !== -1; i = prev[i]) keep.add(i);
  return keep;
}
