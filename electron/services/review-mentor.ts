/**
 * The mentor's half: a bundle opened once becomes a local review session (the frozen draft kept
 * read-only with its metadata and rubric); every comment, reply and score is stored as it is made,
 * so closing the app loses nothing and the session resumes; exporting writes the feedback file.
 */
import type { FilePayload } from '../../shared/api/library.ts';
import type { AnchorInput, ReviewReply, RubricState, SessionComment, SessionDetail, SessionSummary } from '../../shared/api/review.ts';
import { AppError } from '../../shared/errors.ts';
import type { Anchor } from '../../shared/review/anchor.ts';
import { bundleMetaSchema, type BundleMeta } from '../../shared/review/bundle-meta.ts';
import { buildDocText } from '../../shared/review/doc-text.ts';
import { FEEDBACK_FORMAT, FEEDBACK_FORMAT_VERSION, serializeFeedback, type FeedbackFile, type Severity } from '../../shared/review/feedback.ts';
import { makeSceneAnchor, makeTextAnchor } from '../../shared/review/make-anchor.ts';
import { checkScores, isApproved, type Rubric, type RubricScore } from '../../shared/review/rubric.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { screenplaySchema } from '../../shared/screenplay/schema.ts';
import type { ServiceContext } from './context.ts';
import { newId, nowIso } from '../store/ids.ts';
import {
  deleteSession,
  findSessionByDraft,
  getSession,
  insertSession,
  listSessions,
  touchSession,
  updateSessionReview,
  type SessionListRow,
  type SessionRow,
} from '../store/review-sessions.ts';
import {
  deleteSessionComment,
  getSessionComment,
  insertSessionComment,
  insertSessionCommentReply,
  listSessionCommentReplies,
  listSessionComments,
  updateSessionComment,
  type SessionCommentReplyRow,
  type SessionCommentRow,
} from '../store/review-comments.ts';
import { dismissBundle, isBundleDismissed, undismissBundle } from '../store/review-dismissed.ts';
import { BUNDLE_SPEC, readBundle, type BundleContents } from '../review/bundle.ts';
import { FEEDBACK_MIME, reviewFileName } from '../review/files.ts';
import { readIdentity } from './review-identity.ts';
import { storedAnchor, storedApproval, storedScores } from './review-stored.ts';
import { APPROVAL_SCHEMA, type Approval } from '../../shared/trust/approval.ts';
import { REVIEW_SCORE_SCHEMA, scoreCardFigures, type ReviewScore } from '../../shared/trust/review-score.ts';
import { mentorKey, mentorSigner } from '../trust/role-keys.ts';
import { signJson } from '../trust/signed-json.ts';

function summary(row: SessionListRow | SessionRow, commentCount: number): SessionSummary {
  return {
    id: row.id,
    scriptId: row.script_id,
    snapshotId: row.snapshot_id,
    draftSha256: row.draft_sha256,
    scriptTitle: row.script_title,
    traineeName: row.trainee_name,
    reviewerName: row.reviewer_name,
    approved: storedApproval(row.approved),
    commentCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function requireSession(ctx: ServiceContext, id: string): SessionRow {
  const row = getSession(ctx.db, id);
  if (!row) throw new AppError('review.session_not_found', { id });
  return row;
}

function frozenDraft(row: SessionRow): Screenplay {
  const parsed = screenplaySchema.safeParse(JSON.parse(row.draft));
  if (!parsed.success) throw new AppError('review.session_damaged', { id: row.id });
  return parsed.data;
}

function sessionMeta(row: SessionRow): BundleMeta {
  const parsed = bundleMetaSchema.safeParse(JSON.parse(row.meta));
  if (!parsed.success) throw new AppError('review.session_damaged', { id: row.id });
  return parsed.data;
}

async function readBundleFile(base64: string): Promise<BundleContents> {
  // Refuse an oversized file before decoding it (base64 is 4 characters per 3 bytes).
  const approxBytes = Math.floor((base64.length * 3) / 4);
  if (approxBytes > BUNDLE_SPEC.maxArchiveBytes) throw new AppError('review.bundle_too_large', { size: approxBytes, limit: BUNDLE_SPEC.maxArchiveBytes });
  const read = await readBundle(Buffer.from(base64, 'base64'));
  if (!read.ok) throw new AppError(read.error.code, read.error.params);
  return read.value;
}

/** The mentor opens a bundle by hand: always, even one whose session was deleted (the folder then takes it like any other). */
export async function openBundle(ctx: ServiceContext, base64: string): Promise<{ session: SessionSummary; resumed: boolean }> {
  const read = await readBundleFile(base64);
  const opened = openRead(ctx, read);
  undismissBundle(ctx.db, read.meta.snapshotId, read.meta.draftSha256);
  return opened;
}

/**
 * The class folder's pick-up: like openBundle, except that a bundle whose session the mentor
 * deleted stays closed (null) — the trainee's file stays in the folder, and a deleted review must
 * not come back at the next start.
 */
export async function openFolderBundle(ctx: ServiceContext, base64: string): Promise<{ session: SessionSummary; resumed: boolean } | null> {
  const read = await readBundleFile(base64);
  if (isBundleDismissed(ctx.db, read.meta.snapshotId, read.meta.draftSha256)) return null;
  return openRead(ctx, read);
}

function openRead(ctx: ServiceContext, { meta, draftJson }: BundleContents): { session: SessionSummary; resumed: boolean } {
  // Reviewing is this installation's first use as a mentor: its mentor key is made now, so the
  // mentor can send the public key to the instructor before the first feedback goes out.
  mentorKey(ctx.dataDir);
  // The same bundle opened again resumes its session instead of starting over.
  const existing = findSessionByDraft(ctx.db, meta.snapshotId, meta.draftSha256);
  if (existing) return { session: summary(existing, listSessionComments(ctx.db, existing.id).length), resumed: true };
  const at = nowIso();
  const row: SessionRow = {
    id: newId(),
    script_id: meta.scriptId,
    snapshot_id: meta.snapshotId,
    draft_sha256: meta.draftSha256,
    script_title: meta.scriptTitle,
    trainee_name: meta.traineeName,
    meta: JSON.stringify(meta),
    draft: draftJson,
    reviewer_name: readIdentity(ctx.db).reviewerName,
    approved: null,
    overall: '',
    scores: '[]',
    created_at: at,
    updated_at: at,
  };
  insertSession(ctx.db, row);
  return { session: summary(row, 0), resumed: false };
}

export function sessions(ctx: ServiceContext): SessionSummary[] {
  return listSessions(ctx.db).map((r) => summary(r, r.comment_count));
}

function toComment(row: SessionCommentRow, replies: ReviewReply[]): SessionComment {
  return {
    id: row.id,
    anchor: storedAnchor(row.anchor),
    body: row.body,
    severity: row.severity,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    replies,
  };
}

function toReply(r: SessionCommentReplyRow): ReviewReply {
  return { id: r.id, author: r.author, body: r.body, createdAt: r.created_at, origin: 'mentor' };
}

function commentsOf(ctx: ServiceContext, sessionId: string): SessionComment[] {
  const replies = new Map<string, ReviewReply[]>();
  for (const r of listSessionCommentReplies(ctx.db, sessionId)) replies.set(r.comment_id, [...(replies.get(r.comment_id) ?? []), toReply(r)]);
  return listSessionComments(ctx.db, sessionId).map((n) => toComment(n, replies.get(n.id) ?? []));
}

function rubricState(row: SessionRow, rubric: Rubric | null): RubricState {
  const scores = storedScores(row.scores);
  const approved = storedApproval(row.approved);
  return { reviewerName: row.reviewer_name, scores, approved, overall: row.overall, effectiveApproval: isApproved(approved, rubric, scores) };
}

export function sessionDetail(ctx: ServiceContext, sessionId: string): SessionDetail {
  const row = requireSession(ctx, sessionId);
  const meta = sessionMeta(row);
  const comments = commentsOf(ctx, sessionId);
  return {
    session: summary(row, comments.length),
    meta,
    screenplay: frozenDraft(row),
    comments,
    rubric: meta.rubric,
    review: rubricState(row, meta.rubric),
  };
}

/** Deletes the session with its comments, and remembers its bundle as dismissed (openFolderBundle). */
export function removeSession(ctx: ServiceContext, sessionId: string): void {
  ctx.db.transaction(() => {
    const row = requireSession(ctx, sessionId);
    deleteSession(ctx.db, sessionId);
    dismissBundle(ctx.db, row.snapshot_id, row.draft_sha256, nowIso());
  })();
}

/** Builds the stored anchor from the UI's selection, checked against the frozen draft. */
function anchorFor(row: SessionRow, input: AnchorInput): Anchor {
  if (input.kind === 'general') return { kind: 'general' };
  const doc = buildDocText(frozenDraft(row));
  const made = input.kind === 'text' ? makeTextAnchor(doc, input.elementId, input.start, input.end) : makeSceneAnchor(doc, input.elementId);
  if (!made.ok) throw new AppError(made.error.code, made.error.params);
  return made.value;
}

export function addComment(
  ctx: ServiceContext,
  input: { sessionId: string; anchor: AnchorInput; body: string; severity?: Severity; author?: string },
): SessionComment {
  const session = requireSession(ctx, input.sessionId);
  const at = nowIso();
  const row: SessionCommentRow = {
    session_id: session.id,
    id: newId(),
    anchor: JSON.stringify(anchorFor(session, input.anchor)),
    body: input.body,
    severity: input.severity ?? 'suggestion',
    author: input.author ?? session.reviewer_name,
    created_at: at,
    updated_at: at,
  };
  ctx.db.transaction(() => {
    insertSessionComment(ctx.db, row);
    touchSession(ctx.db, session.id, at);
  })();
  return toComment(row, []);
}

function requireComment(ctx: ServiceContext, sessionId: string, commentId: string): SessionCommentRow {
  requireSession(ctx, sessionId);
  const comment = getSessionComment(ctx.db, sessionId, commentId);
  if (!comment) throw new AppError('review.comment_not_found', { id: commentId });
  return comment;
}

export function updateComment(ctx: ServiceContext, input: { sessionId: string; commentId: string; body?: string; severity?: Severity }): SessionComment {
  const comment = requireComment(ctx, input.sessionId, input.commentId);
  const at = nowIso();
  ctx.db.transaction(() => {
    updateSessionComment(ctx.db, input.sessionId, input.commentId, { body: input.body ?? comment.body, severity: input.severity ?? comment.severity, at });
    touchSession(ctx.db, input.sessionId, at);
  })();
  const found = commentsOf(ctx, input.sessionId).find((c) => c.id === input.commentId);
  if (!found) throw new AppError('review.comment_not_found', { id: input.commentId });
  return found;
}

export function removeComment(ctx: ServiceContext, sessionId: string, commentId: string): void {
  requireComment(ctx, sessionId, commentId);
  ctx.db.transaction(() => {
    deleteSessionComment(ctx.db, sessionId, commentId);
    touchSession(ctx.db, sessionId, nowIso());
  })();
}

export function addReply(ctx: ServiceContext, input: { sessionId: string; commentId: string; body: string; author?: string }): ReviewReply {
  const session = requireSession(ctx, input.sessionId);
  requireComment(ctx, input.sessionId, input.commentId);
  const row: SessionCommentReplyRow = {
    session_id: input.sessionId,
    comment_id: input.commentId,
    id: newId(),
    author: input.author ?? session.reviewer_name,
    body: input.body,
    created_at: nowIso(),
  };
  ctx.db.transaction(() => {
    insertSessionCommentReply(ctx.db, row);
    touchSession(ctx.db, input.sessionId, row.created_at);
  })();
  return toReply(row);
}

/** Scores are merged by criterion (a criterion not sent keeps its score); other fields replace. */
export function setRubric(
  ctx: ServiceContext,
  input: { sessionId: string; scores?: RubricScore[]; approved?: boolean | null; overall?: string; reviewerName?: string },
): RubricState {
  const row = requireSession(ctx, input.sessionId);
  const rubric = sessionMeta(row).rubric;
  const incoming = input.scores ?? [];
  const bad = checkScores(rubric, incoming);
  if (bad) throw new AppError('review.bad_score', { criterion: bad.criterionId });
  const merged = new Map(storedScores(row.scores).map((s) => [s.criterionId, s]));
  for (const s of incoming) merged.set(s.criterionId, s);
  // Keep the rubric's order so the feedback file reads like the rubric.
  const order = new Map((rubric?.criteria ?? []).map((c, i) => [c.id, i]));
  const scores = [...merged.values()].sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0));
  const current = storedApproval(row.approved);
  updateSessionReview(ctx.db, row.id, {
    reviewerName: input.reviewerName ?? row.reviewer_name,
    approved: input.approved === undefined ? current : input.approved,
    overall: input.overall ?? row.overall,
    scores: JSON.stringify(scores),
    at: nowIso(),
  });
  return rubricState(requireSession(ctx, row.id), rubric);
}

/**
 * The feedback file, signed by this installation's mentor key; when the review approves a draft
 * that belongs to an exercise, it carries a separately signed approval of that exercise for that
 * trainee (shared/trust/approval.ts), which travels on into the trainee's progress reports.
 */
export function feedbackFile(ctx: ServiceContext, sessionId: string): FeedbackFile {
  const row = requireSession(ctx, sessionId);
  const meta = sessionMeta(row);
  const signer = mentorSigner(ctx.dataDir);
  const exportedAt = nowIso();
  const approved = storedApproval(row.approved);
  const scores = storedScores(row.scores);
  const approval: Approval | null =
    meta.exercise && isApproved(approved, meta.rubric, scores) === true
      ? signJson(
          'approval',
          {
            schema: APPROVAL_SCHEMA,
            packId: meta.exercise.packId,
            exerciseId: meta.exercise.exerciseId,
            feedbackId: row.id,
            draftSha256: row.draft_sha256,
            traineeKey: meta.traineeKey ?? null,
            approvedAt: exportedAt,
          },
          signer,
        )
      : null;
  // Scores and verdict for the instructor's class view, signed apart from the file like the approval.
  const effective = isApproved(approved, meta.rubric, scores);
  const scored = scores.some((s) => s.score !== null);
  const scoreCard: ReviewScore | null =
    meta.exercise && (scored || effective !== null)
      ? signJson(
          'review-score',
          {
            schema: REVIEW_SCORE_SCHEMA,
            packId: meta.exercise.packId,
            exerciseId: meta.exercise.exerciseId,
            feedbackId: row.id,
            draftSha256: row.draft_sha256,
            traineeKey: meta.traineeKey ?? null,
            reviewer: row.reviewer_name,
            ...scoreCardFigures(meta.rubric, scores, effective),
            reviewedAt: exportedAt,
          },
          signer,
        )
      : null;
  const file: Omit<FeedbackFile, 'signature'> = {
    format: FEEDBACK_FORMAT,
    formatVersion: FEEDBACK_FORMAT_VERSION,
    feedbackId: row.id,
    scriptId: row.script_id,
    snapshotId: row.snapshot_id,
    scriptTitle: row.script_title,
    draftSha256: row.draft_sha256,
    reviewer: { name: row.reviewer_name },
    exportedAt,
    approved,
    overall: row.overall,
    rubric: meta.rubric,
    scores,
    comments: commentsOf(ctx, sessionId).map((c) => ({
      id: c.id,
      anchor: c.anchor,
      body: c.body,
      severity: c.severity,
      author: c.author,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      replies: c.replies.map(({ id, author, body, createdAt }) => ({ id, author, body, createdAt })),
    })),
    approval,
    scoreCard,
  };
  return signJson('feedback', file, signer);
}

export function exportFeedback(ctx: ServiceContext, sessionId: string): FilePayload {
  const file = feedbackFile(ctx, sessionId);
  return {
    // Named for the trainee it goes back to: a mentor returns many at once.
    fileName: reviewFileName(file.scriptTitle, 'feedback', file.exportedAt, requireSession(ctx, sessionId).trainee_name),
    mimeType: FEEDBACK_MIME,
    encoding: 'utf8',
    content: serializeFeedback(file),
  };
}

/** The frozen draft and its notes, for printing (PDF with notes). */
export function sessionForPrint(
  ctx: ServiceContext,
  sessionId: string,
): { title: string; traineeName: string; screenplay: Screenplay; comments: SessionComment[]; rubric: Rubric | null; review: RubricState } {
  const row = requireSession(ctx, sessionId);
  const rubric = sessionMeta(row).rubric;
  return { title: row.script_title, traineeName: row.trainee_name, screenplay: frozenDraft(row), comments: commentsOf(ctx, sessionId), rubric, review: rubricState(row, rubric) };
}
