/** Every quiz problem the validator reports, each naming the exercise, the question and the field. */
import { describe, expect, it } from 'vitest';
import { validateManifest, type Problem } from '../../../../shared/course/manifest.ts';
import { validManifest } from '../fixture.ts';
import { quizJson } from './quiz-fixture.ts';

/** The fixture with its second module's exercise turned into a quiz. */
function withQuiz(): Record<string, any> {
  const m = validManifest();
  const ex = m.modules[1].exercises[0];
  delete ex.starter;
  delete ex.rubric;
  ex.checks = [];
  ex.completion = 'quiz_passed';
  ex.quiz = quizJson();
  return m;
}
const AT = 'modules[1].exercises[0]';
const Q = `${AT}.quiz`;

function problems(edit: (m: Record<string, any>, quiz: Record<string, any>) => void): Problem[] {
  const m = withQuiz();
  edit(m, m.modules[1].exercises[0].quiz);
  const r = validateManifest(m);
  return r.ok ? [] : r.problems;
}

describe('quiz validation', () => {
  it('accepts the quiz with every question kind, and fills defaults', () => {
    const r = validateManifest(withQuiz());
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    const quiz = r.manifest.modules[1].exercises[0].quiz!;
    expect(quiz.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'true_false', 'short_text', 'numeric', 'ordering']);
    expect(quiz.questions[0].points).toBe(1);
    const unlimited = withQuiz();
    delete unlimited.modules[1].exercises[0].quiz.attempts;
    delete unlimited.modules[1].exercises[0].quiz.shuffle;
    const u = validateManifest(unlimited);
    expect(u.ok && u.manifest.modules[1].exercises[0].quiz).toMatchObject({ attempts: 'unlimited', shuffle: { questions: false, options: false } });
  });

  it.each<[string, (m: Record<string, any>, q: Record<string, any>) => void, string, Record<string, unknown>]>([
    ['no correct option', (_m, q) => (q.questions[0].options[0].correct = false), 'quiz_no_correct_option', { path: `${Q}.questions[0].options`, exercise: 'e2', question: 'q-single' }],
    ['multiple with none correct', (_m, q) => q.questions[1].options.forEach((o: any) => delete o.correct), 'quiz_no_correct_option', { path: `${Q}.questions[1].options`, question: 'q-multi' }],
    ['single with two correct', (_m, q) => (q.questions[0].options[1].correct = true), 'quiz_single_many_correct', { path: `${Q}.questions[0].options`, count: 2 }],
    ['a choice with one option', (_m, q) => (q.questions[0].options = q.questions[0].options.slice(0, 1)), 'quiz_too_few_options', { path: `${Q}.questions[0].options`, count: 1 }],
    ['ordering with one item', (_m, q) => (q.questions[5].items = q.questions[5].items.slice(0, 1)), 'quiz_ordering_too_few', { path: `${Q}.questions[5].items`, question: 'q-order', count: 1 }],
    ['negative tolerance', (_m, q) => (q.questions[4].tolerance = -1), 'quiz_tolerance_negative', { path: `${Q}.questions[4].tolerance`, question: 'q-num', value: -1 }],
    ['duplicate question ids', (_m, q) => (q.questions[2].id = 'q-single'), 'duplicate_question_id', { path: `${Q}.questions[2].id`, id: 'q-single', first: `${Q}.questions[0]` }],
    ['duplicate option ids', (_m, q) => (q.questions[1].options[2].id = 'pagi'), 'duplicate_option_id', { path: `${Q}.questions[1].options[2].id`, id: 'pagi', question: 'q-multi' }],
    ['pass mark above 100', (_m, q) => (q.passMark = 120), 'quiz_pass_mark_range', { path: `${Q}.passMark`, value: 120 }],
    ['pass mark below 0', (_m, q) => (q.passMark = -5), 'quiz_pass_mark_range', { path: `${Q}.passMark`, value: -5 }],
    ['an accepted answer of only marks', (_m, q) => q.questions[3].accepted.push(' \u0301 '), 'quiz_accepted_empty', { path: `${Q}.questions[3].accepted[2]`, question: 'q-text' }],
    ['quiz_passed without a quiz', (m) => delete m.modules[1].exercises[0].quiz, 'quiz_missing', { path: `${AT}.quiz`, exercise: 'e2' }],
    ['a quiz under another completion rule', (m) => (m.modules[1].exercises[0].completion = 'submitted'), 'quiz_completion', { path: `${AT}.completion`, value: 'submitted' }],
    ['a quiz with a starter', (m) => (m.modules[1].exercises[0].starter = 'starters/e1.fountain'), 'quiz_with_writing_field', { path: `${AT}.starter`, field: 'starter' }],
    ['a quiz with checks', (m) => (m.modules[1].exercises[0].checks = [{ kind: 'int_and_ext' }]), 'quiz_with_writing_field', { path: `${AT}.checks`, field: 'checks' }],
    ['an unknown question kind', (_m, q) => (q.questions[0].kind = 'essay'), 'unknown_question_kind', { path: `${Q}.questions[0].kind`, kind: 'essay' }],
    ['no questions', (_m, q) => (q.questions = []), 'too_few_items', { path: `${Q}.questions`, min: 1 }],
    ['zero attempts', (_m, q) => (q.attempts = 0), 'number_too_small', { path: `${Q}.attempts`, min: 1 }],
    ['an unknown question field', (_m, q) => (q.questions[2].answers = true), 'unknown_field', { path: `${Q}.questions[2].answers` }],
    ['a prompt missing a language', (_m, q) => delete q.questions[0].prompt.id, 'missing_field', { path: `${Q}.questions[0].prompt.id` }],
  ])('%s', (_name, edit, code, params) => {
    expect(problems(edit)).toContainEqual({ code: `course.${code}`, params: expect.objectContaining(params) });
  });

  it('reports every problem of a quiz at once', () => {
    const found = problems((_m, q) => {
      q.passMark = 101;
      q.questions[0].options[1].correct = true;
      q.questions[4].tolerance = -2;
      q.questions[5].items = [];
    });
    expect(found.map((p) => p.code).sort()).toEqual(['course.quiz_ordering_too_few', 'course.quiz_pass_mark_range', 'course.quiz_single_many_correct', 'course.quiz_tolerance_negative']);
  });
});

describe('the documented quiz example', () => {
  it('validates as docs/course-pack.md shows it', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const doc = fs.readFileSync(path.join(import.meta.dirname, '../../../../docs/course-pack.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Quizzes'));
    const block = /```json\n([\s\S]*?)\n```/.exec(section)![1];
    const m = validManifest();
    m.modules[1].exercises = [JSON.parse(block)];
    const r = validateManifest(m);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(r.ok && r.manifest.modules[1].exercises[0].quiz?.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'true_false', 'short_text', 'numeric', 'ordering']);
  });
});
