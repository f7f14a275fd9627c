import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../../shared/course/manifest-schema.ts';
import type { Answer, Answers } from '../../../../shared/course/quiz/schema.ts';
import { isCorrect, scoreAttempt } from '../../../../shared/course/quiz/scoring.ts';
import { quizJson } from './quiz-fixture.ts';

const quiz = quizSchema.parse(quizJson());
const question = (id: string) => quiz.questions.find((q) => q.id === id)!;

describe('isCorrect', () => {
  it.each<[string, Answer, boolean]>([
    ['q-single', 'heading', true],
    ['q-single', 'action', false],
    ['q-single', ['heading'], false],
    ['q-multi', ['malam', 'pagi'], true],
    ['q-multi', ['pagi'], false],
    ['q-multi', ['pagi', 'malam', 'int'], false],
    ['q-multi', ['pagi', 'pagi'], false],
    ['q-multi', 'pagi', false],
    ['q-tf', true, true],
    ['q-tf', false, false],
    ['q-tf', 'true', false],
    ['q-text', 'courier', true],
    ['q-text', '  COURIER   PRIME ', true],
    ['q-text', 'Cóuríer', true],
    ['q-text', 'Arial', false],
    ['q-text', 3, false],
    ['q-num', 90, true],
    ['q-num', 95, true],
    ['q-num', 84.9, false],
    ['q-num', '87,5', true],
    ['q-num', 'ninety', false],
    ['q-order', ['fade-in', 'heading', 'fade-out'], true],
    ['q-order', ['heading', 'fade-in', 'fade-out'], false],
    ['q-order', ['fade-in', 'heading'], false],
  ])('%s answered %j → %s', (id, answer, expected) => expect(isCorrect(question(id), answer)).toBe(expected));
});

describe('scoreAttempt', () => {
  const right: Answers = { 'q-single': 'heading', 'q-multi': ['pagi', 'malam'], 'q-tf': true, 'q-text': 'courier', 'q-num': 90, 'q-order': ['fade-in', 'heading', 'fade-out'] };
  it.each<[string, Answers, { earned: number; percent: number; passed: boolean }]>([
    ['all right', right, { earned: 7, percent: 100, passed: true }],
    ['nothing answered', {}, { earned: 0, percent: 0, passed: false }],
    ['the 2-point question wrong', { ...right, 'q-num': 10 }, { earned: 5, percent: 71.4, passed: true }],
    ['two wrong', { ...right, 'q-num': 10, 'q-tf': false }, { earned: 4, percent: 57.1, passed: false }],
  ])('%s', (_name, answers, expected) => {
    const s = scoreAttempt(quiz, answers);
    expect(s).toMatchObject({ ...expected, total: 7 });
    expect(s.questions).toHaveLength(6);
  });

  it('passes exactly at the pass mark', () => {
    const half = quizSchema.parse({ ...quizJson(), passMark: 50, questions: quizJson().questions.slice(0, 2) });
    expect(scoreAttempt(half, { 'q-single': 'heading' })).toMatchObject({ percent: 50, passed: true });
    expect(scoreAttempt(quizSchema.parse({ ...quizJson(), passMark: 0 }), {})).toMatchObject({ passed: true });
  });

  it('marks unanswered questions as such', () => {
    const s = scoreAttempt(quiz, { 'q-single': 'action', 'q-text': '  ' });
    expect(s.questions.find((q) => q.id === 'q-single')).toMatchObject({ answered: true, correct: false });
    expect(s.questions.find((q) => q.id === 'q-text')).toMatchObject({ answered: false, correct: false });
  });
});
