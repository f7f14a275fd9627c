/**
 * The screenplay model: the one in-memory shape every part of Naskah speaks
 * (editor, parsers, writers, layout, stats). Its JSON form is contract 2 in
 * ARCHITECTURE.md, so field names here are part of a public format.
 */
import type { ScriptLayout } from './script-layout.ts';
import type { RevisionMark, RevisionSet } from './revisions/types.ts';

export type { RevisionMark, RevisionSet } from './revisions/types.ts';

export const ELEMENT_TYPES = [
  'scene_heading',
  'action',
  'character',
  'parenthetical',
  'dialogue',
  'transition',
  'shot',
  'centered',
  'lyrics',
  'note',
  'section',
  'synopsis',
  'page_break',
] as const;

export type ElementType = (typeof ELEMENT_TYPES)[number];

export const MARK_STYLES = ['bold', 'italic', 'underline'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/** Emphasis over text[start, end) of one element (UTF-16 offsets, as JavaScript strings count). */
export interface Mark {
  start: number;
  end: number;
  style: MarkStyle;
}

export interface ScriptElement {
  /** Stable id inside the app (review anchors, editor keys). Never written to the JSON contract. */
  id?: string;
  type: ElementType;
  /** Visible text without markup; line breaks inside an element as "\n". */
  text: string;
  marks?: Mark[];
  /** Scene headings, and shots numbered as scenes (Final Draft): a forced or assigned scene number such as "12A". */
  sceneNumber?: string;
  /** Sections only: 1 for "#", 2 for "##", … */
  depth?: number;
  /** The second character of a dual-dialogue pair and the lines spoken under it. */
  dual?: true;
  /**
   * The Final Draft element type this element was read from, where its own type would be written
   * as another ("General", "Cast List", "New Act", "End of Act", "Cold Opening", a template's own
   * types; "Title" on the synopsis that holds an index card's title): written back to FDX.
   */
  fdxType?: string;
  /** The revision set that last changed the whole element (revisions/runs.ts keeps the canonical form). */
  revision?: number;
  /** Revised runs inside the text, like `marks`. */
  revisionMarks?: RevisionMark[];
}

export interface TitleField {
  key: string;
  value: string;
}

export interface Screenplay {
  version: 1;
  titlePage: TitleField[];
  elements: ScriptElement[];
  /** Page and element settings read from a Final Draft file; printing that script uses them (script-layout.ts). */
  layout?: ScriptLayout;
  /** The scene numbers are locked (scene-numbers/lock.ts): every heading's `sceneNumber` is kept and printed as it is. */
  lockedSceneNumbers?: true;
  /** Revision sets in the order they were started; the last is the current one (revisions/sets.ts). */
  revisions?: RevisionSet[];
  /**
   * Revision mode was on when the script was last saved: opening it again resumes marking with the
   * current set (Final Draft keeps the same switch as `<Revisions RevisionMode="Yes">`).
   */
  revisionMode?: true;
}

export function emptyScreenplay(): Screenplay {
  return { version: 1, titlePage: [], elements: [] };
}


/** The title of a script: the one title rule lives in rules/title.ts. */
export { titleOf } from './rules/title.ts';
