/**
 * Re-attaches comments made on a frozen draft to the draft as it is now. Each comment is tried,
 * in order: by element id (verifying the quote, following it if it moved inside the line), by
 * quote anywhere in the script (exact first, then approximate with its context), by its scene's
 * heading, and otherwise it is detached — a comment is never dropped.
 */
import type { Screenplay } from '../screenplay/model.ts';
import type { Anchor, Placement, SceneAnchor, TextAnchor } from './anchor.ts';
import { buildDocText, elementAt, normalizeHeading, type DocElement, type DocScene, type DocText } from './doc-text.ts';
import { fuzzyLocate, similarity } from './fuzzy.ts';
import { makeTextAnchor } from './make-anchor.ts';
import { candidateElements } from './word-index.ts';

/** Below this similarity an approximate match is more likely wrong than helpful. */
export const MIN_SIMILARITY = 0.6;
/** A heading edited this little ("RUMAH" → "RUMAH BUDI") still names the same scene. */
const MIN_HEADING_SIMILARITY = 0.75;
/** Quotes shorter than this are too common ("Ya.", "BUDI") to be placed away from their line without context. */
const SHORT_QUOTE = 8;
/** Context characters that must agree before a short quote may be placed elsewhere. */
const MIN_CONTEXT_FOR_SHORT = 4;
/** Upper bound on exact occurrences examined, so a one-letter quote cannot stall an import. */
const MAX_OCCURRENCES = 5_000;
/** Lines examined approximately for a lost quote (chosen by shared words). */
const CANDIDATE_LINES = 12;

export interface Reanchored {
  placement: Placement;
  /**
   * The anchor to keep: refreshed against the current draft when the quote was found (so the next
   * edit starts from here), otherwise the original one (so its quote can still be found later).
   */
  anchor: Anchor;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How many characters of the stored context agree with the text around [from, to) of the document. */
function contextScore(doc: DocText, from: number, to: number, anchor: TextAnchor): number {
  const before = doc.text.slice(Math.max(0, from - anchor.prefix.length), from);
  const after = doc.text.slice(to, to + anchor.suffix.length);
  return commonSuffix(before, anchor.prefix) + commonPrefix(after, anchor.suffix);
}

interface Candidate {
  entry: DocElement;
  start: number;
  end: number;
  context: number;
  distance: number;
}

/** The better of two candidates: more agreeing context first, then nearer to where it was expected. */
function better(a: Candidate | undefined, b: Candidate): Candidate {
  if (!a) return b;
  if (b.context !== a.context) return b.context > a.context ? b : a;
  return b.distance < a.distance ? b : a;
}

/** Exact occurrences of the quote in one element's text, best one by context and nearness. */
function bestInElement(doc: DocText, entry: DocElement, anchor: TextAnchor): Candidate | undefined {
  const text = entry.element.text;
  let best: Candidate | undefined;
  let count = 0;
  for (let i = text.indexOf(anchor.quote); i >= 0 && count < MAX_OCCURRENCES; i = text.indexOf(anchor.quote, i + 1), count++) {
    const from = entry.offset + i;
    const to = from + anchor.quote.length;
    best = better(best, { entry, start: i, end: i + anchor.quote.length, context: contextScore(doc, from, to, anchor), distance: Math.abs(i - anchor.start) });
  }
  return best;
}

/** Exact occurrences anywhere in the script that lie inside a single element. */
function bestInDocument(doc: DocText, anchor: TextAnchor, expected: number, skip?: DocElement): Candidate | undefined {
  let best: Candidate | undefined;
  let count = 0;
  const q = anchor.quote;
  for (let pos = doc.text.indexOf(q); pos >= 0 && count < MAX_OCCURRENCES; pos = doc.text.indexOf(q, pos + 1), count++) {
    const entry = elementAt(doc, pos);
    if (!entry || entry === skip) continue;
    const start = pos - entry.offset;
    if (start + q.length > entry.element.text.length) continue;
    best = better(best, { entry, start, end: start + q.length, context: contextScore(doc, pos, pos + q.length, anchor), distance: Math.abs(pos - expected) });
  }
  return best;
}

/** The scene a heading text (or, failing that, a near-identical heading) names, nearest to its old index. */
export function findScene(doc: DocText, heading: string | null, sceneIndex: number | null): DocScene | undefined {
  if (heading === null) return undefined;
  const wanted = normalizeHeading(heading);
  const near = (s: DocScene) => Math.abs(s.index - (sceneIndex ?? 0));
  let best: DocScene | undefined;
  for (const s of doc.scenes) {
    if (normalizeHeading(s.heading) === wanted && (!best || near(s) < near(best))) best = s;
  }
  if (best || !wanted) return best;
  let bestSim = MIN_HEADING_SIMILARITY;
  for (const s of doc.scenes) {
    const sim = similarity(normalizeHeading(s.heading), wanted);
    if (sim > bestSim || (sim === bestSim && best && near(s) < near(best))) {
      bestSim = sim;
      best = s;
    }
  }
  return best;
}

/** Where in the document a lost quote should be looked for first: its scene, else the start. */
function expectedOffset(doc: DocText, anchor: TextAnchor): number {
  const scene = findScene(doc, anchor.sceneHeadingText, anchor.sceneIndex);
  if (scene) return scene.offset;
  if (anchor.sceneIndex !== null && doc.scenes.length > 0) return doc.scenes[Math.min(anchor.sceneIndex, doc.scenes.length - 1)].offset;
  return 0;
}

/**
 * The best approximate match of a lost quote: among the lines sharing most words with it, the one
 * where the quote matches most closely (then: more agreeing context, then nearer its old scene).
 */
function bestApproximate(doc: DocText, anchor: TextAnchor, expected: number): (Candidate & { similarity: number }) | undefined {
  let best: (Candidate & { similarity: number }) | undefined;
  // The context's words help choose between lines that say nearly the same thing.
  for (const entry of candidateElements(doc, `${anchor.prefix} ${anchor.quote} ${anchor.suffix}`, CANDIDATE_LINES)) {
    const text = entry.element.text;
    const hit = fuzzyLocate(text, anchor.quote, 0, { threshold: 0.5, distance: Math.max(100, text.length) });
    if (!hit || hit.similarity < MIN_SIMILARITY || hit.end <= hit.start) continue;
    const from = entry.offset + hit.start;
    const candidate = {
      entry,
      start: hit.start,
      end: hit.end,
      similarity: hit.similarity,
      context: contextScore(doc, from, entry.offset + hit.end, anchor),
      distance: Math.abs(from - expected),
    };
    if (!best || candidate.similarity > best.similarity + 1e-9 || (Math.abs(candidate.similarity - best.similarity) <= 1e-9 && better(best, candidate) === candidate)) {
      best = candidate;
    }
  }
  return best;
}

function placed(
  doc: DocText,
  original: TextAnchor,
  entry: DocElement,
  start: number,
  end: number,
  status: 'exact' | 'moved' | 'fuzzy',
  sim: number,
): Reanchored {
  const id = entry.element.id ?? null;
  const refreshed = id ? makeTextAnchor(doc, id, start, end) : undefined;
  return {
    placement: { status, elementId: id, start, end, similarity: sim },
    anchor: refreshed?.ok ? refreshed.value : original,
  };
}

function detached(anchor: Anchor): Reanchored {
  return { placement: { status: 'detached', elementId: null, start: null, end: null, similarity: 0 }, anchor };
}

function onScene(anchor: Anchor, scene: DocScene | undefined): Reanchored {
  if (!scene?.elementId) return detached(anchor);
  return { placement: { status: 'scene', elementId: scene.elementId, start: null, end: null, similarity: 0 }, anchor };
}

/** Milliseconds one batch may spend on approximate search before the rest skip it (exact steps always run). */
export const FUZZY_BUDGET_MS = 5_000;

function reanchorText(doc: DocText, anchor: TextAnchor, deadline: number): Reanchored {
  const fuzzyAllowed = () => Date.now() < deadline;
  const entry = doc.byId.get(anchor.elementId);
  const quote = anchor.quote;

  if (entry) {
    const text = entry.element.text;
    // A comment on a position rather than on text (empty selection) only needs its line.
    if (quote === '') {
      const at = Math.min(anchor.start, text.length);
      return placed(doc, anchor, entry, at, at, at === anchor.start ? 'exact' : 'moved', 1);
    }
    if (text.slice(anchor.start, anchor.end) === quote) return placed(doc, anchor, entry, anchor.start, anchor.end, 'exact', 1);
    const inLine = bestInElement(doc, entry, anchor);
    if (inLine) return placed(doc, anchor, entry, inLine.start, inLine.end, 'moved', 1);
    const hit = fuzzyAllowed() ? fuzzyLocate(text, quote, anchor.start, { threshold: 0.5, distance: Math.max(100, text.length) }) : null;
    if (hit && hit.similarity >= MIN_SIMILARITY && hit.end > hit.start) {
      return placed(doc, anchor, entry, hit.start, hit.end, 'fuzzy', hit.similarity);
    }
    // The line was split or merged: the exact quote may now sit in a neighbour. Only trust that
    // when the quote is distinctive or its context agrees.
    const elsewhere = bestInDocument(doc, anchor, entry.offset + anchor.start, entry);
    if (elsewhere && (quote.length >= SHORT_QUOTE || elsewhere.context >= MIN_CONTEXT_FOR_SHORT)) {
      return placed(doc, anchor, elsewhere.entry, elsewhere.start, elsewhere.end, 'moved', 1);
    }
    // Still the same line, rewritten beyond recognition: the note stays on it.
    return {
      placement: { status: 'element', elementId: anchor.elementId, start: 0, end: text.length, similarity: similarity(quote, text) },
      anchor,
    };
  }

  if (quote !== '') {
    const expected = expectedOffset(doc, anchor);
    const exact = bestInDocument(doc, anchor, expected);
    if (exact && (quote.length >= SHORT_QUOTE || exact.context >= MIN_CONTEXT_FOR_SHORT)) {
      return placed(doc, anchor, exact.entry, exact.start, exact.end, 'moved', 1);
    }
    if (quote.length >= SHORT_QUOTE && fuzzyAllowed()) {
      const hit = bestApproximate(doc, anchor, expected);
      if (hit) return placed(doc, anchor, hit.entry, hit.start, hit.end, 'fuzzy', hit.similarity);
    }
  }
  return onScene(anchor, findScene(doc, anchor.sceneHeadingText, anchor.sceneIndex));
}

function reanchorScene(doc: DocText, anchor: SceneAnchor): Reanchored {
  const entry = doc.byId.get(anchor.elementId);
  if (entry && entry.element.type === 'scene_heading') {
    return { placement: { status: 'exact', elementId: anchor.elementId, start: null, end: null, similarity: 1 }, anchor };
  }
  const scene = findScene(doc, anchor.sceneHeadingText, anchor.sceneIndex);
  if (!scene?.elementId) return detached(anchor);
  return {
    placement: { status: 'moved', elementId: scene.elementId, start: null, end: null, similarity: 1 },
    anchor: { ...anchor, elementId: scene.elementId, sceneHeadingText: scene.heading, sceneIndex: scene.index },
  };
}

/**
 * Re-anchors one comment in a flattened draft. `deadline` (a Date.now() value) bounds the time a
 * batch spends on approximate search: a hostile file with thousands of long quotes cannot stall
 * an import; past it, comments still get every exact step and their scene.
 */
export function reanchorIn(doc: DocText, anchor: Anchor, deadline = Date.now() + FUZZY_BUDGET_MS): Reanchored {
  switch (anchor.kind) {
    case 'general':
      return { placement: { status: 'general', elementId: null, start: null, end: null, similarity: 1 }, anchor };
    case 'scene':
      return reanchorScene(doc, anchor);
    case 'text':
      return reanchorText(doc, anchor, deadline);
  }
}

/** Re-anchors many comments against one draft (the draft is flattened once). */
export function reanchorAll(script: Screenplay, anchors: readonly Anchor[], budgetMs = FUZZY_BUDGET_MS): Reanchored[] {
  const doc = buildDocText(script);
  const deadline = Date.now() + budgetMs;
  return anchors.map((a) => reanchorIn(doc, a, deadline));
}

export function reanchor(script: Screenplay, anchor: Anchor): Reanchored {
  return reanchorIn(buildDocText(script), anchor);
}
