/**
 * Quizzes of a trainee: the attempt to show (its seeded order), and submitting one — scored here,
 * on the service side, with the shared scorer, so the progress log never rests on the UI's word.
 * Each attempt is one `quiz_attempted` event of the existing progress log (no table of its own):
 * score, attempts left and the per-question record are derived from it (shared/course/quiz/attempts.ts).
 */
import type { CourseExercise, CourseQuiz } from '../../shared/course/manifest-schema.ts';
import { attemptRecord, attemptsLeft, attemptsOf, quizProgress, type AttemptRecord, type QuizProgress } from '../../shared/course/quiz/attempts.ts';
import type { Answers } from '../../shared/course/quiz/schema.ts';
import { scoreAttempt } from '../../shared/course/quiz/scoring.ts';
import { attemptLayout, type AttemptLayout } from '../../shared/course/quiz/shuffle.ts';
import { AppError } from '../../shared/errors.ts';
import { appendEvent, hasEvent } from '../store/course.ts';
import { nowIso } from '../store/ids.ts';
import type { ServiceContext } from './context.ts';
import { eventsOf, findExercise, requirePack } from './course-progress.ts';

export interface QuizState {
  /** The attempt to show next (1, 2, …), or null when none is left (passed, or out of attempts). */
  attempt: number | null;
  /** Its order of questions and options; for the last attempt when none is left. */
  layout: AttemptLayout;
  attempts: AttemptRecord[];
  progress: QuizProgress;
  /** null: unlimited. */
  attemptsLeft: number | null;
}

function quizOf(ctx: ServiceContext, packId: string, exerciseId: string): { exercise: CourseExercise; quiz: CourseQuiz } {
  const exercise = findExercise(requirePack(ctx, packId), exerciseId);
  if (!exercise.quiz) throw new AppError('pack.not_a_quiz', { id: exerciseId });
  return { exercise, quiz: exercise.quiz };
}

/** The seed of an attempt's order: the pack and the exercise, so two quizzes never share an order. */
const layoutKey = (packId: string, exerciseId: string) => `${packId}/${exerciseId}`;

export function quizState(ctx: ServiceContext, packId: string, exerciseId: string): QuizState {
  const { quiz } = quizOf(ctx, packId, exerciseId);
  const attempts = attemptsOf(eventsOf(ctx, packId), exerciseId);
  const progress = quizProgress(quiz, attempts);
  const left = attemptsLeft(progress);
  const attempt = left === 0 ? null : attempts.length + 1;
  return { attempt, layout: attemptLayout(quiz, layoutKey(packId, exerciseId), attempt ?? Math.max(1, attempts.length)), attempts, progress, attemptsLeft: left };
}

/**
 * Scores and records attempt `attempt`. It must be the next one (a second window that submitted
 * first makes this one stale, refused rather than counted twice) and one must be left.
 */
export function submitQuiz(ctx: ServiceContext, packId: string, exerciseId: string, attempt: number, answers: Answers): { record: AttemptRecord; state: QuizState } {
  const { quiz } = quizOf(ctx, packId, exerciseId);
  const known = new Set(quiz.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) throw new AppError('pack.quiz_unknown_question', { id: exerciseId, question: id });
  const record = ctx.db.transaction(() => {
    const before = quizState(ctx, packId, exerciseId);
    if (before.attempt === null) throw new AppError('pack.quiz_no_attempts_left', { id: exerciseId });
    if (attempt !== before.attempt) throw new AppError('pack.quiz_attempt_stale', { id: exerciseId, attempt, expected: before.attempt });
    const made = attemptRecord(attempt, answers, scoreAttempt(quiz, answers));
    const at = nowIso();
    if (!hasEvent(ctx.db, packId, 'exercise_started', exerciseId)) appendEvent(ctx.db, { packId, kind: 'exercise_started', itemId: exerciseId, at });
    appendEvent(ctx.db, { packId, kind: 'quiz_attempted', itemId: exerciseId, data: made, at });
    if (made.passed && !hasEvent(ctx.db, packId, 'quiz_passed', exerciseId)) appendEvent(ctx.db, { packId, kind: 'quiz_passed', itemId: exerciseId, data: { attempt, percent: made.percent }, at });
    return made;
  })();
  return { record, state: quizState(ctx, packId, exerciseId) };
}
