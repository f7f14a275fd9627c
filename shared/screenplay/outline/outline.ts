/**
 * The outline of a script: its scenes as index cards grouped under the sections (acts,
 * sequences) they stand in. Pure, read from the model's elements, so the cards view, tests and
 * any report read the same structure.
 *
 * A scene runs from its heading to the next heading or section; a section's extent runs to the
 * next section of the same or a shallower depth. A synopsis right after a heading (Fountain's
 * `=` line) is the scene's card text; right after a section it describes the section.
 */
import type { ElementType } from '../model.ts';
import { cardColour } from './colour.ts';

/** What the outline reads of an element: the model's ScriptElement and the editor's blocks both fit. */
export interface OutlineElement {
  type: ElementType;
  text: string;
  depth?: number;
  sceneNumber?: string;
}

export interface OutlineCard {
  /** Scene index in script order (0-based). */
  index: number;
  /** Element index of the heading; `end` is the index after the scene's last element. */
  start: number;
  end: number;
  heading: string;
  sceneNumber?: string;
  /** Element index of the scene's synopsis, if it has one. */
  synopsisAt?: number;
  synopsis: string;
  /** The scene's opening text (action or dialogue), for the card's face. */
  firstLines: string;
  /** Index into `sections` of the innermost section the scene stands in, or -1 before any section. */
  section: number;
  colour: string;
}

export interface OutlineSection {
  index: number;
  /** Element index of the section; `end` is the index after its extent (nested sections included). */
  start: number;
  end: number;
  title: string;
  depth: number;
  synopsisAt?: number;
  synopsis: string;
  /** Index into `sections` of the enclosing section, or -1. */
  parent: number;
}

export interface Outline {
  sections: OutlineSection[];
  cards: OutlineCard[];
}

const FIRST_LINES_MAX = 160;
const FACE_TYPES: ReadonlySet<ElementType> = new Set(['action', 'character', 'dialogue', 'parenthetical', 'centered', 'lyrics', 'shot']);

export function buildOutline(elements: readonly OutlineElement[]): Outline {
  const sections: OutlineSection[] = [];
  const cards: OutlineCard[] = [];
  // Open sections, innermost last: a new section closes the ones at its depth or deeper.
  const open: OutlineSection[] = [];
  let card: OutlineCard | null = null;
  const closeCard = (at: number) => {
    if (card) card.end = at;
    card = null;
  };
  elements.forEach((el, i) => {
    if (el.type === 'section') {
      closeCard(i);
      const depth = el.depth ?? 1;
      while (open.length && open[open.length - 1].depth >= depth) open.pop()!.end = i;
      const parent = open.length ? open[open.length - 1].index : -1;
      const s: OutlineSection = { index: sections.length, start: i, end: elements.length, title: el.text, depth, synopsis: '', parent };
      if (elements[i + 1]?.type === 'synopsis') {
        s.synopsisAt = i + 1;
        s.synopsis = elements[i + 1].text;
      }
      sections.push(s);
      open.push(s);
      return;
    }
    if (el.type === 'scene_heading') {
      closeCard(i);
      const section = open.length ? open[open.length - 1].index : -1;
      card = { index: cards.length, start: i, end: elements.length, heading: el.text, sceneNumber: el.sceneNumber, synopsis: '', firstLines: '', section, colour: '' };
      cards.push(card);
      return;
    }
    if (!card) return;
    if (el.type === 'synopsis' && card.synopsisAt === undefined && card.firstLines === '') {
      card.synopsisAt = i;
      card.synopsis = el.text;
    } else if (FACE_TYPES.has(el.type) && card.firstLines.length < FIRST_LINES_MAX) {
      const joined = card.firstLines ? `${card.firstLines} ${el.text}` : el.text;
      card.firstLines = joined.length > FIRST_LINES_MAX ? `${joined.slice(0, FIRST_LINES_MAX - 1)}…` : joined;
    }
  });
  for (const c of cards) c.colour = cardColour(topSection(sections, c.section));
  return { sections, cards };
}

/** The outermost section above section `i` (its act), or -1. */
export function topSection(sections: readonly OutlineSection[], i: number): number {
  let at = i;
  while (at >= 0 && sections[at].parent >= 0) at = sections[at].parent;
  return at;
}
