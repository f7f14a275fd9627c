/**
 * A mentor scores an exercise draft on its rubric (the sample pack's dialogue exercise): the
 * criteria come with the bundle, a score outside the criterion's range is said to have been
 * adjusted rather than silently changed, and the saved scores add up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };

describe('mentor rubric', () => {
  let trainee: App;
  let mentor: App;
  let bundle: string;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-rubric-e2e-'));
    const pack = path.join(dir, 'sample.naskahpack');
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], silent)).toBe(0);
    trainee = await launchApp();
    mentor = await launchApp();
    const h = trainee.backend.handlers;
    const installed = await h['course.install']({ fileName: 'sample.naskahpack', content: fs.readFileSync(pack).toString('base64') });
    const { scriptId } = await h['course.startExercise']({ packId: installed.id, exerciseId: 'dialogue-fan-argument' });
    const { file } = await h['review.exportBundle']({ scriptId });
    bundle = path.join(dir, file.fileName);
    fs.writeFileSync(bundle, Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'));
  });
  afterAll(async () => {
    await trainee?.close();
    await mentor?.close();
  });

  it('flags a score above the maximum, saves the nearest allowed one, and totals the scores', async () => {
    const p = mentor.page;
    await p.getByTestId('open-bundle-file').setInputFiles(bundle);
    await p.getByTestId('review-screen').waitFor();
    await p.getByTestId('toggle-rubric').click();
    await expect.poll(() => p.getByTestId('criterion').count()).toBeGreaterThan(1);

    const subtext = p.getByTestId('score-subtext');
    await subtext.fill('7');
    const note = p.getByTestId('score-adjusted-subtext');
    await expect(note.textContent()).resolves.toBe('Scores run from 0 to 5 in whole numbers: saved as 5.');
    await expect(subtext.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect.poll(() => p.getByTestId('score-total').textContent()).toMatch(/^5\//);

    await p.getByTestId('score-voice').fill('3');
    await expect(p.getByTestId('score-adjusted-voice').count()).resolves.toBe(0);
    await expect.poll(() => p.getByTestId('score-total').textContent()).toMatch(/^8\//);
    // Leaving the field shows what was kept; the note has done its job.
    await expect(subtext.inputValue()).resolves.toBe('5');
    await expect(note.count()).resolves.toBe(0);

    const [session] = await mentor.backend.handlers['review.listSessions']({});
    const state = await mentor.backend.handlers['review.getSession']({ sessionId: session.id });
    expect(state.review.scores.filter((s) => s.score !== null).map((s) => [s.criterionId, s.score])).toEqual([
      ['subtext', 5],
      ['voice', 3],
    ]);
  });
});
