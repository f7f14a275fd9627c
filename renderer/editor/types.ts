/** Slate's custom types for Naskah: one block per screenplay element, text leaves with marks. */
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { ElementType, TitleField } from '../../shared/screenplay/model.ts';
import type { PageTurn } from './page-marks.ts';

export interface ScriptBlock {
  type: ElementType;
  id: string;
  sceneNumber?: string;
  depth?: number;
  dual?: true;
  /** Kept for the FDX writer (model.ts); it writes it only while the block's type still fits it. */
  fdxType?: string;
  children: ScriptText[];
}

export interface ScriptText {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  /** The revision set that last changed this run (model: revisionMarks); set by revision mode (revisions/with-revision-mode.ts). */
  revision?: number;
  /** Set by the spelling decorations only (spelling/decorate.ts), never stored. */
  spell?: true;
  /** Only on leaves drawn from a decoration (page-turns.ts), never on the document's texts: a page starts here. */
  pageTurn?: PageTurn;
  /** With pageTurn: where in the text node the page starts (the turn's range runs on to the node's end). */
  pageTurnAt?: number;
}

export type ScreenplayEditor = BaseEditor &
  ReactEditor &
  HistoryEditor & {
    afterDialogue: 'action' | 'character';
    /** The script's scene numbers are locked (locked-numbers.ts): new headings get A/B numbers, deleted ones stay OMITTED. */
    lockedSceneNumbers?: boolean;
    /** Takes a pasted Fountain title page into the script's (paste.ts); returns the fields it could not take. */
    pasteTitlePage?: (fields: TitleField[]) => TitleField[];
    /** Revision mode: the set typed text is marked with, or null when the mode is off. */
    revisionSet?: number | null;
  };

declare module 'slate' {
  interface CustomTypes {
    Editor: ScreenplayEditor;
    Element: ScriptBlock;
    Text: ScriptText;
  }
}
