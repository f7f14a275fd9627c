/**
 * Scoring an attempt: each question is right or wrong as a whole (a multiple-choice question
 * needs exactly the correct set, an ordering question the whole order), worth its points. The
 * score is the percent of points earned; the attempt passes at or above the quiz's pass mark.
 * Pure: the service scores what the trainee sent, and the same code re-scores it anywhere.
 */
import { normaliseText, parseTypedNumber } from './normalise.ts';
import type { Answer, Answers, QuestionOf, QuizOf } from './schema.ts';

export interface QuestionScore {
  id: string;
  correct: boolean;
  /** False when no answer was given. */
  answered: boolean;
  earned: number;
  points: number;
}

export interface AttemptScore {
  questions: QuestionScore[];
  earned: number;
  total: number;
  /** Percent of points earned, rounded to one decimal place (the pass decision uses the exact ratio). */
  percent: number;
  passed: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

function isAnswered(a: Answer | undefined): a is Answer {
  if (a === undefined) return false;
  if (typeof a === 'string') return a.trim() !== '';
  if (Array.isArray(a)) return a.length > 0;
  return true;
}

/** Whether `answer` is right for `q`; an answer of another shape than the question takes is wrong. */
export function isCorrect<T>(q: QuestionOf<T>, answer: Answer): boolean {
  switch (q.kind) {
    case 'single': {
      const right = q.options.filter((o) => o.correct).map((o) => o.id);
      return typeof answer === 'string' && right.length === 1 && answer === right[0];
    }
    case 'multiple':
      return Array.isArray(answer) && sameSet(answer, q.options.filter((o) => o.correct).map((o) => o.id));
    case 'true_false':
      return typeof answer === 'boolean' && answer === q.answer;
    case 'short_text': {
      if (typeof answer !== 'string') return false;
      const given = normaliseText(answer);
      return given !== '' && q.accepted.some((a) => normaliseText(a) === given);
    }
    case 'numeric': {
      const n = typeof answer === 'number' ? answer : typeof answer === 'string' ? parseTypedNumber(answer) : null;
      // A tiny allowance so 0.1 + 0.2 style representation errors never fail an exact answer.
      return n !== null && Number.isFinite(n) && Math.abs(n - q.answer) <= Math.max(0, q.tolerance) + 1e-9 * Math.max(1, Math.abs(q.answer));
    }
    case 'ordering':
      return Array.isArray(answer) && answer.length === q.items.length && q.items.every((item, i) => answer[i] === item.id);
  }
}

export function scoreAttempt<T>(quiz: QuizOf<T>, answers: Answers): AttemptScore {
  const questions = quiz.questions.map((q): QuestionScore => {
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const answered = isAnswered(a);
    const correct = answered && isCorrect(q, a);
    return { id: q.id, correct, answered, earned: correct ? q.points : 0, points: q.points };
  });
  const earned = questions.reduce((n, q) => n + q.earned, 0);
  const total = questions.reduce((n, q) => n + q.points, 0);
  return {
    questions,
    earned,
    total,
    percent: total === 0 ? 0 : Math.round((earned / total) * 1000) / 10,
    passed: total > 0 && earned * 100 >= quiz.passMark * total,
  };
}
