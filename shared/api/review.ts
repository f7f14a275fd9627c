/**
 * Contract of the mentor review round-trip (docs/review-format.md).
 * Trainee: exportBundle → (mentor works) → importFeedback, then listComments / reply / resolve.
 * Mentor: openBundle → addComment / addReply / setRubric (saved as they go; listSessions and
 * getSession resume) → exportFeedback. Both: exportPdfWithNotes prints a draft with numbered notes.
 */
import { z } from 'zod';
import { anchorSchema, placementSchema } from '../review/anchor.ts';
import { bundleMetaSchema } from '../review/bundle-meta.ts';
import { SEVERITIES } from '../review/feedback.ts';
import { REVIEW_LIMITS } from '../review/limits.ts';
import { rubricSchema, rubricScoreSchema } from '../review/rubric.ts';
import { screenplaySchema } from '../screenplay/schema.ts';
import { APPROVAL_STATUSES } from '../trust/approval.ts';
import { FILE_BODY_BYTES, method } from './define.ts';
import { filePayloadSchema, idSchema } from './library.ts';

const ok = z.object({ ok: z.literal(true) });
const nameSchema = z.string().trim().max(REVIEW_LIMITS.nameChars);
const bodySchema = z.string().trim().min(1).max(REVIEW_LIMITS.bodyChars);
const elementIdSchema = z.string().min(1).max(64);
const paperSchema = z.enum(['letter', 'a4']);
export const severitySchema = z.enum(SEVERITIES);

/**
 * Where the mentor is commenting. The back end fills in quote, context and scene from the frozen
 * draft (extra fields sent by the UI are ignored), so an anchor always matches its text.
 * text: a selection in one element; scene: a note on the scene containing elementId; general: the draft.
 */
export const anchorInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), elementId: elementIdSchema, start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({ kind: z.literal('scene'), elementId: elementIdSchema }),
  z.object({ kind: z.literal('general') }),
]);
export type AnchorInput = z.infer<typeof anchorInputSchema>;

export const identitySchema = z.object({ traineeName: z.string(), reviewerName: z.string() });

export const replySchema = z.object({
  id: z.string(),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** Who wrote it: the mentor (in the feedback file) or the trainee (local reply). */
  origin: z.enum(['mentor', 'trainee']),
});
export type ReviewReply = z.infer<typeof replySchema>;

export const sessionCommentSchema = z.object({
  id: z.string(),
  anchor: anchorSchema,
  body: z.string(),
  severity: severitySchema,
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  replies: z.array(replySchema),
});
export type SessionComment = z.infer<typeof sessionCommentSchema>;

export const sessionSummarySchema = z.object({
  /** Also the feedback id of every feedback file exported from this session. */
  id: z.string(),
  scriptId: z.string(),
  snapshotId: z.string(),
  draftSha256: z.string(),
  scriptTitle: z.string(),
  traineeName: z.string(),
  reviewerName: z.string(),
  approved: z.boolean().nullable(),
  commentCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const rubricStateSchema = z.object({
  reviewerName: z.string(),
  scores: z.array(rubricScoreSchema),
  /** The mentor's explicit verdict (null = none given). */
  approved: z.boolean().nullable(),
  overall: z.string(),
  /** What the rubric's passing score says when the mentor gives no verdict. */
  effectiveApproval: z.boolean().nullable(),
});
export type RubricState = z.infer<typeof rubricStateSchema>;

export const sessionDetailSchema = z.object({
  session: sessionSummarySchema,
  meta: bundleMetaSchema,
  /** The frozen draft, read-only, with the element ids that anchors use. */
  screenplay: screenplaySchema,
  comments: z.array(sessionCommentSchema),
  rubric: rubricSchema.nullable(),
  review: rubricStateSchema,
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const placementCountsSchema = z.object({
  exact: z.number().int(),
  moved: z.number().int(),
  fuzzy: z.number().int(),
  element: z.number().int(),
  scene: z.number().int(),
  detached: z.number().int(),
  general: z.number().int(),
});

export const importResultSchema = z.object({
  feedbackId: z.string(),
  reviewerName: z.string(),
  added: z.number().int(),
  updated: z.number().int(),
  repliesAdded: z.number().int(),
  unchanged: z.number().int(),
  /** Where the added comments landed in the current draft. */
  placements: placementCountsSchema,
  approved: z.boolean().nullable(),
  /** Progress events recorded ("mentor reviewed", "mentor approved"), when the script belongs to an exercise. */
  progress: z.array(z.enum(['mentor_reviewed', 'mentor_approved'])),
  /**
   * For an approved mentor_approved exercise: whether the mentor's signed approval counts here
   * (verified), or why not. Null when there is no such approval to judge.
   */
  approval: z.object({ status: z.enum(APPROVAL_STATUSES), mentor: z.string().nullable() }).nullable(),
  /** The key that signed the file; `mentor` is its name in the course pack's mentor list, if listed. */
  signer: z.object({ fingerprint: z.string(), mentor: z.string().nullable(), demo: z.boolean() }),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const feedbackSummarySchema = z.object({
  feedbackId: z.string(),
  reviewerName: z.string(),
  draftSha256: z.string(),
  snapshotId: z.string().nullable(),
  approved: z.boolean().nullable(),
  overall: z.string(),
  rubric: rubricSchema.nullable(),
  scores: z.array(rubricScoreSchema),
  exportedAt: z.string(),
  importedAt: z.string(),
  /** Fingerprint of the mentor key that signed this feedback (null: imported before signatures). */
  signer: z.string().nullable(),
  commentCount: z.number().int(),
  openCount: z.number().int(),
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

export const traineeCommentSchema = z.object({
  feedbackId: z.string(),
  id: z.string(),
  reviewerName: z.string(),
  author: z.string(),
  body: z.string(),
  severity: severitySchema,
  status: z.enum(['open', 'resolved']),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
  /** The anchor as last placed in this script (the mentor's original is `originalAnchor`). */
  anchor: anchorSchema,
  originalAnchor: anchorSchema,
  /** Where the comment sits in the current working draft (recomputed on every call). */
  placement: placementSchema,
  replies: z.array(replySchema),
});
export type TraineeComment = z.infer<typeof traineeCommentSchema>;

const commentKey = { scriptId: idSchema, feedbackId: idSchema, commentId: idSchema };

export const reviewApi = {
  /** Names written into bundles (trainee) and feedback (reviewer); kept with the app's settings. */
  'review.getIdentity': method(z.object({}), identitySchema),
  'review.setIdentity': method(z.object({ traineeName: nameSchema.optional(), reviewerName: nameSchema.optional() }), identitySchema),

  // Trainee: bundle out, feedback in.
  'review.exportBundle': method(
    z.object({ scriptId: idSchema, paper: paperSchema.optional() }),
    z.object({ file: filePayloadSchema, snapshotId: z.string(), draftSha256: z.string() }),
  ),
  'review.importFeedback': method(
    // Twice the byte limit in characters: the service measures bytes and answers review.file_too_large.
    z.object({ scriptId: idSchema, content: z.string().max(REVIEW_LIMITS.feedbackBytes * 2), fileName: z.string().max(255).optional() }),
    importResultSchema,
  ),
  'review.listFeedback': method(z.object({ scriptId: idSchema }), z.array(feedbackSummarySchema)),
  'review.listComments': method(
    z.object({ scriptId: idSchema, status: z.enum(['open', 'resolved', 'all']).optional() }),
    z.array(traineeCommentSchema),
  ),
  'review.reply': method(z.object({ ...commentKey, body: bodySchema }), replySchema),
  'review.resolve': method(z.object({ ...commentKey, resolved: z.boolean().optional() }), traineeCommentSchema),

  // Mentor: sessions opened from bundles.
  'review.openBundle': method(
    z.object({ content: z.string().max(90_000_000), fileName: z.string().max(255).optional() }),
    z.object({ session: sessionSummarySchema, resumed: z.boolean() }),
    // A whole bundle as base64.
    { maxBodyBytes: FILE_BODY_BYTES },
  ),
  'review.listSessions': method(z.object({}), z.array(sessionSummarySchema)),
  'review.getSession': method(z.object({ sessionId: idSchema }), sessionDetailSchema),
  'review.deleteSession': method(z.object({ sessionId: idSchema }), ok),
  'review.addComment': method(
    z.object({ sessionId: idSchema, anchor: anchorInputSchema, body: bodySchema, severity: severitySchema.optional(), author: nameSchema.optional() }),
    sessionCommentSchema,
  ),
  'review.updateComment': method(
    z.object({ sessionId: idSchema, commentId: idSchema, body: bodySchema.optional(), severity: severitySchema.optional() }),
    sessionCommentSchema,
  ),
  'review.deleteComment': method(z.object({ sessionId: idSchema, commentId: idSchema }), ok),
  'review.addReply': method(z.object({ sessionId: idSchema, commentId: idSchema, body: bodySchema, author: nameSchema.optional() }), replySchema),
  'review.setRubric': method(
    z.object({
      sessionId: idSchema,
      scores: z.array(rubricScoreSchema).max(REVIEW_LIMITS.rubricCriteria).optional(),
      approved: z.boolean().nullable().optional(),
      overall: z.string().max(REVIEW_LIMITS.bodyChars).optional(),
      reviewerName: nameSchema.optional(),
    }),
    rubricStateSchema,
  ),
  'review.exportFeedback': method(z.object({ sessionId: idSchema }), filePayloadSchema),

  /** A draft printed with its comments as numbered margin notes: the trainee's (scriptId) or a mentor session's (sessionId). */
  'review.exportPdfWithNotes': method(
    z
      .object({
        scriptId: idSchema.optional(),
        sessionId: idSchema.optional(),
        paper: paperSchema.optional(),
        status: z.enum(['open', 'all']).optional(),
      })
      .refine((v) => (v.scriptId === undefined) !== (v.sessionId === undefined), { message: 'give scriptId or sessionId' }),
    filePayloadSchema,
  ),
};
