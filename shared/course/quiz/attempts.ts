/**
 * A quiz's attempts as the progress log keeps them: one `quiz_attempted` event per submitted
 * attempt (its number, the answers and how each question scored), so the score, the attempts
 * left and the per-question record for the instructor are derived, never stored twice.
 */
import { z } from 'zod';
import { answersSchema, type QuizOf } from './schema.ts';
import type { AttemptScore } from './scoring.ts';

export const attemptRecordSchema = z.object({
  attempt: z.number().int().min(1),
  answers: answersSchema,
  earned: z.number().min(0),
  total: z.number().min(0),
  percent: z.number().min(0).max(100),
  passed: z.boolean(),
  questions: z.array(z.object({ id: z.string(), correct: z.boolean(), answered: z.boolean() })),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

export interface QuizProgress {
  attempts: number;
  /** null: unlimited. */
  maxAttempts: number | null;
  /** null: no attempt yet. */
  bestPercent: number | null;
  lastPercent: number | null;
  passed: boolean;
}

export function attemptRecord(attempt: number, answers: AttemptRecord['answers'], score: AttemptScore): AttemptRecord {
  return {
    attempt,
    answers,
    earned: score.earned,
    total: score.total,
    percent: score.percent,
    passed: score.passed,
    questions: score.questions.map((q) => ({ id: q.id, correct: q.correct, answered: q.answered })),
  };
}

/** The attempts recorded for one quiz, in the log's order; an event whose data does not parse is skipped. */
export function attemptsOf(events: readonly { kind: string; itemId: string; data: unknown }[], exerciseId: string): AttemptRecord[] {
  const out: AttemptRecord[] = [];
  for (const e of events) {
    if (e.kind !== 'quiz_attempted' || e.itemId !== exerciseId) continue;
    const parsed = attemptRecordSchema.safeParse(e.data);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function maxAttemptsOf<T>(quiz: QuizOf<T>): number | null {
  return quiz.attempts === 'unlimited' ? null : quiz.attempts;
}

export function quizProgress<T>(quiz: QuizOf<T>, attempts: readonly AttemptRecord[]): QuizProgress {
  const last = attempts.at(-1);
  return {
    attempts: attempts.length,
    maxAttempts: maxAttemptsOf(quiz),
    bestPercent: attempts.length ? Math.max(...attempts.map((a) => a.percent)) : null,
    lastPercent: last ? last.percent : null,
    passed: attempts.some((a) => a.passed),
  };
}

/** Attempts still open: null when unlimited; 0 once passed (a passed quiz is done). */
export function attemptsLeft(progress: QuizProgress): number | null {
  if (progress.passed) return 0;
  return progress.maxAttempts === null ? null : Math.max(0, progress.maxAttempts - progress.attempts);
}
