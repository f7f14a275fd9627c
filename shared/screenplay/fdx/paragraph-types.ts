/**
 * Final Draft paragraph types ↔ model element types: one table read by the reader and the writer.
 * A Final Draft type that is not the one the element's own type writes (General, Cast List,
 * New Act, a template's own types …) is kept in the element's `fdxType` and written back, so
 * Final Draft's elements survive FDX → FDX.
 */
import type { ElementType, ScriptElement } from '../model.ts';

/** Reader: FDX paragraph Type → element type. */
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
  // Television templates: act and teaser cards, centred on their own.
  'New Act': 'centered',
  'End of Act': 'centered',
  'Cold Opening': 'centered',
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

/** How a template's own element type is laid out, from the file's `<ElementSettings>`. */
export interface CustomTypeSettings {
  alignment?: string;
}

/**
 * Reader: the element type (and `fdxType` to keep) of a paragraph. A type of the template's own
 * reads as its settings say: centred ones as centered, the rest as action (never as a speech or
 * a scene, which would change the script's structure).
 */
export function readParagraphType(fdxType: string, alignment: string, custom?: CustomTypeSettings): { type: ElementType; fdxType?: string } {
  let type: ElementType = FDX_TO_ELEMENT[fdxType] ?? (custom?.alignment === 'Center' ? 'centered' : 'action');
  if (type === 'action' && alignment === 'Center') type = 'centered';
  const keep = type !== 'page_break' && ELEMENT_TO_FDX[type] !== fdxType && fdxType !== '';
  return keep ? { type, fdxType } : { type };
}

/** Writer: the Type to write, and whether the paragraph needs Alignment="Center" to read back as it is. */
export function writeParagraphType(el: ScriptElement): { type: string; centre: boolean } {
  const own = ELEMENT_TO_FDX[el.type as Exclude<ElementType, 'page_break'>];
  const kept = el.fdxType;
  // A kept type is written only while the element is still what that type reads as: an element
  // whose type was changed in the editor is written as its new type.
  if (kept && kept !== 'Title') {
    const known = FDX_TO_ELEMENT[kept];
    const fits = known ? known === el.type || (known === 'action' && el.type === 'centered') : el.type === 'action' || el.type === 'centered';
    if (fits) return { type: kept, centre: el.type === 'centered' && known !== 'centered' };
  }
  return { type: own, centre: el.type === 'centered' };
}
