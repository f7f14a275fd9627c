/**
 * Rubrics: the criteria a mentor scores, as carried in a review bundle (copied from the exercise
 * when it defines one) and returned in the feedback file with scores and remarks.
 */
import { z } from 'zod';
import { REVIEW_LIMITS } from './limits.ts';

/** Text shown to people: one string, or one per UI language (Korean optional, English in its place). */
export const localizedTextSchema = z.union([
  z.string().max(2_000),
  z.object({ en: z.string().max(2_000), id: z.string().max(2_000), ko: z.string().max(2_000).optional() }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const rubricCriterionSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_.-]+$/),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Scores run from 0 to maxScore. */
  maxScore: z.number().int().min(1).max(100),
});

export const rubricSchema = z
  .object({
    criteria: z.array(rubricCriterionSchema).min(1).max(REVIEW_LIMITS.rubricCriteria),
    /** Total at or above which the work counts as approved when the mentor does not say otherwise. */
    passingScore: z.number().min(0).optional(),
  })
  .refine((r) => new Set(r.criteria.map((c) => c.id)).size === r.criteria.length, { message: 'duplicate criterion id' });
export type Rubric = z.infer<typeof rubricSchema>;

export const rubricScoreSchema = z.object({
  criterionId: z.string().min(1).max(64),
  /** null = not scored yet. */
  score: z.number().min(0).max(100).nullable(),
  remark: z.string().max(REVIEW_LIMITS.bodyChars),
});
export type RubricScore = z.infer<typeof rubricScoreSchema>;

/** Scores must name known criteria and stay within their range. */
export function checkScores(rubric: Rubric | null, scores: readonly RubricScore[]): { criterionId: string; problem: 'unknown' | 'range' } | null {
  const byId = new Map((rubric?.criteria ?? []).map((c) => [c.id, c]));
  for (const s of scores) {
    const c = byId.get(s.criterionId);
    if (!c) return { criterionId: s.criterionId, problem: 'unknown' };
    if (s.score !== null && s.score > c.maxScore) return { criterionId: s.criterionId, problem: 'range' };
  }
  return null;
}

export function totalScore(scores: readonly RubricScore[]): number {
  return scores.reduce((sum, s) => sum + (s.score ?? 0), 0);
}

/**
 * Whether the review approves the work: the mentor's explicit verdict when given, else the rubric's
 * passing score when every criterion is scored, else no verdict (null).
 */
export function isApproved(approved: boolean | null, rubric: Rubric | null, scores: readonly RubricScore[]): boolean | null {
  if (approved !== null) return approved;
  if (!rubric || rubric.passingScore === undefined) return null;
  const scored = new Map(scores.filter((s) => s.score !== null).map((s) => [s.criterionId, s]));
  if (!rubric.criteria.every((c) => scored.has(c.id))) return null;
  return totalScore([...scored.values()]) >= rubric.passingScore;
}
