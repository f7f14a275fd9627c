/**
 * Quizzes on a real SQLite file: the seeded order survives a reopen, attempts are scored by the
 * service and kept in the progress log, a pass completes the exercise, stale or extra attempts and
 * unknown questions are refused with nothing recorded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';
import { FILES, manifestFor, rawZip } from '../course/pack-fixture.ts';
import { quizJson } from '../../shared/course/quiz/quiz-fixture.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);
const PACK = 'id.naskah.test-pack';
const QUIZ = 'safety-quiz';

export function quizExercise(attempts: number | 'unlimited' = 3) {
  return { id: QUIZ, title: { en: 'Safety quiz', id: 'Kuis keamanan' }, prompt: { en: 'Answer.', id: 'Jawab.' }, completion: 'quiz_passed', quiz: { ...quizJson(), attempts } };
}

export async function quizPackB64(attempts: number | 'unlimited' = 3): Promise<string> {
  const manifest = manifestFor(FILES) as { modules: { exercises: unknown[] }[] };
  manifest.modules[0].exercises.push(quizExercise(attempts));
  const entries = [{ name: 'course.json', data: JSON.stringify(manifest) }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))];
  return (await rawZip(entries)).toString('base64');
}

export const RIGHT = { 'q-single': 'heading', 'q-multi': ['pagi', 'malam'], 'q-tf': true, 'q-text': ' COURIER ', 'q-num': '92,5', 'q-order': ['fade-in', 'heading', 'fade-out'] };
export const WRONG = { 'q-single': 'action', 'q-multi': ['pagi'], 'q-tf': true, 'q-text': 'Arial', 'q-num': 10, 'q-order': ['heading', 'fade-in', 'fade-out'] };

describe('course quizzes', () => {
  it('scores attempts, keeps them in the progress log of the SQLite file, and completes on a pass', async () => {
    const dir = tempDataDir();
    backend = openBackend(dir, 'cli', 'en-US');
    await call('course.install', { fileName: 'p', content: await quizPackB64() });
    const first = await call('course.quizState', { packId: PACK, exerciseId: QUIZ });
    expect(first).toMatchObject({ attempt: 1, attempts: [], attemptsLeft: 3, progress: { attempts: 0, maxAttempts: 3, bestPercent: null, passed: false } });
    expect([...first.layout.questions].sort()).toEqual(['q-multi', 'q-num', 'q-order', 'q-single', 'q-text', 'q-tf']);

    const wrong = await call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 1, answers: WRONG });
    expect(wrong.record).toMatchObject({ attempt: 1, earned: 1, total: 7, percent: 14.3, passed: false });
    expect(wrong.record.questions.find((q) => q.id === 'q-single')).toEqual({ id: 'q-single', correct: false, answered: true });
    expect(wrong.state).toMatchObject({ attempt: 2, attemptsLeft: 2 });
    let progress = (await call('course.get', { packId: PACK })).progress.items.find((i) => i.id === QUIZ)!;
    expect(progress).toMatchObject({ status: 'started', quiz: { attempts: 1, lastPercent: 14.3, passed: false } });

    // Reopened from the file: the same next attempt, in the same order.
    backend.close();
    backend = openBackend(dir, 'cli', 'en-US');
    const again = await call('course.quizState', { packId: PACK, exerciseId: QUIZ });
    expect(again.attempt).toBe(2);
    expect(again.layout).toEqual(wrong.state.layout);
    expect(again.attempts).toHaveLength(1);

    const right = await call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 2, answers: RIGHT });
    expect(right.record).toMatchObject({ attempt: 2, earned: 7, percent: 100, passed: true });
    expect(right.state).toMatchObject({ attempt: null, attemptsLeft: 0, progress: { attempts: 2, bestPercent: 100, lastPercent: 100, passed: true } });
    const got = await call('course.get', { packId: PACK });
    progress = got.progress.items.find((i) => i.id === QUIZ)!;
    expect(progress).toMatchObject({ status: 'done', quiz: { attempts: 2, bestPercent: 100, passed: true } });
    expect(progress.doneAt).not.toBeNull();
    await expect(call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 3, answers: RIGHT })).rejects.toMatchObject({ code: 'pack.quiz_no_attempts_left' });
  });

  it('refuses a stale attempt, an unknown question and attempts beyond the maximum, recording nothing', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    await call('course.install', { fileName: 'p', content: await quizPackB64(2) });
    await expect(call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 1, answers: { ...WRONG, 'q-nope': 1 } })).rejects.toMatchObject({ code: 'pack.quiz_unknown_question', params: { question: 'q-nope' } });
    await expect(call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 2, answers: WRONG })).rejects.toMatchObject({ code: 'pack.quiz_attempt_stale', params: { attempt: 2, expected: 1 } });
    expect((await call('course.quizState', { packId: PACK, exerciseId: QUIZ })).attempts).toEqual([]);
    await call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 1, answers: WRONG });
    await expect(call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 1, answers: RIGHT })).rejects.toMatchObject({ code: 'pack.quiz_attempt_stale' });
    const last = await call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 2, answers: {} });
    expect(last.state).toMatchObject({ attempt: null, attemptsLeft: 0, progress: { attempts: 2, passed: false } });
    await expect(call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 3, answers: RIGHT })).rejects.toMatchObject({ code: 'pack.quiz_no_attempts_left' });
    expect((await call('course.get', { packId: PACK })).progress.items.find((i) => i.id === QUIZ)).toMatchObject({ status: 'started', quiz: { attempts: 2, passed: false } });
    await expect(call('course.quizState', { packId: PACK, exerciseId: 'first-scene' })).rejects.toMatchObject({ code: 'pack.not_a_quiz' });
    await expect(call('course.startExercise', { packId: PACK, exerciseId: QUIZ })).rejects.toMatchObject({ code: 'pack.quiz_has_no_draft' });
    // The UI cannot record a quiz result itself.
    await expect(call('course.record', { packId: PACK, kind: 'quiz_passed' as never, itemId: QUIZ })).rejects.toMatchObject({ code: expect.any(String) });
  });

  it('carries the attempts in the signed report, and the class table shows score, attempts and each question', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    await call('course.install', { fileName: 'p', content: await quizPackB64('unlimited') });
    await call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 1, answers: WRONG });
    const before = await call('course.exportReport', { packId: PACK, trainee: 'Sari', format: 'json' });
    await call('course.submitQuiz', { packId: PACK, exerciseId: QUIZ, attempt: 2, answers: RIGHT });
    const after = await call('course.exportReport', { packId: PACK, trainee: 'Sari', format: 'json' });
    const activity = (JSON.parse(after.content) as { activities: { id: string; status: string; quiz?: unknown }[] }).activities.find((a) => a.id === QUIZ)!;
    expect(activity).toMatchObject({ status: 'done', quiz: { attempts: 2, maxAttempts: null, bestPercent: 100, lastPercent: 100, passed: true, history: [{ attempt: 1, percent: 14.3, passed: false }, { attempt: 2, percent: 100, passed: true }] } });
    // A writing exercise's activity carries no quiz field: older readers see what they always saw.
    expect((JSON.parse(after.content) as { activities: { id: string }[] }).activities.find((a) => a.id === 'first-scene')).not.toHaveProperty('quiz');

    const csv = await call('course.exportReport', { packId: PACK, trainee: 'Sari', format: 'csv' });
    expect(csv.content.split('\r\n')[0]).toMatch(/,quiz_best_percent,quiz_attempts,quiz_passed,mentor_score,mentor_score_max,mentor_verdict$/);
    expect(csv.content).toMatch(/"safety-quiz".*,100,2,true,,,\r\n/);

    const imported = await call('course.importReports', { files: [{ fileName: before.fileName, content: before.content }, { fileName: 'later.naskahreport', content: after.content }], packId: PACK });
    expect(imported).toMatchObject({ added: 2, refused: [] });
    const table = await call('course.classTable', { packId: PACK });
    expect(table.exercises.find((e) => e.id === QUIZ)?.questions?.map((q) => q.id)).toEqual(['q-single', 'q-multi', 'q-tf', 'q-text', 'q-num', 'q-order']);
    const [row] = table.rows;
    expect(row).toMatchObject({ trainee: 'Sari', done: 1, exercises: { [QUIZ]: 'done' }, quizzes: { [QUIZ]: { attempts: 2, bestPercent: 100, passed: true } } });
    expect(row.signedBy).not.toBeNull();
    expect(row.quizzes[QUIZ].history[0].questions.find((q) => q.id === 'q-single')).toEqual({ id: 'q-single', correct: false, answered: true });

    // Figures that do not add up are refused, naming the field; the signature is checked first.
    const forged = JSON.parse(after.content) as { activities: { id: string; quiz: { bestPercent: number } }[] };
    forged.activities.find((a) => a.id === QUIZ)!.quiz.bestPercent = 90;
    const refused = await call('course.importReports', { files: [{ fileName: 'forged.naskahreport', content: JSON.stringify(forged) }] });
    expect(refused.refused).toMatchObject([{ problem: { code: 'trust.report_bad_signature' } }]);
  });
});
