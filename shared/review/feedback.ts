/**
 * The .naskahfeedback file: a mentor's comments, replies and rubric for one frozen draft, as JSON
 * (docs/review-format.md). Reading is defensive — the file comes from outside — and every refusal
 * is an error code with a translated message.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../errors.ts';
import { anchorSchema } from './anchor.ts';
import { SHA256_HEX } from './canonical.ts';
import { REVIEW_LIMITS } from './limits.ts';
import { rubricSchema, rubricScoreSchema } from './rubric.ts';
import { approvalSchema } from '../trust/approval.ts';
import { reviewScoreSchema } from '../trust/review-score.ts';
import { signatureSchema } from '../trust/signed-json.ts';

export const FEEDBACK_FORMAT = 'naskah-feedback';
export const FEEDBACK_FORMAT_VERSION = 1;

export const SEVERITIES = ['suggestion', 'must_fix'] as const;
export type Severity = (typeof SEVERITIES)[number];

const idText = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.-]+$/);
const nameText = z.string().max(REVIEW_LIMITS.nameChars);
const bodyText = z.string().max(REVIEW_LIMITS.bodyChars);
const timeText = z.string().max(40);

export const feedbackReplySchema = z.object({
  id: idText,
  author: nameText,
  body: bodyText,
  createdAt: timeText,
});
export type FeedbackReply = z.infer<typeof feedbackReplySchema>;

export const feedbackCommentSchema = z.object({
  id: idText,
  anchor: anchorSchema,
  body: bodyText,
  severity: z.enum(SEVERITIES),
  author: nameText,
  createdAt: timeText,
  updatedAt: timeText,
  replies: z.array(feedbackReplySchema).max(REVIEW_LIMITS.repliesPerComment),
});
export type FeedbackComment = z.infer<typeof feedbackCommentSchema>;

export const feedbackFileSchema = z.object({
  format: z.literal(FEEDBACK_FORMAT),
  formatVersion: z.literal(FEEDBACK_FORMAT_VERSION),
  /** Stable for one review session: importing a newer export of it merges instead of duplicating. */
  feedbackId: idText,
  scriptId: idText,
  snapshotId: idText.nullable(),
  scriptTitle: z.string().max(500),
  draftSha256: z.string().regex(SHA256_HEX),
  reviewer: z.object({ name: nameText }),
  exportedAt: timeText,
  /** The mentor's verdict: true approved, false not yet, null none given. */
  approved: z.boolean().nullable(),
  overall: bodyText,
  rubric: rubricSchema.nullable(),
  scores: z.array(rubricScoreSchema).max(REVIEW_LIMITS.rubricCriteria),
  comments: z.array(feedbackCommentSchema).max(REVIEW_LIMITS.commentsPerFeedback),
  /** The mentor's signed approval of the exercise this draft belongs to, when the review approves it. */
  approval: approvalSchema.nullable().optional(),
  /**
   * The mentor's signed rubric scores and verdict for the exercise this draft belongs to
   * (shared/trust/review-score.ts), when the review has any; it travels on into progress reports.
   */
  scoreCard: reviewScoreSchema.nullable().optional(),
  /**
   * By the mentor's key, over everything else in the file (shared/trust/signed-json.ts). A file
   * without one is refused on import: anyone can write JSON, only the mentor holds the key.
   */
  signature: signatureSchema.optional(),
});
export type FeedbackFile = z.infer<typeof feedbackFileSchema>;

export function serializeFeedback(file: FeedbackFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** Parses a feedback file's text; `byteLength` is checked first so a huge file is never parsed. */
export function parseFeedback(text: string, byteLength = text.length): Result<FeedbackFile> {
  if (byteLength > REVIEW_LIMITS.feedbackBytes) {
    return fail('review.file_too_large', { size: byteLength, limit: REVIEW_LIMITS.feedbackBytes });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('review.feedback_not_json');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== FEEDBACK_FORMAT) {
    return fail('review.not_feedback');
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (version !== FEEDBACK_FORMAT_VERSION) {
    return fail('review.unsupported_version', { version: String(version), supported: FEEDBACK_FORMAT_VERSION });
  }
  const parsed = feedbackFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('review.feedback_invalid', { path: issue?.path.join('.') || '(root)', problem: issue?.message ?? '' });
  }
  const ids = new Set<string>();
  for (const c of parsed.data.comments) {
    if (ids.has(c.id)) return fail('review.feedback_invalid', { path: 'comments', problem: `duplicate comment id ${c.id}` });
    ids.add(c.id);
  }
  return ok(parsed.data);
}
