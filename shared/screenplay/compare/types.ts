/**
 * What a comparison of two drafts says (the shape `naskah diff --json` prints, documented in
 * docs/file-formats.md, and what the app's compare view draws). Scenes are numbered 1… in script
 * order (0 is whatever stands before the first scene heading); element indexes are 0-based
 * positions in the draft's `elements`, as `naskah check` reports them.
 */
import type { ElementType } from '../model.ts';

/** One element as it stands in one of the two drafts. */
export interface ElementRef {
  index: number;
  type: ElementType;
  text: string;
}

/** A run of a changed element's text: kept in both, only in the old draft, or only in the new. */
export interface WordRun {
  op: 'equal' | 'removed' | 'added';
  text: string;
}

export type ElementChange =
  | { change: 'added'; new: ElementRef }
  | { change: 'removed'; old: ElementRef }
  /** Same place in the scene, other text or type; `words` rebuilds both texts (equal+removed = old, equal+added = new). */
  | { change: 'changed'; old: ElementRef; new: ElementRef; words: WordRun[] };

/** A scene as it stands in one draft. */
export interface SceneRef {
  /** 1… in script order; 0 for the elements before the first scene heading. */
  scene: number;
  /** Index of its heading in `elements` (of its first element for scene 0). */
  index: number;
  heading: string;
}

/**
 * One scene of either draft. `matched` scenes are in both, in the same order relative to the
 * others; `moved` ones are in both but changed place; `added`/`removed` are in one draft only.
 * `elements` lists what changed inside (for added/removed scenes: every element).
 */
export interface SceneDiff {
  change: 'matched' | 'moved' | 'added' | 'removed';
  old: SceneRef | null;
  new: SceneRef | null;
  elements: ElementChange[];
}

export interface TitleFieldChange {
  change: 'added' | 'removed' | 'changed';
  key: string;
  old: string | null;
  new: string | null;
}

export interface DiffSummary {
  scenesMoved: number;
  scenesAdded: number;
  scenesRemoved: number;
  elementsAdded: number;
  elementsRemoved: number;
  elementsChanged: number;
  titlePage: number;
}

export interface ScriptDiff {
  /** Version of this shape; bumps only when a field changes meaning. */
  version: 1;
  changed: boolean;
  summary: DiffSummary;
  titlePage: TitleFieldChange[];
  /** Every scene of the new draft in its order, with removed scenes where they stood in the old one. */
  scenes: SceneDiff[];
}
