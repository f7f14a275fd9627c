/**
 * The instructor's class view in Chromium (issue 13, deliver 5): the sample pack installed, three
 * trainees' reports imported through the class view's file picker, the table sorted by progress
 * (aria-sort follows), filtered to who is behind (the one far below the cohort's median), the chart
 * of completion per module shown, and one trainee's detail row opened. Then a signed report whose
 * exercise a mentor scored (the sample's demo mentor key, in a mentor installation of its own):
 * the score shows verified in its column, sorts, filters, and reads criterion by criterion.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { openBackend } from '../../electron/host.ts';
import { importKey } from '../../electron/trust/key-store.ts';
import { REPORT_SCHEMA_V1, type ProgressReportV1 } from '../../shared/course/report.ts';
import { callerOf } from '../electron/services/call.ts';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };
const PACK = 'org.naskah.dasar-skenario';
const LESSONS: [string, string][] = [
  ['format', 'format-page'], ['format', 'format-elements'], ['format', 'format-typing'],
  ['scene', 'scene-purpose'], ['scene', 'scene-action'], ['scene', 'scene-reading'],
];

/** A version-1 report (unsigned, as older Naskah wrote them) with the first `done` lessons done. */
function report(dir: string, trainee: string, done: number, day: string): string {
  const generatedAt = `${day}T08:00:00.000Z`;
  const r: ProgressReportV1 = {
    schema: REPORT_SCHEMA_V1,
    trainee,
    pack: { id: PACK, version: '1.0.0', revision: 3, title: 'Dasar' },
    generatedAt,
    summary: { done, total: LESSONS.length, streakDays: 0, wordsWritten: 0 },
    activities: LESSONS.map(([moduleId, id], i) => ({
      kind: 'lesson', id, moduleId, status: i < done ? 'done' : 'todo', startedAt: i < done ? generatedAt : null, completedAt: i < done ? generatedAt : null,
      due: null, checksPassed: null, checksTotal: null, checks: [], draftSha256: null, words: null, pages: null,
    })),
  };
  const file = path.join(dir, `${trainee}.naskahreport`);
  fs.writeFileSync(file, JSON.stringify(r));
  return file;
}

/**
 * Dewi's signed report, her fan-argument scene scored 4 + 3 + 5 by the sample's mentor (demo key)
 * with no verdict yet: trainee and mentor are installations of their own, passing files.
 */
async function scoredReport(dir: string, pack: string): Promise<string> {
  const trainee = openBackend(fs.mkdtempSync(path.join(dir, 'trainee-')), 'cli', 'en-US');
  const mentorDir = fs.mkdtempSync(path.join(dir, 'mentor-'));
  importKey(mentorDir, fs.readFileSync(path.join(REPO_ROOT, 'assets', 'demo-keys', 'sample-mentor.naskahkey'), 'utf8'), 'sample-mentor.naskahkey', { name: 'mentor' });
  const mentor = openBackend(mentorDir, 'cli', 'en-US');
  try {
    const t = callerOf(() => trainee);
    const m = callerOf(() => mentor);
    await t('course.install', { fileName: 'sample.naskahpack', content: fs.readFileSync(pack).toString('base64') });
    await t('review.setIdentity', { traineeName: 'Dewi' });
    const { scriptId } = await t('course.startExercise', { packId: PACK, exerciseId: 'dialogue-fan-argument' });
    const { file } = await t('review.exportBundle', { scriptId });
    const { session } = await m('review.openBundle', { content: file.content });
    const scores = [['subtext', 4], ['voice', 3], ['format', 5]].map(([criterionId, score]) => ({ criterionId: String(criterionId), score: Number(score), remark: '' }));
    await m('review.setRubric', { sessionId: session.id, scores, approved: false, reviewerName: 'Bu Ratna' });
    await t('review.importFeedback', { scriptId, content: (await m('review.exportFeedback', { sessionId: session.id })).content });
    const out = path.join(dir, 'dewi.naskahreport');
    fs.writeFileSync(out, (await t('course.exportReport', { packId: PACK, trainee: 'Dewi', format: 'json' })).content);
    return out;
  } finally {
    trainee.close();
    mentor.close();
  }
}

describe('class view', () => {
  let app: App;
  let dir: string;
  let pack: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-class-view-e2e-'));
    pack = path.join(dir, 'sample.naskahpack');
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], silent)).toBe(0);
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports reports, sorts, filters who is behind and opens a trainee’s detail', async () => {
    const p = app.page;
    await p.getByTestId('open-courses').click();
    await p.getByTestId('pack-file').setInputFiles(pack);
    await p.getByTestId('pack-install').click();
    await expect.poll(() => p.getByTestId('pack-item').count()).toBe(1);
    const files = [report(dir, 'Ayu', 6, '2026-11-20'), report(dir, 'Budi', 5, '2026-11-25'), report(dir, 'Citra', 1, '2026-10-02')];
    await p.getByRole('button', { name: 'Class view' }).click();
    await p.getByTestId('report-files').setInputFiles(files);
    await expect.poll(() => p.getByTestId('report-import-result').textContent()).toContain('Reports added: 3');
    const names = () => p.locator('[data-testid="class-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-trainee')));
    await expect.poll(names).toEqual(['Ayu', 'Budi', 'Citra']);
    expect(await p.locator('th[data-sort="name"]').getAttribute('aria-sort')).toBe('ascending');

    // Sort by progress: ascending, then descending on a second click.
    await p.getByTestId('sort-done').click();
    await expect.poll(names).toEqual(['Citra', 'Budi', 'Ayu']);
    expect(await p.locator('th[data-sort="done"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await p.locator('th[data-sort="name"]').getAttribute('aria-sort')).toBe('none');
    await p.getByTestId('sort-done').click();
    await expect.poll(names).toEqual(['Ayu', 'Budi', 'Citra']);
    expect(await p.locator('th[data-sort="done"]').getAttribute('aria-sort')).toBe('descending');
    // Last activity: the report's latest day.
    expect(await p.locator('[data-trainee="Citra"] [data-testid="last-activity"]').textContent()).toBe('2026-10-02');

    // The chart: format is 3 lessons + 3 exercises; Ayu 3/6, Budi 3/6, Citra 1/6 → 39% on average.
    const format = p.locator('[data-testid="module-chart"] g[data-module="format"]');
    expect(await format.getAttribute('data-percent')).toBe('39');

    // Behind: Citra (1 done) is below three quarters of the median (5).
    await p.getByTestId('filter-behind').check();
    await expect.poll(names).toEqual(['Citra']);
    expect(await p.getByTestId('class-shown').textContent()).toBe('1 of 3 trainees shown');
    expect(await p.locator('[data-trainee="Citra"]').getAttribute('data-behind')).toBe('true');
    // The chart follows the filter.
    await expect.poll(() => format.getAttribute('data-percent')).toBe('17');

    // Her detail: every exercise with its stage and due date.
    await p.locator('[data-trainee="Citra"]').getByTestId('trainee-detail-toggle').click();
    const detail = p.locator('[data-testid="trainee-detail"][data-trainee="Citra"]');
    await expect.poll(() => detail.locator('tbody tr').count()).toBe(7);
    expect(await detail.locator('tr[data-exercise="scene-two-places"] th').textContent()).toContain('due 2027-03-31');
    expect(await p.locator('[data-trainee="Citra"]').getByTestId('trainee-detail-toggle').getAttribute('aria-expanded')).toBe('true');

    // Name search, with the filter off again.
    await p.getByTestId('filter-behind').uncheck();
    await p.getByTestId('class-search').fill('bud');
    await expect.poll(names).toEqual(['Budi']);
  });

  it('shows a mentor’s signed rubric score as verified, sorts by it, filters on the verdict and lists it criterion by criterion', async () => {
    const p = app.page;
    await p.getByTestId('class-search').fill('');
    await p.getByTestId('report-files').setInputFiles([await scoredReport(dir, pack)]);
    await expect.poll(() => p.getByTestId('report-import-result').textContent()).toContain('Reports added: 1');
    const cell = p.locator('[data-trainee="Dewi"] [data-testid="class-score"][data-exercise="dialogue-fan-argument"]');
    await expect.poll(() => cell.getAttribute('data-score-status')).toBe('verified');
    expect(await cell.getAttribute('data-total')).toBe('12');
    expect(await cell.getAttribute('data-max')).toBe('15');
    expect(await cell.getAttribute('data-verdict')).toBe('not_approved');
    expect(await cell.textContent()).toBe('12/15 not yetverified: Sample mentor (demo key)');
    // The others have no score: the column header sorts Dewi last ascending, first descending.
    const names = () => p.locator('[data-testid="class-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-trainee')));
    await p.getByTestId('sort-score:dialogue-fan-argument').click();
    await expect.poll(names).toEqual(['Ayu', 'Budi', 'Citra', 'Dewi']);
    await p.getByTestId('sort-score:dialogue-fan-argument').click();
    await expect.poll(names).toEqual(['Dewi', 'Ayu', 'Budi', 'Citra']);
    await p.getByTestId('filter-not-approved').check();
    await expect.poll(names).toEqual(['Dewi']);

    await p.locator('[data-trainee="Dewi"]').getByTestId('trainee-detail-toggle').click();
    const detail = p.locator('[data-testid="trainee-detail"][data-trainee="Dewi"] tr[data-exercise="dialogue-fan-argument"] [data-testid="detail-score"]');
    await expect.poll(() => detail.getAttribute('data-score-status')).toBe('verified');
    expect(await detail.locator('li').allTextContents()).toEqual([
      'Subtext: the real issue is felt but never named: 4/5',
      'Each character has a distinct voice: 3/5',
      expect.stringMatching(/: 5\/5$/),
    ]);
    if (process.env.NASKAH_SHOTS) await p.screenshot({ path: path.join(process.env.NASKAH_SHOTS, 'class-view-mentor-score.png'), fullPage: true });
  });
});
