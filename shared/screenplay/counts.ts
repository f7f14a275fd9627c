/** Cheap counts for the library list and the editor status bar (no layout needed). */
import type { Screenplay, ScriptElement } from './model.ts';

export function countScenes(script: Screenplay): number {
  let n = 0;
  for (const el of script.elements) if (el.type === 'scene_heading') n++;
  return n;
}

/** Words of printed text: notes, sections and synopses are the writer's, not the script's. */
const UNPRINTED = new Set(['note', 'section', 'synopsis', 'page_break']);

/** Printed words of one element (0 for the writer's own notes, sections and synopses). */
export function wordsOf(el: ScriptElement): number {
  if (UNPRINTED.has(el.type)) return 0;
  return el.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

export function countWords(script: Screenplay): number {
  let n = 0;
  for (const el of script.elements) n += wordsOf(el);
  return n;
}
