/**
 * Writing sessions recorded as they happen (issue 11): a trainee writes an exercise's draft from
 * the sample pack, then the tab is closed — or the browser is killed mid-burst. The words per
 * day on the dashboard, the report's words written and the class table all show what was
 * written: everything when the tab was closed, all but the last few seconds when it was killed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { countWords } from '../../shared/screenplay/counts.ts';
import { launchApp, type App } from './harness.ts';
import { prepareDeath, reopen, startKeyClock, typeSteadily } from './kill.ts';

const PACK = 'org.naskah.dasar-skenario';
const EXERCISE = 'scene-two-places'; // no starter: the draft begins empty
const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };
const today = () => new Date().toISOString().slice(0, 10);

let packFile: string;
let apps: App[] = [];
beforeAll(async () => {
  packFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-sessions-e2e-')), 'sample.naskahpack');
  expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', packFile], silent)).toBe(0);
});
afterEach(async () => {
  for (const a of apps) await a.close().catch(() => {});
  apps = [];
});

/** Installs the sample pack, starts the exercise in the UI and puts the caret in an action under a heading. */
async function startExercise(app: App): Promise<string> {
  await app.backend.handlers['course.install']({ fileName: 'sample.naskahpack', content: fs.readFileSync(packFile).toString('base64') });
  const p = app.page;
  await p.goto(app.url);
  await p.getByTestId('open-courses').click();
  await p.locator('.pack-open').first().click();
  await p.getByTestId(`exercise-${EXERCISE}`).click();
  await p.getByTestId('start-exercise').click();
  await p.getByTestId('exercise-checks').waitFor();
  const editor = p.getByTestId('script-editor');
  await editor.click();
  await p.keyboard.type('int. warung - malam');
  await p.keyboard.press('Enter');
  return (await app.backend.handlers['course.get']({ packId: PACK })).links[EXERCISE];
}

/** Words per day, the report and the class table, as the back end derives them. */
async function wordsCounted(app: App): Promise<{ perDay: number; report: number; classTable: number }> {
  const { progress } = await app.backend.handlers['course.get']({ packId: PACK });
  const file = await app.backend.handlers['course.exportReport']({ packId: PACK, trainee: 'Dewi Lestari', format: 'json' });
  await app.backend.handlers['course.importReports']({ files: [{ fileName: file.fileName, content: file.content }] });
  const table = await app.backend.handlers['course.classTable']({ packId: PACK });
  return {
    perDay: progress.perDay.find((d) => d.day === today())?.words ?? 0,
    report: (JSON.parse(file.content) as { summary: { wordsWritten: number } }).summary.wordsWritten,
    classTable: table.rows.find((r) => r.trainee === 'Dewi Lestari')?.wordsWritten ?? -1,
  };
}

const wordsOfDraft = async (app: App, scriptId: string) => countWords((await app.backend.handlers['draft.load']({ scriptId })).screenplay);

describe('writing sessions recorded as they happen', () => {
  it('counts every word written when the tab is closed', async () => {
    const app = await launchApp();
    apps.push(app);
    const scriptId = await startExercise(app);
    await startKeyClock(app.page);
    const { text } = await typeSteadily(app.page, 4);
    const written = 3 + countWords({ version: 1, titlePage: [], elements: [{ type: 'action', text }] });
    await app.page.close();
    // The draft's last save and the session's record leave as the tab goes; wait for them to land.
    await expect.poll(() => wordsOfDraft(app, scriptId), { timeout: 10_000 }).toBe(written);
    await expect.poll(async () => (await app.backend.handlers['course.get']({ packId: PACK })).progress.perDay.find((d) => d.day === today())?.words, { timeout: 10_000 }).toBe(written);
    const counted = await wordsCounted(app);
    console.log(`writing sessions (tab closed): wrote ${written} words; counted ${JSON.stringify(counted)}`);
    expect(counted).toEqual({ perDay: written, report: written, classTable: written });
  });

  it('loses at most the last few seconds when the browser is killed mid-burst, and the dashboard shows the rest', async () => {
    const first = await launchApp();
    apps.push(first);
    const scriptId = await startExercise(first);
    const kill = await prepareDeath(first, 'browser killed');
    await startKeyClock(first.page);
    const { text, keyTimes } = await typeSteadily(first.page, 9);
    const diedAt = await kill();
    const words = text.split(' ').filter(Boolean);
    const written = 3 + words.length;

    const saved = await wordsOfDraft(first, scriptId);
    const counted = await wordsCounted(first);
    // Every count agrees, never more than the saved draft holds.
    expect(counted.report).toBe(counted.perDay);
    expect(counted.classTable).toBe(counted.perDay);
    expect(counted.perDay).toBeLessThanOrEqual(saved);
    // The first word not counted: how long before the kill was it typed?
    const countedInBurst = counted.perDay - 3;
    const firstLostKey = words.slice(0, countedInBurst).reduce((n, w) => n + w.length + 1, 0);
    const lostMs = firstLostKey < keyTimes.length ? diedAt - keyTimes[firstLostKey] : 0;
    console.log(`writing sessions (browser killed): wrote ${written} words in 9 s; the draft kept ${saved}; counted ${counted.perDay} (report ${counted.report}, class table ${counted.classTable}); the last ${Math.round(lostMs)} ms of writing not counted`);
    expect(counted.perDay).toBeGreaterThan(3);
    expect(lostMs).toBeLessThanOrEqual(4000);

    // Opened again: the dashboard's words per day.
    const again = await reopen(first);
    apps = [again];
    await again.page.getByTestId('open-courses').click();
    await again.page.locator('.pack-open').first().click();
    const chart = again.page.locator('.words-uplot');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toContain(`${today()} ${counted.perDay}`);
  });
});
