/**
 * The one boundary between Slate's value and the shared screenplay model. Marks become leaf
 * flags and back; ids pass through so review anchors and React keys stay stable.
 */
import { normaliseMarks } from '../../shared/screenplay/fountain/inline.ts';
import { newElementId } from '../../shared/screenplay/ids.ts';
import { MARK_STYLES, type Mark, type RevisionMark, type Screenplay, type ScriptElement } from '../../shared/screenplay/model.ts';
import { normaliseRevision, revisedRuns } from '../../shared/screenplay/revisions/runs.ts';
import type { ScriptBlock, ScriptText } from './types.ts';

function leaves(el: ScriptElement): ScriptText[] {
  const marks = el.marks ?? [];
  const revised = revisedRuns(el);
  if (marks.length === 0 && revised.length === 0) return [{ text: el.text }];
  const cuts = new Set([0, el.text.length]);
  for (const m of [...marks, ...revised]) {
    cuts.add(Math.min(m.start, el.text.length));
    cuts.add(Math.min(m.end, el.text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ScriptText[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const leaf: ScriptText = { text: el.text.slice(a, b) };
    for (const m of marks) if (m.start <= a && m.end >= b) leaf[m.style] = true;
    const set = revised.find((r) => r.start <= a && r.end >= b)?.set;
    if (set) leaf.revision = set;
    out.push(leaf);
  }
  return out.length ? out : [{ text: '' }];
}

export function toSlate(script: Screenplay): ScriptBlock[] {
  const blocks = script.elements.map((el): ScriptBlock => {
    const block: ScriptBlock = { type: el.type, id: el.id ?? newElementId(), children: leaves(el) };
    if (el.sceneNumber !== undefined) block.sceneNumber = el.sceneNumber;
    if (el.depth !== undefined) block.depth = el.depth;
    if (el.dual) block.dual = true;
    if (el.fdxType !== undefined) block.fdxType = el.fdxType;
    return block;
  });
  return blocks.length ? blocks : [{ type: 'scene_heading', id: newElementId(), children: [{ text: '' }] }];
}

export function blockToElement(block: ScriptBlock): ScriptElement {
  let text = '';
  const marks: Mark[] = [];
  let revised: RevisionMark[] | undefined;
  for (const leaf of block.children) {
    const start = text.length;
    text += leaf.text;
    for (const style of MARK_STYLES) if (leaf[style] && leaf.text) marks.push({ start, end: text.length, style });
    if (leaf.revision && leaf.text) (revised ??= []).push({ start, end: text.length, set: leaf.revision });
  }
  let el: ScriptElement = { id: block.id, type: block.type, text };
  const merged = normaliseMarks(marks);
  if (merged.length) el.marks = merged;
  if (block.sceneNumber !== undefined) el.sceneNumber = block.sceneNumber;
  if (block.depth !== undefined) el.depth = block.depth;
  if (block.dual) el.dual = true;
  if (block.fdxType !== undefined) el.fdxType = block.fdxType;
  if (revised) {
    el.revisionMarks = revised;
    el = normaliseRevision(el);
  }
  return el;
}

// Slate never mutates a node: an edited block is a new object. So each block's element is
// computed once and reused, and reading a 12,000-block script after a keystroke converts one block.
// The cached elements are shared, so consumers of fromSlate() must treat them as read-only.
const converted = new WeakMap<ScriptBlock, ScriptElement>();

function cachedElement(block: ScriptBlock): ScriptElement {
  let el = converted.get(block);
  if (!el) {
    el = blockToElement(block);
    converted.set(block, el);
  }
  return el;
}

export function fromSlate(blocks: readonly ScriptBlock[], titlePage: Screenplay['titlePage']): Screenplay {
  return { version: 1, titlePage, elements: blocks.map(cachedElement) };
}
