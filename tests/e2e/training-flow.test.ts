/**
 * The training flow through a class folder, in Chromium, three installations (three data
 * directories, three browser-mode hosts) sharing one real folder (issue 13, "Done when"): the
 * trainee sends a mentor-approved exercise into the class folder; the mentor's screen, watching
 * the folder, finds it in its queue, returns it with feedback through the folder; the trainee's
 * app picks the feedback up on its own and the exercise reads "returned"; the trainee revises and
 * sends again; the new bundle joins the mentor's queue behind the one open (which stays put); the
 * mentor approves it with the key the pack lists; the trainee's exercise reads "approved"; the
 * instructor's class view, pointed at the same folder, picks up the reports and shows who is
 * behind. Every wait polls the visible page: the folder is polled every few seconds and files are
 * taken only once they have settled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_V1, type ProgressReportV1 } from '../../shared/course/report.ts';
import { launchApp, type App } from './harness.ts';
import { waitSaved } from './keys.ts';
import { sampleCourse } from './sample-course.ts';

const PACK = 'org.naskah.dasar-skenario';
const EXERCISE = 'dialogue-fan-argument';
const SHOTS = process.env.NASKAH_SHOTS_DIR ?? path.join(os.tmpdir(), 'naskah-training-flow-shots');
/** A poll of the folder every 5 s, a file taken once settled (2 s) — on a loaded machine, more. */
const FOLDER = { timeout: 60_000, interval: 500 };

/** Settings ▸ Class folder, as each user does it on their own machine. */
async function useClassFolder(page: Page, folder: string): Promise<void> {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('class-folder-path').fill(folder);
  await page.getByTestId('class-folder-save').click();
  await expect.poll(() => page.getByTestId('class-folder-saved').textContent()).toBe(`Class folder: ${folder}`);
}

async function installPack(page: Page, pack: string): Promise<void> {
  await page.getByTestId('open-courses').click();
  await page.getByTestId('pack-file').setInputFiles(pack);
  await page.getByTestId('pack-install').click();
  await expect.poll(() => page.getByTestId('pack-item').count()).toBe(1);
}

/** The exercise's stage as the trainee's course page shows it. */
const stageOnCoursePage = (page: Page) => page.getByTestId(`exercise-${EXERCISE}`).locator('.submission-stage');

/** Another trainee's report, as their app would have published it (format 1: lessons only). */
function classmateReport(folder: string, trainee: string, done: number): void {
  const lessons = ['format-page', 'format-elements', 'format-typing', 'scene-purpose', 'scene-action', 'scene-reading'];
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const r: ProgressReportV1 = {
    schema: REPORT_SCHEMA_V1,
    trainee,
    pack: { id: PACK, version: '1.0.0', revision: 3, title: 'Dasar' },
    generatedAt: at,
    summary: { done, total: lessons.length, streakDays: 0, wordsWritten: 0 },
    activities: lessons.map((id, i) => ({
      kind: 'lesson', id, moduleId: i < 3 ? 'format' : 'scene', status: i < done ? 'done' : 'todo', startedAt: i < done ? at : null, completedAt: i < done ? at : null,
      due: null, checksPassed: null, checksTotal: null, checks: [], draftSha256: null, words: null, pages: null,
    })),
  };
  const file = path.join(folder, `report-${trainee.toLowerCase()}.naskahreport`);
  fs.writeFileSync(file, JSON.stringify(r));
  const past = new Date(Date.now() - 60_000);
  fs.utimesSync(file, past, past);
}

describe('training flow through a class folder', () => {
  let trainee: App;
  let mentor: App;
  let instructor: App;
  let work: string;
  let folder: string;
  let pack: string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-flow-e2e-'));
    folder = path.join(work, 'class');
    fs.mkdirSync(folder);
    fs.mkdirSync(SHOTS, { recursive: true });
    // The mentor's installation holds the demo mentor key the sample pack lists, so its approval counts.
    const course = await sampleCourse(work, 'naskah-flow-mentor-');
    pack = course.pack;
    const mentorDir = course.mentorDir;
    trainee = await launchApp();
    mentor = await launchApp({ dataDir: mentorDir });
    instructor = await launchApp();
  });
  afterAll(async () => {
    await trainee?.close();
    await mentor?.close();
    await instructor?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('trainee and instructor install the pack; all three point their app at the class folder', async () => {
    await installPack(trainee.page, pack);
    await installPack(instructor.page, pack);
    for (const app of [trainee, mentor, instructor]) await useClassFolder(app.page, folder);
  });

  it('trainee sends the mentor-approved exercise into the class folder; it waits for the mentor', async () => {
    const p = trainee.page;
    await p.getByTestId('open-courses').click();
    await p.locator('.pack-open').first().click();
    await p.getByTestId(`exercise-${EXERCISE}`).click();
    await p.getByTestId('start-exercise').click();
    await p.getByTestId('script-editor').waitFor();
    await p.getByTestId('send-review').click();
    await p.getByTestId('trainee-name').fill('Sari');
    await expect.poll(() => p.getByTestId('send-to-class-folder').isChecked()).toBe(true);
    await p.getByTestId('send-review-confirm').click();
    await expect.poll(() => p.getByTestId('review-message').textContent()).toMatch(/^Sent to the class folder as Sari - .+\.naskahreview; your mentor’s app picks it up on its own\./);
    // A real file, whole, under its final name; no temporary left behind.
    const names = fs.readdirSync(folder);
    expect(names.filter((n) => n.endsWith('.naskahreview'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);

    await p.getByTestId('open-courses').click();
    await p.locator('.pack-open').first().click();
    await expect.poll(() => stageOnCoursePage(p).getAttribute('data-stage')).toBe('awaiting_review');
    expect(await stageOnCoursePage(p).textContent()).toBe('Waiting for your mentor');
  });

  it('mentor turns on the folder watch, finds the bundle marked new and returns it with feedback through the folder', async () => {
    const p = mentor.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    const watch = p.getByTestId('bundle-folder');
    await expect.poll(() => watch.textContent()).toContain(`Pick up review bundles from the class folder ${folder}`);
    // Off until the mentor turns it on: nothing is opened behind a trainee's back.
    expect(await p.getByTestId('watch-bundles').isChecked()).toBe(false);
    expect(await p.getByTestId('review-session').count()).toBe(0);
    await p.getByTestId('watch-bundles').check();
    await expect.poll(() => p.getByTestId('bundles-new').textContent(), FOLDER).toBe('1 new bundle from the class folder');
    const item = p.getByTestId('review-session');
    await expect.poll(() => item.getAttribute('data-new')).toBe('true');
    expect(await item.locator('.badge-new').textContent()).toBe('New');
    await p.getByTestId('review-new').click();

    await p.getByTestId('review-screen').waitFor();
    await expect.poll(() => p.getByTestId('review-title').textContent()).toBeTruthy();
    expect(await p.locator('.review-title').textContent()).toContain('by Sari');
    await p.getByTestId('reviewer-name').fill('Bu Ratna');
    await p.getByTestId('reviewer-name').press('Tab');
    if (!(await p.getByTestId('rubric-panel').isVisible())) await p.getByTestId('toggle-rubric').click();
    await p.getByTestId('overall').fill('Pertengkarannya belum terasa. Beri Dewi alasan untuk marah.');
    await p.getByTestId('overall').press('Tab');
    await p.getByTestId('verdict-not').check();
    await expect.poll(() => p.getByTestId('effective-approval').textContent()).toMatch(/not approved/i);
    await p.getByTestId('publish-feedback').click();
    await expect.poll(() => p.getByTestId('review-notice').textContent()).toMatch(/^Feedback put in the class folder as Sari - .+ - feedback [\w-]+\.naskahfeedback\. The trainee’s app picks it up on its own\./);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.naskahfeedback'))).toHaveLength(1);
  });

  it('trainee’s app picks the feedback up on its own: the exercise reads “returned”', async () => {
    const p = trainee.page;
    const arrived = p.getByTestId('feedback-arrived');
    await expect.poll(() => arrived.textContent(), FOLDER).toMatch(/^Feedback from Bu Ratna arrived for “.+”\./);
    await expect.poll(() => stageOnCoursePage(p).getAttribute('data-stage'), FOLDER).toBe('returned');
    expect(await stageOnCoursePage(p).textContent()).toBe('Returned with feedback — revise and send again');
    await p.screenshot({ path: path.join(SHOTS, 'trainee-returned.png') });
  });

  it('trainee revises and sends again: a second attempt, waiting for the mentor', async () => {
    const p = trainee.page;
    await p.getByTestId('feedback-arrived-open').click();
    await p.getByTestId('script-editor').waitFor();
    // The mentor's overall note is with the script.
    await expect.poll(() => p.getByTestId('feedback-summary').textContent()).toMatch(/Bu Ratna.*Not approved yet.*Beri Dewi alasan untuk marah/);
    const editor = p.getByTestId('script-editor');
    await editor.click();
    await p.keyboard.press('Control+End');
    await p.keyboard.press('Enter');
    await p.keyboard.type('Dewi membanting pintu. Kali ini dia tidak minta maaf.');
    await waitSaved(p);
    await p.getByTestId('send-review').click();
    await p.getByTestId('send-review-confirm').click();
    await expect.poll(() => p.getByTestId('review-message').textContent()).toMatch(/^Sent to the class folder as Sari - /);

    await p.getByTestId('open-courses').click();
    await p.locator('.pack-open').first().click();
    await expect.poll(() => stageOnCoursePage(p).getAttribute('data-stage')).toBe('awaiting_review');
    expect(await stageOnCoursePage(p).textContent()).toBe('Waiting for your mentor · attempt 2');
  });

  it('mentor: the resubmission joins the queue behind the open review, which stays put; approved from the queue', async () => {
    const p = mentor.page;
    const overall = p.getByTestId('overall');
    // Still on the first review, untouched, while the second bundle arrives behind it.
    await expect.poll(() => p.getByTestId('queue-new').textContent(), FOLDER).toBe('1 new');
    expect(await p.getByTestId('queue-position').textContent()).toBe('Bundle 1 of 2');
    expect(await overall.inputValue()).toBe('Pertengkarannya belum terasa. Beri Dewi alasan untuk marah.');
    await p.screenshot({ path: path.join(SHOTS, 'mentor-queue-new.png') });

    await p.getByTestId('queue-next').click();
    await expect.poll(() => p.getByTestId('queue-position').textContent()).toBe('Bundle 2 of 2');
    await expect.poll(() => p.getByTestId('queue-new').count()).toBe(0);
    // The new draft, with the trainee's revision in it.
    await expect.poll(() => p.getByTestId('script-editor').textContent()).toContain('Kali ini dia tidak minta maaf.');
    if (!(await p.getByTestId('rubric-panel').isVisible())) await p.getByTestId('toggle-rubric').click();
    await overall.fill('Sekarang terasa. Disetujui.');
    await overall.press('Tab');
    await p.getByTestId('verdict-approved').check();
    await expect.poll(() => p.getByTestId('effective-approval').textContent()).toMatch(/approved/i);
    await p.getByTestId('publish-feedback').click();
    await expect.poll(() => p.getByTestId('review-notice').textContent()).toMatch(/^Feedback put in the class folder as Sari - /);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.naskahfeedback'))).toHaveLength(2);
  });

  it('trainee’s app takes the approval: the exercise reads “approved”', async () => {
    const p = trainee.page;
    const arrived = p.getByTestId('feedback-arrived');
    await expect.poll(() => arrived.getAttribute('data-approved'), FOLDER).toBe('true');
    expect(await arrived.textContent()).toMatch(/^Bu Ratna approved “.+”\./);
    await expect.poll(() => stageOnCoursePage(p).getAttribute('data-stage'), FOLDER).toBe('approved');
    expect(await stageOnCoursePage(p).textContent()).toBe('Approved · attempt 2');
    await p.getByTestId('trainee-name').fill('Sari');
    await p.getByTestId('class-folder-publish').click();
    await expect.poll(() => p.getByTestId('class-folder-published').textContent()).toMatch(/^Published report-sari-.*\.naskahreport to the class folder\.$/);
  });

  it('instructor’s class view, pointed at the class folder, shows the approval and who is behind', async () => {
    classmateReport(folder, 'Ayu', 6);
    classmateReport(folder, 'Budi', 5);
    const p = instructor.page;
    await p.getByTestId('open-courses').click();
    await p.getByRole('button', { name: 'Class view' }).click();
    const names = () => p.locator('[data-testid="class-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-trainee')));
    await expect.poll(names, FOLDER).toEqual(['Ayu', 'Budi', 'Sari']);
    expect(await p.getByTestId('class-folder-status').getAttribute('data-picked')).toBe('3');
    // Sari's mentor-approved exercise: approved, with the mentor's signed approval verified.
    const cell = p.locator(`[data-trainee="Sari"] td[data-exercise="${EXERCISE}"][data-status]`);
    expect(await cell.getAttribute('data-status')).toBe('done');
    expect(await cell.getAttribute('data-stage')).toBe('approved');
    expect(await cell.getAttribute('data-approval')).toBe('verified');
    // Who is behind: far below the cohort's median.
    await p.getByTestId('filter-behind').check();
    await expect.poll(names).toEqual(['Sari']);
    expect(await p.getByTestId('class-shown').textContent()).toBe('1 of 3 trainees shown');
    expect(await p.locator('[data-trainee="Sari"]').getAttribute('data-behind')).toBe('true');
    await p.screenshot({ path: path.join(SHOTS, 'instructor-behind.png') });
  });
});
