/** Cheap counts for the library list and the editor status bar (no layout needed). */
import type { Screenplay } from './model.ts';

export function countScenes(script: Screenplay): number {
  let n = 0;
  for (const el of script.elements) if (el.type === 'scene_heading') n++;
  return n;
}

/** Words of printed text: notes, sections and synopses are the writer's, not the script's. */
const UNPRINTED = new Set(['note', 'section', 'synopsis', 'page_break']);

export function countWords(script: Screenplay): number {
  let n = 0;
  for (const el of script.elements) {
    if (UNPRINTED.has(el.type)) continue;
    const m = el.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
    if (m) n += m.length;
  }
  return n;
}
