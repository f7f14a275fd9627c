/** A quiz's attempts as a progress report carries them (report.ts, `activities[].quiz`). */
import type { ReportQuiz } from '../report.ts';
import { attemptRecordSchema, maxAttemptsOf, quizProgress, type AttemptRecord } from './attempts.ts';
import type { QuizOf } from './schema.ts';

export function reportQuiz<T>(quiz: QuizOf<T>, events: readonly { kind: string; itemId: string; data: unknown; at: string }[], exerciseId: string): ReportQuiz {
  const attempts: (AttemptRecord & { at: string })[] = [];
  for (const e of events) {
    if (e.kind !== 'quiz_attempted' || e.itemId !== exerciseId) continue;
    const parsed = attemptRecordSchema.safeParse(e.data);
    if (parsed.success) attempts.push({ ...parsed.data, at: e.at });
  }
  const progress = quizProgress(quiz, attempts);
  return {
    attempts: progress.attempts,
    maxAttempts: maxAttemptsOf(quiz),
    bestPercent: progress.bestPercent,
    lastPercent: progress.lastPercent,
    passed: progress.passed,
    // Numbered as the report lists them, so the numbering always reads 1…n.
    history: attempts.map((a, i) => ({ attempt: i + 1, at: a.at, percent: a.percent, passed: a.passed, questions: a.questions })),
  };
}
