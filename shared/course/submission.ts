/**
 * The submission workflow of one exercise (issue 13, deliver 6), derived from the progress log
 * like everything else: submit → awaiting review → returned with feedback → resubmitted → approved,
 * for exercises a mentor approves; submit → checks failing → … → checks passed for exercises that
 * the checks complete. Every submission is an `exercise_submitted` event carrying its attempt
 * number, the SHA-256 of the draft it sent and the snapshot kept of it, and — where the exercise has
 * checks — how many passed; every review is a `mentor_reviewed` event per feedback file. Nothing
 * here trusts a status someone wrote down: the stage is what the events say, in order.
 *
 * Late: work delivered after the due date (the whole due day counts) is late, and stays marked
 * so — delivered meaning the first submission, or for a checks exercise the submission whose checks
 * passed; each attempt is marked too. An exercise not delivered by then is overdue. An exercise waiting for its mentor is not overdue —
 * the trainee's part was done on time.
 */
import type { CompletionRule } from './manifest-schema.ts';
import type { ProgressEvent } from './progress.ts';

export const SUBMISSION_STAGES = ['todo', 'started', 'checks_failing', 'submitted', 'awaiting_review', 'returned', 'approved', 'checks_passed'] as const;
export type SubmissionStage = (typeof SUBMISSION_STAGES)[number];

export interface SubmissionAttempt {
  attempt: number;
  at: string;
  draftSha256: string | null;
  /** The snapshot of the draft as submitted (on the trainee's machine), when one was kept. */
  snapshotId: string | null;
  checksPassed: number | null;
  checksTotal: number | null;
  late: boolean;
}

export interface SubmissionState {
  stage: SubmissionStage;
  attempts: SubmissionAttempt[];
  /** Mentor reviews received (feedback files imported), approving or not. */
  reviews: number;
  /** The exercise was (first) submitted after its due date. */
  late: boolean;
  /** Not submitted, and the due date has passed. */
  overdue: boolean;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Whether `at` falls after the due date: a date-only due date lasts its whole day. */
export function isAfterDue(at: string, due: string | null | undefined): boolean {
  if (!due) return false;
  return at.slice(0, due.length) > due;
}

export function submissionOf(exercise: { id: string; completion: CompletionRule; due?: string | null }, events: readonly ProgressEvent[], now: Date): SubmissionState {
  const own = events.filter((e) => e.itemId === exercise.id);
  const due = exercise.due ?? null;
  const attempts: SubmissionAttempt[] = [];
  for (const e of own) {
    if (e.kind !== 'exercise_submitted') continue;
    attempts.push({
      attempt: attempts.length + 1,
      at: e.at,
      draftSha256: str(e.data.draftSha256),
      snapshotId: str(e.data.snapshotId),
      checksPassed: num(e.data.checksPassed),
      checksTotal: num(e.data.checksTotal),
      late: isAfterDue(e.at, due),
    });
  }
  const reviews = own.filter((e) => e.kind === 'mentor_reviewed');
  const started = own.some((e) => e.kind === 'exercise_started' || e.kind === 'quiz_attempted');
  const last = attempts.at(-1);
  const stage = ((): SubmissionStage => {
    if (exercise.completion === 'mentor_approved') {
      if (own.some((e) => e.kind === 'mentor_approved')) return 'approved';
      if (!last) return started ? 'started' : 'todo';
      // A review after the latest submission: the work came back; a newer submission waits again.
      return reviews.some((r) => r.at >= last.at) ? 'returned' : 'awaiting_review';
    }
    if (exercise.completion === 'checks_passed') {
      if (own.some((e) => e.kind === 'checks_passed')) return 'checks_passed';
      if (last) return 'checks_failing';
    }
    if (last) return 'submitted';
    return started ? 'started' : 'todo';
  })();
  // When the trainee's part was delivered: the checks passing, else the first submission
  // (a resubmission after a mentor's feedback is not late).
  const deliveredAt = exercise.completion === 'checks_passed' ? (own.find((e) => e.kind === 'checks_passed')?.at ?? null) : (attempts[0]?.at ?? null);
  const finished = stage === 'approved' || stage === 'checks_passed' || stage === 'submitted' || stage === 'awaiting_review' || stage === 'returned';
  const nowIso = now.toISOString();
  return {
    stage,
    attempts,
    reviews: reviews.length,
    late: deliveredAt !== null && isAfterDue(deliveredAt, due),
    overdue: !finished && due !== null && isAfterDue(nowIso, due),
  };
}
