/** A report's quiz results: derived from the attempts in the log, and refused on import when they do not add up. */
import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../../shared/course/manifest-schema.ts';
import { attemptRecord } from '../../../../shared/course/quiz/attempts.ts';
import { reportQuiz } from '../../../../shared/course/quiz/report-quiz.ts';
import { scoreAttempt } from '../../../../shared/course/quiz/scoring.ts';
import { reportProblem } from '../../../../shared/course/report-checks.ts';
import { REPORT_SCHEMA, activityFrom, type ProgressReport, type ReportQuiz } from '../../../../shared/course/report.ts';
import { quizJson } from './quiz-fixture.ts';

const quiz = quizSchema.parse(quizJson());
const GENERATED = '2026-11-20T10:00:00.000Z';
const NOW = Date.parse('2026-11-20T10:05:00.000Z');

function events(): { kind: string; itemId: string; data: unknown; at: string }[] {
  const wrong = attemptRecord(1, { 'q-tf': true }, scoreAttempt(quiz, { 'q-tf': true }));
  const right = { 'q-single': 'heading', 'q-multi': ['pagi', 'malam'], 'q-tf': true, 'q-text': 'courier', 'q-num': 90, 'q-order': ['fade-in', 'heading', 'fade-out'] };
  return [
    { kind: 'quiz_attempted', itemId: 'quiz', data: wrong, at: '2026-11-20T09:00:00.000Z' },
    { kind: 'quiz_attempted', itemId: 'other', data: wrong, at: '2026-11-20T09:01:00.000Z' },
    { kind: 'quiz_attempted', itemId: 'quiz', data: { broken: true }, at: '2026-11-20T09:02:00.000Z' },
    { kind: 'quiz_attempted', itemId: 'quiz', data: attemptRecord(2, right, scoreAttempt(quiz, right)), at: '2026-11-20T09:30:00.000Z' },
  ];
}

function reportWith(q: ReportQuiz): ProgressReport {
  const activity = activityFrom({ kind: 'exercise', id: 'quiz', moduleId: 'm', status: 'done', startedAt: '2026-11-20T09:00:00.000Z', doneAt: '2026-11-20T09:30:00.000Z', due: null }, { quiz: q });
  return {
    schema: REPORT_SCHEMA,
    trainee: 'Sari',
    pack: { id: 'p.x.y', version: '1.0.0', revision: 1, title: 'P', publisherKey: null },
    generatedAt: GENERATED,
    summary: { done: 1, total: 1, streakDays: 1, wordsWritten: 0 },
    days: [{ day: '2026-11-20', words: 0, pages: 0 }],
    activities: [activity],
    signature: { key: 'ed25519:x', sig: 'y' } as never,
  };
}

describe('reportQuiz', () => {
  it('lists this quiz’s readable attempts, numbered 1…n, with the figures they add up to', () => {
    const q = reportQuiz(quiz, events(), 'quiz');
    expect(q).toMatchObject({ attempts: 2, maxAttempts: 3, bestPercent: 100, lastPercent: 100, passed: true });
    expect(q.history.map((h) => [h.attempt, h.percent, h.passed, h.at])).toEqual([
      [1, 14.3, false, '2026-11-20T09:00:00.000Z'],
      [2, 100, true, '2026-11-20T09:30:00.000Z'],
    ]);
    expect(reportProblem(reportWith(q), NOW)).toBeNull();
    // A later revision that lowered the maximum does not make the attempts already made a fault.
    expect(reportProblem(reportWith({ ...q, maxAttempts: 1 }), NOW)).toBeNull();
  });

  it.each<[string, (q: ReportQuiz) => void, string]>([
    ['more attempts than listed', (q) => (q.attempts = 3), 'attempts'],
    ['attempts out of sequence', (q) => (q.history[1].attempt = 3), 'history[1].attempt'],
    ['an attempt after the report', (q) => (q.history[1].at = '2026-11-20T11:00:00.000Z'), 'history[1].at'],
    ['a pass no attempt made', (q) => (q.history[1].passed = false), 'passed'],
    ['a best score no attempt made', (q) => (q.bestPercent = 90), 'bestPercent'],
    ['a last score not the last attempt’s', (q) => (q.lastPercent = 14.3), 'lastPercent'],
  ])('refuses %s', (_name, edit, field) => {
    const q = reportQuiz(quiz, events(), 'quiz');
    edit(q);
    expect(reportProblem(reportWith(q), NOW)).toEqual({ code: 'trust.report_activity_invalid', params: { id: 'quiz', field: `activities[0].quiz.${field}` } });
  });
});
