/**
 * What changed inside one scene that is in both drafts: the element sequences are diffed (same
 * type and text = same element) and, where elements went and others came in the same place,
 * those are paired into "changed" elements when they are the same kind of element or share most
 * of their words; the rest are added or removed.
 */
import type { ScriptElement } from '../model.ts';
import { dice, wordSet } from './similarity.ts';
import { diffSequences } from './sequence-diff.ts';
import type { SceneBlock } from './scenes.ts';
import type { ElementChange, ElementRef } from './types.ts';
import { wordDiff } from './words.ts';

/** Bounds one scene's diff; a scene has tens of elements, this only stops hostile input. */
const SCENE_DIFF_TIMEOUT_S = 0.1;
/** Elements of different types sharing this much of their words are one element retyped. */
const RETYPED_WORDS = 0.6;

export function refOf(elements: readonly ScriptElement[], index: number): ElementRef {
  const e = elements[index];
  return { index, type: e.type, text: e.text };
}

export function diffSceneElements(oldEls: readonly ScriptElement[], oldScene: SceneBlock, newEls: readonly ScriptElement[], newScene: SceneBlock): ElementChange[] {
  if (oldScene.content === newScene.content) return [];
  const changes: ElementChange[] = [];
  const runs = diffSequences(oldScene.keys, newScene.keys, SCENE_DIFF_TIMEOUT_S);
  let gone: number[] = [];
  let came: number[] = [];
  const flush = () => {
    pairUp(gone, came, oldEls, newEls, changes);
    gone = [];
    came = [];
  };
  for (const run of runs) {
    if (run.op === 'equal') {
      flush();
      continue;
    }
    for (let i = run.aFrom; i < run.aTo; i++) gone.push(oldScene.from + i);
    for (let j = run.bFrom; j < run.bTo; j++) came.push(newScene.from + j);
  }
  flush();
  return changes;
}

/** Pairs the elements that went with those that came in their place, in order. */
function pairUp(gone: number[], came: number[], oldEls: readonly ScriptElement[], newEls: readonly ScriptElement[], out: ElementChange[]): void {
  let i = 0;
  let j = 0;
  while (i < gone.length && j < came.length) {
    const a = oldEls[gone[i]];
    const b = newEls[came[j]];
    const alike = a.type === b.type || dice(wordSet([a.text]), wordSet([b.text])) >= RETYPED_WORDS;
    const leftGone = gone.length - i;
    const leftCame = came.length - j;
    if (alike || leftGone === leftCame) {
      out.push({ change: 'changed', old: refOf(oldEls, gone[i]), new: refOf(newEls, came[j]), words: wordDiff(a.text, b.text) });
      i++;
      j++;
    } else if (leftGone > leftCame) out.push({ change: 'removed', old: refOf(oldEls, gone[i++]) });
    else out.push({ change: 'added', new: refOf(newEls, came[j++]) });
  }
  while (i < gone.length) out.push({ change: 'removed', old: refOf(oldEls, gone[i++]) });
  while (j < came.length) out.push({ change: 'added', new: refOf(newEls, came[j++]) });
}
