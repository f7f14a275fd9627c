/**
 * Recording submissions (issue 13, deliver 6). A submission is one `exercise_submitted` event per
 * distinct draft — submitting the same draft again adds no attempt — carrying what the workflow
 * needs later: the draft's SHA-256 (the hash review bundles and reports name drafts by), the
 * snapshot kept of it, and the check results at that moment. Submitting a checks exercise keeps
 * a snapshot of its own; sending a mentor-approved exercise's draft for review is its submission,
 * and the bundle's snapshot is the one kept (review-course-link.ts calls in here).
 */
import type { Db } from '../store/database.ts';
import { appendEvent, listEvents } from '../store/course.ts';

export interface SubmissionRecord {
  packId: string;
  exerciseId: string;
  draftSha256: string;
  snapshotId: string;
  checksPassed: number | null;
  checksTotal: number | null;
  at: string;
}

/** The draft hash of the exercise's latest submission, or null (none yet, or one from before hashes). */
export function lastSubmittedDraft(db: Db, packId: string, exerciseId: string): { attempt: number; draftSha256: string | null } | null {
  const own = listEvents(db, packId).filter((e) => e.kind === 'exercise_submitted' && e.item_id === exerciseId);
  if (own.length === 0) return null;
  const data = JSON.parse(own[own.length - 1].data) as { draftSha256?: unknown };
  return { attempt: own.length, draftSha256: typeof data.draftSha256 === 'string' ? data.draftSha256 : null };
}

/** Appends the submission unless it is the draft already submitted last; the attempt number it has. */
export function recordSubmission(db: Db, s: SubmissionRecord): { attempt: number; added: boolean } {
  const last = lastSubmittedDraft(db, s.packId, s.exerciseId);
  if (last && last.draftSha256 === s.draftSha256) return { attempt: last.attempt, added: false };
  const data = { draftSha256: s.draftSha256, snapshotId: s.snapshotId, checksPassed: s.checksPassed, checksTotal: s.checksTotal };
  appendEvent(db, { packId: s.packId, kind: 'exercise_submitted', itemId: s.exerciseId, data, at: s.at });
  return { attempt: (last?.attempt ?? 0) + 1, added: true };
}
