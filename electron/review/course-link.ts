/**
 * Where review meets the course (engineer F's area): which exercise a script belongs to, its
 * check results and rubric (written into the bundle), and the progress events a review records.
 * This is the only file of the review area that touches the course store, so the integration
 * point is in one place.
 *
 * The course store (exercise ↔ draft links, progress events) is not in the tree yet: until it
 * is, scripts are treated as not linked to any exercise and no progress event is recorded.
 */
import type { CheckResult, ExerciseLink } from '../../shared/review/bundle-meta.ts';
import type { Rubric } from '../../shared/review/rubric.ts';
import type { ServiceContext } from '../services/context.ts';

export interface ExerciseContext {
  link: ExerciseLink;
  checks: CheckResult[] | null;
  rubric: Rubric | null;
}

export type ReviewProgressEvent = 'mentor_reviewed' | 'mentor_approved';

export function exerciseContextFor(_ctx: ServiceContext, _scriptId: string): ExerciseContext | null {
  return null;
}

/**
 * Records "mentor reviewed" for the script's exercise and, when its completion rule is
 * mentor_approved and the review approves, "mentor approved". Returns what was recorded.
 */
export function recordReviewProgress(
  ctx: ServiceContext,
  scriptId: string,
  review: { feedbackId: string; approved: boolean | null; at: string },
): ReviewProgressEvent[] {
  const exercise = exerciseContextFor(ctx, scriptId);
  if (!exercise) return [];
  const events: ReviewProgressEvent[] = ['mentor_reviewed'];
  if (exercise.link.completionRule === 'mentor_approved' && review.approved === true) events.push('mentor_approved');
  return events;
}
