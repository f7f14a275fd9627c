/**
 * Where a mentor's comment points. A text anchor keeps three independent clues so it can survive
 * the trainee's edits: the element id with offsets (exact while the line is untouched), the quoted
 * text with some context on each side (found again after the line moves or changes a little), and
 * the scene heading (a last resort that still puts the note in the right scene).
 */
import { z } from 'zod';
import { REVIEW_LIMITS } from './limits.ts';

const elementIdSchema = z.string().min(1).max(64);
const sceneHeadingTextSchema = z.string().max(1_000).nullable();
/** Index of the scene (0-based, counting scene headings) or null before the first heading. */
const sceneIndexSchema = z.number().int().min(0).nullable();

export const textAnchorSchema = z
  .object({
    kind: z.literal('text'),
    elementId: elementIdSchema,
    /** UTF-16 offsets into the element's text, end exclusive. */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: z.string().max(REVIEW_LIMITS.quoteChars),
    prefix: z.string().max(REVIEW_LIMITS.contextCharsMax),
    suffix: z.string().max(REVIEW_LIMITS.contextCharsMax),
    sceneHeadingText: sceneHeadingTextSchema,
    sceneIndex: sceneIndexSchema,
  })
  .refine((a) => a.end >= a.start, { message: 'anchor end before start' });

/** A note about a whole scene, pinned to its heading. */
export const sceneAnchorSchema = z.object({
  kind: z.literal('scene'),
  elementId: elementIdSchema,
  sceneHeadingText: sceneHeadingTextSchema,
  sceneIndex: sceneIndexSchema,
});

/** A note about the whole draft. */
export const generalAnchorSchema = z.object({ kind: z.literal('general') });

export const anchorSchema = z.discriminatedUnion('kind', [textAnchorSchema, sceneAnchorSchema, generalAnchorSchema]);

export type TextAnchor = z.infer<typeof textAnchorSchema>;
export type SceneAnchor = z.infer<typeof sceneAnchorSchema>;
export type GeneralAnchor = z.infer<typeof generalAnchorSchema>;
export type Anchor = z.infer<typeof anchorSchema>;

/**
 * How a comment was placed in the current draft, best first:
 * exact (id and offsets still hold the quote), moved (the exact quote found at other offsets or in
 * another line), fuzzy (an approximate match of the quote), element (its line still exists but was
 * rewritten beyond recognition), scene (only its scene was found), detached (nowhere: shown apart,
 * never dropped), general (a note about the whole draft, nothing to place).
 */
export const PLACEMENT_STATUSES = ['exact', 'moved', 'fuzzy', 'element', 'scene', 'detached', 'general'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const placementSchema = z.object({
  status: z.enum(PLACEMENT_STATUSES),
  /** The element the comment sits on now (for scene placements: the scene heading). */
  elementId: z.string().nullable(),
  start: z.number().int().min(0).nullable(),
  end: z.number().int().min(0).nullable(),
  /** 1 for an exact match, lower for approximate ones. */
  similarity: z.number().min(0).max(1),
});
export type Placement = z.infer<typeof placementSchema>;
