/**
 * Where review meets the course: which exercise a script belongs to, its check results and rubric
 * (written into the bundle), and the progress events a review records. This is the only file of
 * the review area that touches the course store, so the integration point is in one place.
 */
import { runChecks } from '../../shared/course/checks/run.ts';
import type { CheckResult, ExerciseLink } from '../../shared/review/bundle-meta.ts';
import type { Rubric } from '../../shared/review/rubric.ts';
import { loadDraft } from './library.ts';
import type { ServiceContext } from './context.ts';
import { findExercise, requirePack } from './course-progress.ts';
import { currentSettings } from './settings.ts';
import { appendEvent, getPack, hasEvent, linkForScript, listEvents } from '../store/course.ts';
import { recordSubmission } from './course-submission.ts';
import { translate } from '../i18n.ts';
import type { ApprovalCheck } from '../../shared/course/class-row.ts';
import type { FeedbackFile } from '../../shared/review/feedback.ts';
import { checkApproval } from '../trust/approvals.ts';
import { installationKey } from '../trust/role-keys.ts';
import { checkJsonSignature } from '../trust/signed-json.ts';

export interface ExerciseContext {
  link: ExerciseLink;
  checks: CheckResult[] | null;
  rubric: Rubric | null;
}

export type ReviewProgressEvent = 'mentor_reviewed' | 'mentor_approved';

export function exerciseContextFor(ctx: ServiceContext, scriptId: string): ExerciseContext | null {
  const link = linkForScript(ctx.db, scriptId);
  if (!link || !getPack(ctx.db, link.pack_id)) return null;
  const manifest = requirePack(ctx, link.pack_id);
  const exercise = findExercise(manifest, link.exercise_id);
  const { screenplay } = loadDraft(ctx, scriptId);
  const results = exercise.checks.length > 0 ? runChecks(screenplay, exercise.checks, currentSettings(ctx).paper) : null;
  // The bundle carries each check's message in both languages: the mentor may read either.
  const message = (code: string, params: Record<string, string | number>) => ({
    en: translate('course', code, params, 'en'),
    id: translate('course', code, params, 'id'),
  });
  return {
    link: { packId: manifest.id, packVersion: manifest.version, exerciseId: exercise.id, exerciseTitle: exercise.title, completionRule: exercise.completion },
    checks: results && results.map((r) => ({ id: r.id, passed: r.passed, message: message(r.message.code, r.message.params) })),
    rubric: exercise.rubric
      ? { criteria: exercise.rubric.map((c) => ({ id: c.id, title: c.label, maxScore: c.max })), ...(exercise.passMark !== undefined ? { passingScore: exercise.passMark } : {}) }
      : null,
  };
}

/** The name the script's course pack gives the mentor key that signed a feedback file, or null. */
export function signerInPack(ctx: ServiceContext, scriptId: string, signer: string): string | null {
  const link = linkForScript(ctx.db, scriptId);
  if (!link || !getPack(ctx.db, link.pack_id)) return null;
  return (requirePack(ctx, link.pack_id).mentors ?? []).find((m) => m.key === signer)?.name ?? null;
}

/**
 * Records "mentor reviewed" for the script's exercise and, when its completion rule is
 * mentor_approved and the review approves, "mentor approved" — but only with the mentor's signed
 * approval of this exercise for this installation, by a mentor the installed pack lists, signed
 * by the key that signed the feedback file. The approval is kept with the event (it goes on into
 * progress reports); what was recorded and how the approval was judged are returned.
 */
export function recordReviewProgress(
  ctx: ServiceContext,
  scriptId: string,
  review: { feedback: Pick<FeedbackFile, 'feedbackId' | 'draftSha256' | 'approval' | 'scoreCard'>; signer: string; approved: boolean | null; at: string },
): { events: ReviewProgressEvent[]; approval: ApprovalCheck | null } {
  const link = linkForScript(ctx.db, scriptId);
  if (!link || !getPack(ctx.db, link.pack_id)) return { events: [], approval: null };
  const manifest = requirePack(ctx, link.pack_id);
  const exercise = findExercise(manifest, link.exercise_id);
  const { feedbackId } = review.feedback;
  const events: ReviewProgressEvent[] = ['mentor_reviewed'];
  let approval: ApprovalCheck | null = null;
  if (exercise.completion === 'mentor_approved' && review.approved === true) {
    const given = review.feedback.approval ?? null;
    approval = checkApproval(given, { manifest, exerciseId: exercise.id, traineeKey: installationKey(ctx.dataDir).publicKey });
    // Signed by a listed mentor, but for another review than this file's: not this approval.
    if (approval.status === 'verified' && given && (given.signature.key !== review.signer || given.feedbackId !== feedbackId || given.draftSha256 !== review.feedback.draftSha256)) {
      approval = { status: 'other_exercise', mentor: approval.mentor };
    }
    if (approval.status === 'verified') events.push('mentor_approved');
  }
  for (const kind of events) {
    const data = kind === 'mentor_approved' ? { feedbackId, approval: review.feedback.approval } : { feedbackId, approved: review.approved };
    // Every review is an event of its own (returned, resubmitted, reviewed again); an approval once.
    const recorded = kind === 'mentor_reviewed' ? reviewedWith(ctx, link.pack_id, exercise.id, feedbackId) : hasEvent(ctx.db, link.pack_id, kind, exercise.id);
    if (!recorded) appendEvent(ctx.db, { packId: link.pack_id, kind, itemId: exercise.id, data, at: review.at });
  }
  recordScoreCard(ctx, link.pack_id, exercise.id, review);
  return { events, approval };
}

/**
 * Keeps the feedback file's score card (one event per card, so a mentor's newer export of the same
 * review is kept too): only one signed by the key that signed the file, for this very review. The
 * instructor judges it again against their pack (electron/trust/review-scores.ts).
 */
function recordScoreCard(ctx: ServiceContext, packId: string, exerciseId: string, review: { feedback: Pick<FeedbackFile, 'feedbackId' | 'draftSha256' | 'scoreCard'>; signer: string; at: string }): void {
  const card = review.feedback.scoreCard;
  if (!card || card.signature.key !== review.signer || card.feedbackId !== review.feedback.feedbackId || card.draftSha256 !== review.feedback.draftSha256) return;
  if (checkJsonSignature('review-score', card).status !== 'valid') return;
  const known = listEvents(ctx.db, packId).some((e) => e.kind === 'mentor_scored' && e.item_id === exerciseId && (JSON.parse(e.data) as { scoreCard?: { signature?: { sig?: unknown } } }).scoreCard?.signature?.sig === card.signature.sig);
  if (!known) appendEvent(ctx.db, { packId, kind: 'mentor_scored', itemId: exerciseId, data: { feedbackId: review.feedback.feedbackId, scoreCard: card }, at: review.at });
}

function reviewedWith(ctx: ServiceContext, packId: string, exerciseId: string, feedbackId: string): boolean {
  return listEvents(ctx.db, packId).some((e) => e.kind === 'mentor_reviewed' && e.item_id === exerciseId && (JSON.parse(e.data) as { feedbackId?: unknown }).feedbackId === feedbackId);
}

/**
 * Sending a mentor-approved exercise's draft for review is its submission: one attempt per distinct
 * draft, with the bundle's snapshot as the draft kept (course-submission.ts). Call inside the
 * export's transaction, so the bundle's snapshot and the attempt are stored together.
 */
export function recordReviewSubmission(ctx: ServiceContext, scriptId: string, sent: { draftSha256: string; snapshotId: string; checks: readonly CheckResult[] | null; at: string }): void {
  const link = linkForScript(ctx.db, scriptId);
  if (!link || !getPack(ctx.db, link.pack_id)) return;
  const exercise = findExercise(requirePack(ctx, link.pack_id), link.exercise_id);
  if (exercise.completion !== 'mentor_approved') return;
  recordSubmission(ctx.db, {
    packId: link.pack_id,
    exerciseId: exercise.id,
    draftSha256: sent.draftSha256,
    snapshotId: sent.snapshotId,
    checksPassed: sent.checks ? sent.checks.filter((c) => c.passed).length : null,
    checksTotal: sent.checks ? sent.checks.length : null,
    at: sent.at,
  });
}
