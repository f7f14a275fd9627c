/**
 * The rules of a quiz that its schema cannot state, each broken one reported as its own Problem
 * (course.<name>, translated in renderer/i18n/*\/course.json) naming the exercise, the question and
 * the field's JSON path — so an instructor fixes them all in one pass:
 * a choice question with no correct option or too few options, a single choice with more than one
 * correct, an ordering with fewer than two items, a negative tolerance, a short text with no
 * usable accepted answer, a pass mark outside 0–100, ids used twice, and an exercise whose
 * completion rule and quiz disagree.
 */
import type { Problem } from '../messages.ts';
import { normaliseText } from './normalise.ts';
import type { QuizOf } from './schema.ts';

const problem = (name: string, params: Problem['params']): Problem => ({ code: `course.${name}`, params });

/** The exercise fields these rules read. */
export interface QuizExercise<T> {
  id: string;
  completion: string;
  quiz?: QuizOf<T>;
  starter?: string;
  checks: unknown[];
  rubric?: unknown[];
}

function duplicates(ids: string[], at: (i: number) => string, name: string, params: Problem['params'], out: Problem[]) {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier !== undefined) out.push(problem(name, { ...params, path: `${at(i)}.id`, id, first: at(earlier) }));
    else first.set(id, i);
  });
}

/** Problems of exercise `ex` at JSON path `at` ("modules[1].exercises[0]"). */
export function quizProblems<T>(ex: QuizExercise<T>, at: string): Problem[] {
  const out: Problem[] = [];
  const exercise = ex.id;
  if (ex.completion === 'quiz_passed' && !ex.quiz) out.push(problem('quiz_missing', { path: `${at}.quiz`, exercise }));
  if (!ex.quiz) return out;
  const quiz = ex.quiz;
  const q0 = `${at}.quiz`;
  if (ex.completion !== 'quiz_passed') out.push(problem('quiz_completion', { path: `${at}.completion`, exercise, value: ex.completion }));
  // A quiz is answered in the quiz view, never in a draft: writing-exercise fields would never be used.
  if (ex.starter !== undefined) out.push(problem('quiz_with_writing_field', { path: `${at}.starter`, exercise, field: 'starter' }));
  if (ex.checks.length > 0) out.push(problem('quiz_with_writing_field', { path: `${at}.checks`, exercise, field: 'checks' }));
  if (ex.rubric !== undefined) out.push(problem('quiz_with_writing_field', { path: `${at}.rubric`, exercise, field: 'rubric' }));
  if (!(quiz.passMark >= 0 && quiz.passMark <= 100)) out.push(problem('quiz_pass_mark_range', { path: `${q0}.passMark`, exercise, value: quiz.passMark }));

  duplicates(quiz.questions.map((q) => q.id), (i) => `${q0}.questions[${i}]`, 'duplicate_question_id', { exercise }, out);
  quiz.questions.forEach((q, i) => {
    const path = `${q0}.questions[${i}]`;
    const params = { exercise, question: q.id };
    switch (q.kind) {
      case 'single':
      case 'multiple': {
        const correct = q.options.filter((o) => o.correct).length;
        if (q.options.length < 2) out.push(problem('quiz_too_few_options', { ...params, path: `${path}.options`, count: q.options.length }));
        if (correct === 0) out.push(problem('quiz_no_correct_option', { ...params, path: `${path}.options` }));
        if (q.kind === 'single' && correct > 1) out.push(problem('quiz_single_many_correct', { ...params, path: `${path}.options`, count: correct }));
        duplicates(q.options.map((o) => o.id), (j) => `${path}.options[${j}]`, 'duplicate_option_id', params, out);
        break;
      }
      case 'ordering':
        if (q.items.length < 2) out.push(problem('quiz_ordering_too_few', { ...params, path: `${path}.items`, count: q.items.length }));
        duplicates(q.items.map((o) => o.id), (j) => `${path}.items[${j}]`, 'duplicate_option_id', params, out);
        break;
      case 'numeric':
        if (q.tolerance < 0) out.push(problem('quiz_tolerance_negative', { ...params, path: `${path}.tolerance`, value: q.tolerance }));
        break;
      case 'short_text':
        q.accepted.forEach((a, j) => {
          // An answer that normalises to nothing could never be typed.
          if (normaliseText(a) === '') out.push(problem('quiz_accepted_empty', { ...params, path: `${path}.accepted[${j}]` }));
        });
        break;
      case 'true_false':
        break;
    }
  });
  return out;
}
