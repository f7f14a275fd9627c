/** meta.json of a .naskahreview bundle (docs/review-format.md). */
import { z } from 'zod';
import { SHA256_HEX } from './canonical.ts';
import { REVIEW_LIMITS } from './limits.ts';
import { localizedTextSchema, rubricSchema } from './rubric.ts';
import { publicKeySchema } from '../trust/keys.ts';
import { signatureSchema } from '../trust/signed-json.ts';

export const BUNDLE_FORMAT = 'naskah-review';
/** Written now. Version 1 (no `responses`) is still read: a bundle sent before an update keeps opening. */
export const BUNDLE_FORMAT_VERSION = 2;
export const READABLE_BUNDLE_VERSIONS: readonly number[] = [1, 2];

export const BUNDLE_ENTRIES = {
  meta: 'meta.json',
  draft: 'draft.json',
  fountain: 'draft.fountain',
  pdf: 'draft.pdf',
} as const;

const idText = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.-]+$/);

export const exerciseLinkSchema = z.object({
  packId: z.string().min(1).max(200),
  packVersion: z.string().max(100),
  exerciseId: z.string().min(1).max(200),
  exerciseTitle: localizedTextSchema.nullable(),
  /** The exercise's completion rule (viewed | submitted | checks_passed | mentor_approved …). */
  completionRule: z.string().max(100).nullable(),
});
export type ExerciseLink = z.infer<typeof exerciseLinkSchema>;

export const checkResultSchema = z.object({
  id: z.string().max(200),
  passed: z.boolean(),
  message: localizedTextSchema.optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/**
 * The trainee's answer to one comment of earlier feedback (format 2): whether it was resolved and
 * the replies written to it, with the comment itself, so the mentor reads the thread whole even
 * where the earlier session is gone.
 */
export const responseSchema = z.object({
  feedbackId: idText,
  commentId: idText,
  reviewerName: z.string().max(REVIEW_LIMITS.nameChars),
  severity: z.enum(['suggestion', 'must_fix']),
  body: z.string().max(REVIEW_LIMITS.bodyChars),
  quote: z.string().max(REVIEW_LIMITS.bodyChars),
  status: z.enum(['open', 'resolved']),
  resolvedAt: z.string().max(40).nullable(),
  replies: z
    .array(z.object({ author: z.string().max(REVIEW_LIMITS.nameChars), body: z.string().max(REVIEW_LIMITS.bodyChars), createdAt: z.string().max(40), origin: z.enum(['mentor', 'trainee']) }))
    .max(1_000),
});
export type TraineeResponse = z.infer<typeof responseSchema>;

export const bundleMetaSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  appVersion: z.string().max(100),
  createdAt: z.string().max(40),
  traineeName: z.string().max(REVIEW_LIMITS.nameChars),
  scriptTitle: z.string().max(500),
  scriptId: idText,
  snapshotId: idText,
  draftSha256: z.string().regex(SHA256_HEX),
  exercise: exerciseLinkSchema.nullable(),
  checks: z.array(checkResultSchema).max(1_000).nullable(),
  rubric: rubricSchema.nullable(),
  /**
   * The trainee's installation key: the mentor's signed approval names it, so an approval given
   * for this draft counts for this trainee only. Absent in bundles from before signatures.
   */
  traineeKey: publicKeySchema.nullable().optional(),
  /** Format 2: replies and resolutions to earlier feedback on this script, travelling back to the mentor. */
  responses: z.array(responseSchema).max(10_000).optional(),
  /** By `traineeKey` over the rest of meta.json (which names the draft by its SHA-256): proof the sender holds that key. */
  signature: signatureSchema.optional(),
});
export type BundleMeta = z.infer<typeof bundleMetaSchema>;
