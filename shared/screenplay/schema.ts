/**
 * zod schemas of the screenplay model: the JSON contract (ARCHITECTURE.md contract 2) and the
 * payload checked at every API boundary. Kept beside model.ts so the two cannot drift:
 * the `satisfies` lines fail to compile if they do.
 */
import { z } from 'zod';
import { ELEMENT_TYPES, MARK_STYLES, type Screenplay, type ScriptElement } from './model.ts';
import { scriptLayoutSchema } from './script-layout.ts';

/** Bounds that keep a hostile file from exhausting memory; far above any real screenplay. */
export const MODEL_LIMITS = {
  elements: 200_000,
  textLength: 100_000,
  titleFields: 200,
  marksPerElement: 10_000,
} as const;

export const markSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    style: z.enum(MARK_STYLES),
  })
  .refine((m) => m.end >= m.start, { message: 'mark end before start' });

export const revisionMarkSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    set: z.number().int().min(1).max(999),
  })
  .refine((m) => m.end >= m.start, { message: 'revision mark end before start' });

export const revisionSetSchema = z.object({
  set: z.number().int().min(1).max(999),
  name: z.string().trim().min(1).max(100),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').optional(),
});

export const elementSchema = z.object({
  id: z.string().max(64).optional(),
  type: z.enum(ELEMENT_TYPES),
  text: z.string().max(MODEL_LIMITS.textLength),
  marks: z.array(markSchema).max(MODEL_LIMITS.marksPerElement).optional(),
  sceneNumber: z.string().max(20).optional(),
  depth: z.number().int().min(1).max(6).optional(),
  dual: z.literal(true).optional(),
  fdxType: z.string().min(1).max(100).optional(),
  revision: z.number().int().min(1).max(999).optional(),
  revisionMarks: z.array(revisionMarkSchema).max(MODEL_LIMITS.marksPerElement).optional(),
});

export const titleFieldSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.string().max(MODEL_LIMITS.textLength),
});

export const screenplaySchema = z.object({
  version: z.literal(1),
  titlePage: z.array(titleFieldSchema).max(MODEL_LIMITS.titleFields),
  elements: z.array(elementSchema).max(MODEL_LIMITS.elements),
  layout: scriptLayoutSchema.optional(),
  lockedSceneNumbers: z.literal(true).optional(),
  revisions: z.array(revisionSetSchema).max(999).optional(),
  revisionMode: z.literal(true).optional(),
});

// Compile-time proof that schema and model describe the same shape.
null as unknown as z.infer<typeof elementSchema> satisfies ScriptElement;
null as unknown as z.infer<typeof screenplaySchema> satisfies Screenplay;
