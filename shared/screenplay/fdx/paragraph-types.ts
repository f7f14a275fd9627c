/** Final Draft paragraph types ↔ model element types: one table read by the reader and the writer. */
import type { ElementType } from '../model.ts';

/** Reader: FDX paragraph Type → element type (unknown types become action, nothing is dropped). */
export const FDX_TO_ELEMENT: Record<string, ElementType> = {
  'Scene Heading': 'scene_heading',
  Action: 'action',
  General: 'action',
  'Cast List': 'action',
  Character: 'character',
  Parenthetical: 'parenthetical',
  Dialogue: 'dialogue',
  Transition: 'transition',
  Shot: 'shot',
  Lyrics: 'lyrics',
  'New Act': 'centered',
  'End of Act': 'centered',
  // Naskah's own types, written so that a Naskah FDX re-imports without loss.
  Note: 'note',
  Section: 'section',
  Synopsis: 'synopsis',
};

/** Writer: element type → FDX paragraph Type. Centered is Action with Alignment="Center". */
export const ELEMENT_TO_FDX: Record<Exclude<ElementType, 'page_break'>, string> = {
  scene_heading: 'Scene Heading',
  action: 'Action',
  character: 'Character',
  parenthetical: 'Parenthetical',
  dialogue: 'Dialogue',
  transition: 'Transition',
  shot: 'Shot',
  centered: 'Action',
  lyrics: 'Lyrics',
  note: 'Note',
  section: 'Section',
  synopsis: 'Synopsis',
};
