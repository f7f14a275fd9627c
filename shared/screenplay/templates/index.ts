/**
 * Starting structures for a new script. Pure data: each template is a list of elements whose
 * writer-facing text (act names, notes on what goes where) is a key the caller translates, so the
 * same structure appears in English, Indonesian or Korean. Placeholders are sections and synopses —
 * elements that never print — plus, for animation, sample lines that show the VO/SFX conventions
 * the sample course teaches. "blank" is the default the new-script dialog's Enter accepts.
 */
import type { ElementType, ScriptElement } from '../model.ts';

export const TEMPLATE_IDS = ['blank', 'feature', 'short', 'tv', 'animation'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
export const DEFAULT_TEMPLATE: TemplateId = 'blank';

/** One step of a structure: an element type and either a translation key or literal text. */
interface Step {
  type: ElementType;
  /** Key under `start:template.<id>.` (translated), or literal text when `literal` is set. */
  key?: string;
  literal?: string;
  depth?: number;
}

const section = (key: string, depth = 1): Step => ({ type: 'section', key, depth });
const note = (key: string): Step => ({ type: 'synopsis', key });

const STRUCTURES: Record<TemplateId, Step[]> = {
  blank: [],
  // Three movements, with the turns a feature usually hangs on.
  feature: [
    section('act1'),
    note('act1Note'),
    section('act2a'),
    note('act2aNote'),
    section('midpoint', 2),
    section('act2b'),
    note('act2bNote'),
    section('act3'),
    note('act3Note'),
  ],
  // One situation, one change: a short has room for little else.
  short: [section('setup'), note('setupNote'), section('turn'), note('turnNote'), section('ending'), note('endingNote')],
  // A cold open before the titles, then acts that each end on a reason to stay past the break.
  tv: [
    section('teaser'),
    note('teaserNote'),
    section('actOne'),
    note('actNote'),
    section('actTwo'),
    note('actNote'),
    section('actThree'),
    note('actNote'),
    section('tag'),
    note('tagNote'),
  ],
  // An episode in three parts, with a narrator cue and a sound written in capitals as examples.
  animation: [
    section('opening'),
    note('openingNote'),
    { type: 'character', key: 'narrator' },
    { type: 'dialogue', key: 'narratorLine' },
    { type: 'action', key: 'sfxLine' },
    section('problem'),
    note('problemNote'),
    section('resolution'),
    note('resolutionNote'),
  ],
};

/** The elements a template starts with; `text(key)` translates `start:template.<id>.<key>`. */
export function templateElements(id: TemplateId, text: (key: string) => string): ScriptElement[] {
  return STRUCTURES[id].map((step) => {
    const el: ScriptElement = { type: step.type, text: step.literal ?? text(`template.${id}.${step.key}`) };
    if (step.depth !== undefined) el.depth = step.depth;
    return el;
  });
}

/** Every translation key the templates use (the translations test checks they exist in each language). */
export function templateKeys(): string[] {
  const keys = new Set<string>();
  for (const id of TEMPLATE_IDS) for (const s of STRUCTURES[id]) if (s.key) keys.add(`template.${id}.${s.key}`);
  return [...keys];
}

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}
