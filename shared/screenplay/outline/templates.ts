/**
 * Structure templates: skeletons of sections with a synopsis each that a writer starts from or
 * lays over a draft. Pure data: titles and synopses are keys of the `cards` namespace, so every UI
 * language has its own words (the beat sheet is written in our own words, after the common
 * fifteen-beat shape, not copied from any book).
 */
import type { ScriptElement } from '../model.ts';

export const STRUCTURE_TEMPLATES = ['threeActs', 'eightSequences', 'fifteenBeats'] as const;
export type StructureTemplate = (typeof STRUCTURE_TEMPLATES)[number];

interface TemplatePart {
  /** Key prefix in the `cards` namespace: `<key>.title` and `<key>.synopsis`. */
  key: string;
  depth: number;
}

const acts = (n: number): TemplatePart => ({ key: `structure.act${n}`, depth: 1 });

export const TEMPLATE_PARTS: Record<StructureTemplate, readonly TemplatePart[]> = {
  threeActs: [acts(1), acts(2), acts(3)],
  // Eight sequences of roughly equal length, two in act one, four in act two, two in act three.
  eightSequences: [
    acts(1),
    ...[1, 2].map((n) => ({ key: `structure.seq${n}`, depth: 2 })),
    acts(2),
    ...[3, 4, 5, 6].map((n) => ({ key: `structure.seq${n}`, depth: 2 })),
    acts(3),
    ...[7, 8].map((n) => ({ key: `structure.seq${n}`, depth: 2 })),
  ],
  fifteenBeats: Array.from({ length: 15 }, (_, i) => ({ key: `structure.beat${i + 1}`, depth: 1 })),
};

/** The template's elements in the given language: a section and its synopsis per part. */
export function templateElements(template: StructureTemplate, t: (key: string) => string): ScriptElement[] {
  return TEMPLATE_PARTS[template].flatMap((p) => [
    { type: 'section' as const, text: t(`${p.key}.title`), depth: p.depth },
    { type: 'synopsis' as const, text: t(`${p.key}.synopsis`) },
  ]);
}
