/**
 * A quiz in the real UI (issue 13): the sample pack imported through the course screen, its quiz
 * answered wrong (feedback per answer, attempts left), the same order after a reload, answered
 * right, the pass on the dashboard; then the instructor's class view shows the score, the
 * attempts and each question in the detail row.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };
const PACK = 'org.naskah.dasar-skenario';
const QUIZ = 'format-quiz';

async function openQuiz(p: Page) {
  await p.getByTestId('open-courses').click();
  await p.locator('.pack-open').first().click();
  await p.getByTestId(`exercise-${QUIZ}`).click();
  await p.getByTestId('quiz').waitFor();
}

const questionOrder = (p: Page) => p.locator('[data-testid="quiz"] fieldset[data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));

/** Moves the ordering question's items into `wanted` with its ↑ buttons, as a trainee would. */
async function arrange(p: Page, question: string, wanted: string[]) {
  const list = p.locator(`fieldset[data-question="${question}"] li`);
  for (let target = 0; target < wanted.length; target++) {
    const ids = await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
    for (let at = ids.indexOf(wanted[target]); at > target; at--) await list.nth(at).getByRole('button', { name: /up/ }).click();
  }
  await expect.poll(() => list.evaluateAll((els) => els.map((e) => e.getAttribute('data-item')))).toEqual(wanted);
}

describe('quiz', () => {
  let app: App;
  let pack: string;
  beforeAll(async () => {
    pack = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-quiz-e2e-')), 'sample.naskahpack');
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], silent)).toBe(0);
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers wrong then right, keeps the order over a reload, and shows the pass on the dashboard', async () => {
    const p = app.page;
    await p.getByTestId('open-courses').click();
    await p.getByTestId('pack-file').setInputFiles(pack);
    await p.getByTestId('pack-install').click();
    await expect.poll(() => p.getByTestId('pack-item').count()).toBe(1);
    await p.locator('.pack-open').first().click();
    await p.getByTestId(`exercise-${QUIZ}`).click();
    await p.getByTestId('quiz').waitFor();
    await expect.poll(() => p.getByTestId('quiz-attempts-left').textContent()).toBe('3 attempts left');
    expect((await questionOrder(p)).sort()).toEqual(['first-element', 'page-minute', 'page-order', 'times-of-day', 'typeface']);

    // Attempt 1: wrong choices, one question left empty.
    await p.locator('fieldset[data-question="first-element"] input[data-option="action"]').check();
    await p.locator('fieldset[data-question="page-minute"] input[data-option="false"]').check();
    await p.getByTestId('quiz-input-typeface').fill('Arial');
    await p.getByTestId('quiz-submit').click();
    await expect.poll(() => p.getByTestId('quiz-result').getAttribute('data-passed')).toBe('false');
    const feedback = p.locator('.quiz-feedback li[data-question="first-element"]');
    await expect.poll(() => feedback.getAttribute('data-correct')).toBe('false');
    expect(await feedback.textContent()).toContain('Action follows the heading');
    expect(await p.locator('.quiz-feedback li[data-question="times-of-day"]').textContent()).toContain('not answered');
    expect(await p.locator('.quiz-feedback li[data-question="typeface"]').textContent()).toContain('It is Courier');
    expect(await p.getByTestId('quiz-attempts-left').textContent()).toBe('2 attempts left');

    // Attempt 2 is shown in its own order, and the same order again after a reload.
    await p.getByTestId('quiz-retry').click();
    const order = await questionOrder(p);
    const options = await p.locator('fieldset[data-question="times-of-day"] input').evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
    await p.reload();
    await openQuiz(p);
    expect(await questionOrder(p)).toEqual(order);
    expect(await p.locator('fieldset[data-question="times-of-day"] input').evaluateAll((els) => els.map((e) => e.getAttribute('data-option')))).toEqual(options);
    expect(await p.locator('.quiz-form').textContent()).toContain('Attempt 2');

    // Attempt 2: everything right (the typed answer without its capitals and with stray spaces).
    await p.locator('fieldset[data-question="first-element"] input[data-option="heading"]').check();
    await p.locator('fieldset[data-question="page-minute"] input[data-option="true"]').check();
    await p.getByTestId('quiz-input-typeface').fill('  courier ');
    await p.locator('fieldset[data-question="times-of-day"] input[data-option="malam"]').check();
    await p.locator('fieldset[data-question="times-of-day"] input[data-option="day"]').check();
    await arrange(p, 'page-order', ['fade-in', 'heading', 'action', 'cue']);
    await p.getByTestId('quiz-submit').click();
    await expect.poll(() => p.getByTestId('quiz-result').getAttribute('data-passed')).toBe('true');
    expect(await p.getByTestId('quiz-score').textContent()).toContain('Score: 100%');
    expect(await p.getByTestId('quiz-attempts-left').textContent()).toBe('passed');
    await expect.poll(() => p.getByTestId(`exercise-${QUIZ}`).getAttribute('class')).toContain('status-done');

    // The dashboard: the quiz's best score and its pass, counted as done.
    await p.reload();
    await p.getByTestId('open-courses').click();
    await p.locator('.pack-open').first().click();
    const row = p.getByTestId(`dashboard-quiz-${QUIZ}`);
    await expect.poll(() => row.getAttribute('data-passed')).toBe('true');
    expect(await row.getAttribute('data-status')).toBe('done');
    expect(await row.textContent()).toContain('best score 100% (2 attempts)');
    expect(await p.getByTestId('progress-total').textContent()).toMatch(/^1 of \d+ done$/);
  });

  it('shows the instructor the score, the attempts and each question per attempt', async () => {
    const p = app.page;
    const report = await app.backend.handlers['course.exportReport']({ packId: PACK, trainee: 'Sari Dewi', format: 'json' });
    const file = path.join(path.dirname(pack), report.fileName);
    fs.writeFileSync(file, report.content);
    await p.getByTestId('open-courses').click();
    await p.getByRole('button', { name: 'Class view' }).click();
    await p.getByTestId('report-files').setInputFiles(file);
    await expect.poll(() => p.getByTestId('report-import-result').textContent()).toContain('Reports added: 1');
    const cell = p.locator(`[data-testid="class-row"] td[data-exercise="${QUIZ}"]`);
    await expect.poll(() => cell.getAttribute('data-status')).toBe('done');
    expect(await cell.getByTestId('class-quiz').getAttribute('data-percent')).toBe('100');
    expect(await cell.getByTestId('class-quiz').getAttribute('data-attempts')).toBe('2');
    await p.getByTestId('quiz-detail-toggle').click();
    const detail = p.getByTestId('quiz-detail').locator(`table[data-quiz="${QUIZ}"]`);
    await expect.poll(() => detail.locator('tbody tr').count()).toBe(5);
    expect(await detail.locator('tr[data-question="first-element"] td').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')))).toEqual(['wrong', 'correct']);
    expect(await detail.locator('tr[data-question="times-of-day"] td').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')))).toEqual(['unanswered', 'correct']);
  });
});
