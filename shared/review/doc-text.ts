/**
 * A screenplay flattened to one string (element texts joined by "\n") with the offset of every
 * element and the list of scenes. Quote search and context capture both work on this string, so a
 * short quote such as a character cue can use the neighbouring lines as context.
 */
import type { Screenplay, ScriptElement } from '../screenplay/model.ts';

export const ELEMENT_SEPARATOR = '\n';

export interface DocElement {
  index: number;
  element: ScriptElement;
  /** Offset of the element's first character in DocText.text. */
  offset: number;
  /** Index of the scene the element belongs to, null before the first scene heading. */
  sceneIndex: number | null;
}

export interface DocScene {
  index: number;
  elementIndex: number;
  elementId: string | undefined;
  heading: string;
  offset: number;
}

export interface DocText {
  text: string;
  elements: DocElement[];
  scenes: DocScene[];
  byId: Map<string, DocElement>;
}

export function buildDocText(script: Screenplay): DocText {
  const elements: DocElement[] = [];
  const scenes: DocScene[] = [];
  const byId = new Map<string, DocElement>();
  const parts: string[] = [];
  let offset = 0;
  let sceneIndex: number | null = null;
  script.elements.forEach((element, index) => {
    if (element.type === 'scene_heading') {
      sceneIndex = scenes.length;
      scenes.push({ index: sceneIndex, elementIndex: index, elementId: element.id, heading: element.text, offset });
    }
    const entry: DocElement = { index, element, offset, sceneIndex };
    elements.push(entry);
    if (element.id && !byId.has(element.id)) byId.set(element.id, entry);
    parts.push(element.text);
    offset += element.text.length + ELEMENT_SEPARATOR.length;
  });
  return { text: parts.join(ELEMENT_SEPARATOR), elements, scenes, byId };
}

/** The element containing document offset `pos` (binary search over element offsets). */
export function elementAt(doc: DocText, pos: number): DocElement | undefined {
  let lo = 0;
  let hi = doc.elements.length - 1;
  let found: DocElement | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.elements[mid].offset <= pos) {
      found = doc.elements[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Scene headings compare case- and space-insensitively: "int. rumah  - malam" = "INT. RUMAH - MALAM". */
export function normalizeHeading(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toUpperCase();
}
