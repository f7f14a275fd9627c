/**
 * Compares two drafts scene by scene (the one entry point: `naskah diff`, the compare view).
 * Pure and linear-ish: scenes are matched by content, heading and shared words (match-scenes.ts),
 * elements inside matched scenes by a sequence diff (elements.ts), changed lines word by word.
 */
import type { Screenplay, TitleField } from '../model.ts';
import { diffSceneElements, refOf } from './elements.ts';
import { matchScenes } from './match-scenes.ts';
import { splitScenes, type SceneBlock } from './scenes.ts';
import type { DiffSummary, ElementChange, SceneDiff, SceneRef, ScriptDiff, TitleFieldChange } from './types.ts';

export type * from './types.ts';

export function diffScreenplays(oldScript: Screenplay, newScript: Screenplay): ScriptDiff {
  const oldEls = oldScript.elements;
  const newEls = newScript.elements;
  const oldBlocks = splitScenes(oldEls);
  const newBlocks = splitScenes(newEls);
  const textsOf = (els: typeof oldEls) => (b: SceneBlock) => els.slice(b.from, b.to).map((e) => e.text);
  const pairs = matchScenes(oldBlocks, newBlocks, { old: textsOf(oldEls), new: textsOf(newEls) });

  const pairOfNew = new Map(pairs.map((p) => [p.new, p]));
  const matchedOld = new Set(pairs.map((p) => p.old));
  const ref = (b: SceneBlock): SceneRef => ({ scene: b.scene, index: b.from, heading: b.heading });
  const whole = (b: SceneBlock, side: 'old' | 'new'): ElementChange[] => {
    const out: ElementChange[] = [];
    for (let i = b.from; i < b.to; i++) out.push(side === 'old' ? { change: 'removed', old: refOf(oldEls, i) } : { change: 'added', new: refOf(newEls, i) });
    return out;
  };

  // Removed scenes are listed where they stood: before the next old scene that stayed in place
  // (and before scenes added at the same spot, so a replaced scene reads "removed, added").
  const nextStayed = new Array<number>(newBlocks.length + 1).fill(oldBlocks.length);
  for (let n = newBlocks.length - 1; n >= 0; n--) {
    const p = pairOfNew.get(n);
    nextStayed[n] = p && !p.moved ? p.old : nextStayed[n + 1];
  }
  const scenes: SceneDiff[] = [];
  let nextOld = 0;
  const removedUpTo = (end: number) => {
    for (; nextOld < end; nextOld++) {
      if (!matchedOld.has(nextOld)) scenes.push({ change: 'removed', old: ref(oldBlocks[nextOld]), new: null, elements: whole(oldBlocks[nextOld], 'old') });
    }
  };
  newBlocks.forEach((nb, n) => {
    const pair = pairOfNew.get(n);
    if (!pair) {
      removedUpTo(nextStayed[n]);
      scenes.push({ change: 'added', old: null, new: ref(nb), elements: whole(nb, 'new') });
      return;
    }
    const ob = oldBlocks[pair.old];
    if (!pair.moved) removedUpTo(pair.old + 1);
    scenes.push({ change: pair.moved ? 'moved' : 'matched', old: ref(ob), new: ref(nb), elements: diffSceneElements(oldEls, ob, newEls, nb) });
  });
  removedUpTo(oldBlocks.length);

  const titlePage = diffTitlePage(oldScript.titlePage, newScript.titlePage);
  const summary = summarize(scenes, titlePage);
  const changed = titlePage.length > 0 || scenes.some((s) => s.change !== 'matched' || s.elements.length > 0);
  return { version: 1, changed, summary, titlePage, scenes };
}

/** Title-page fields by key (the k-th field of a key with the k-th of the same key). */
export function diffTitlePage(oldFields: readonly TitleField[], newFields: readonly TitleField[]): TitleFieldChange[] {
  const group = (fields: readonly TitleField[]) => {
    const m = new Map<string, string[]>();
    for (const f of fields) m.set(f.key, [...(m.get(f.key) ?? []), f.value]);
    return m;
  };
  const a = group(oldFields);
  const b = group(newFields);
  const out: TitleFieldChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const av = a.get(key) ?? [];
    const bv = b.get(key) ?? [];
    for (let k = 0; k < Math.max(av.length, bv.length); k++) {
      const o = av[k] ?? null;
      const n = bv[k] ?? null;
      if (o === n) continue;
      out.push({ change: o === null ? 'added' : n === null ? 'removed' : 'changed', key, old: o, new: n });
    }
  }
  return out;
}

function summarize(scenes: readonly SceneDiff[], titlePage: readonly TitleFieldChange[]): DiffSummary {
  const s: DiffSummary = { scenesMoved: 0, scenesAdded: 0, scenesRemoved: 0, elementsAdded: 0, elementsRemoved: 0, elementsChanged: 0, titlePage: titlePage.length };
  for (const scene of scenes) {
    if (scene.change === 'moved') s.scenesMoved++;
    else if (scene.change === 'added') s.scenesAdded++;
    else if (scene.change === 'removed') s.scenesRemoved++;
    for (const e of scene.elements) {
      if (e.change === 'added') s.elementsAdded++;
      else if (e.change === 'removed') s.elementsRemoved++;
      else s.elementsChanged++;
    }
  }
  return s;
}

/** The same diff with only the scenes that changed (moved, added, removed, or changed inside): what `naskah diff` prints. */
export function changesOnly(diff: ScriptDiff): ScriptDiff {
  return { ...diff, scenes: diff.scenes.filter((s) => s.change !== 'matched' || s.elements.length > 0) };
}
