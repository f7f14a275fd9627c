/** naskah report class on a pack with a quiz: its score and attempts in the text and the CSV. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { REPO_ROOT, openBackend } from '../../../electron/host.ts';
import { tempDataDir } from '../temp.ts';

const PACK = 'org.naskah.dasar-skenario';

async function run(args: string[], dataDir: string) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => void (out += String(t)), stderr: (t) => void (err += t), env: { ...process.env, NASKAH_DATA_DIR: dataDir, NASKAH_LANG: 'en' }, cwd: REPO_ROOT });
  return { code, out, err };
}

describe('naskah report class with a quiz', () => {
  it('prints the best score and attempts, and adds quiz columns at the end of the CSV', async () => {
    const data = tempDataDir();
    expect((await run(['pack', 'import', path.join(REPO_ROOT, 'assets', 'course-sample')], data)).code).toBe(0);
    const backend = openBackend(data, 'cli', 'en-US');
    try {
      await backend.handlers['course.submitQuiz']({ packId: PACK, exerciseId: 'format-quiz', attempt: 1, answers: { 'first-element': 'heading', 'page-minute': true, typeface: 'courier' } });
    } finally {
      backend.close();
    }
    const file = path.join(tempDataDir(), 'sari.naskahreport');
    expect((await run(['progress', 'report', PACK, '--trainee', 'Sari', '-o', file], data)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).activities.find((a: { id: string }) => a.id === 'format-quiz').quiz).toMatchObject({ attempts: 1, bestPercent: 60, passed: false });
    expect((await run(['report', 'import', file], data)).code).toBe(0);
    const text = await run(['report', 'class', PACK], data);
    expect(text.out).toContain('Quiz: the screenplay page: in progress — best score 60%, attempts: 1');
    const csv = (await run(['report', 'class', PACK, '--csv'], data)).out.split('\r\n');
    // Quiz columns after the ones before quizzes (both quizzes of the sample), then the submission columns (each exercise's stage, attempts, late), then the mentor score columns last.
    expect(csv[0]).toMatch(/,format-quiz,format-quiz_approval,.*,format-quiz_quiz_percent,format-quiz_quiz_attempts,safety-quiz_quiz_percent,safety-quiz_quiz_attempts,[a-z-]+_stage,[a-z-]+_attempts,[a-z-]+_late(,|$)/);
    expect(csv[0]).toMatch(/_late,[a-z-]+_score,[a-z-]+_score_max,.*_score_[a-z-]+$/);
    const head = csv[0].split(',');
    const row = csv[1].split(',');
    expect([row[head.indexOf('format-quiz_quiz_percent')], row[head.indexOf('format-quiz_quiz_attempts')]]).toEqual(['60', '1']);
    // The safety quiz, not attempted: no score, no attempts.
    expect([row[head.indexOf('safety-quiz_quiz_percent')], row[head.indexOf('safety-quiz_quiz_attempts')]]).toEqual(['', '0']);
  });
});
