/**
 * A mentor's signed rubric scores and verdict for one exercise draft ("naskah.review-score/1"),
 * the score card. The mentor's app writes it into the feedback file whenever a review of an
 * exercise has rubric scores or a verdict; the trainee's app keeps the latest per exercise (a
 * `mentor_scored` progress event) and copies it into progress reports, where the instructor checks
 * it as an approval is checked (electron/trust/review-scores.ts): signed on its own (purpose
 * "review-score") by a mentor the pack lists, for this pack and exercise, naming this trainee's
 * installation key. A trainee can edit the numbers in their report and sign the report again with
 * their own installation key, but not the card: edited, it no longer verifies and shows as
 * unverified. Criterion labels are not carried: the instructor reads them from their own pack.
 */
import { z } from 'zod';
import { publicKeySchema } from './keys.ts';
import { signatureSchema } from './signed-json.ts';

export const REVIEW_SCORE_SCHEMA = 'naskah.review-score/1' as const;

/** A verdict the mentor gave, or that the rubric's pass mark gave; null: none yet. */
export const REVIEW_VERDICTS = ['approved', 'not_approved'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

const score = z.number().min(0).max(10_000);

export const reviewScoreSchema = z.strictObject({
  schema: z.literal(REVIEW_SCORE_SCHEMA),
  packId: z.string().min(1).max(200),
  exerciseId: z.string().min(1).max(200),
  feedbackId: z.string().min(1).max(64),
  draftSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The installation key of the trainee who sent the draft (from the review bundle), or null if the bundle named none. */
  traineeKey: publicKeySchema.nullable(),
  /** The reviewer's name as the mentor typed it (the instructor shows the pack's name for the key). */
  reviewer: z.string().max(200),
  verdict: z.enum(REVIEW_VERDICTS).nullable(),
  /** In the rubric's order; score null: not scored yet. */
  criteria: z
    .array(z.strictObject({ id: z.string().min(1).max(64), score: score.nullable(), max: z.number().int().min(1).max(100) }))
    .max(50),
  total: score,
  maxTotal: score,
  passingScore: score.nullable(),
  reviewedAt: z.string().max(40),
  /** By the mentor's key: `signature.key` is the mentor. */
  signature: signatureSchema,
});
export type ReviewScore = z.infer<typeof reviewScoreSchema>;
export type UnsignedReviewScore = Omit<ReviewScore, 'signature'>;

/** The card's figures from a rubric and its scores (the mentor's side; pure). */
export function scoreCardFigures(
  rubric: { criteria: readonly { id: string; maxScore: number }[]; passingScore?: number } | null,
  scores: readonly { criterionId: string; score: number | null }[],
  approved: boolean | null,
): Pick<UnsignedReviewScore, 'criteria' | 'total' | 'maxTotal' | 'passingScore' | 'verdict'> {
  const given = new Map(scores.map((s) => [s.criterionId, s.score]));
  const criteria = (rubric?.criteria ?? []).map((c) => ({ id: c.id, score: given.get(c.id) ?? null, max: c.maxScore }));
  return {
    criteria,
    total: criteria.reduce((n, c) => n + (c.score ?? 0), 0),
    maxTotal: criteria.reduce((n, c) => n + c.max, 0),
    passingScore: rubric?.passingScore ?? null,
    verdict: approved === null ? null : approved ? 'approved' : 'not_approved',
  };
}
