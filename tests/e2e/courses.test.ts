/**
 * The trainee's course path in the real UI: import the sample pack (built from assets/ with the
 * CLI's builder), see a hostile pack refused with translated reasons, read a lesson and mark it
 * done, start an exercise from its starter, watch its checks beside the editor, submit, and find
 * the progress in the report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };

describe('courses', () => {
  let app: App;
  let dir: string;
  let pack: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-course-e2e-'));
    pack = path.join(dir, 'sample.naskahpack');
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], silent)).toBe(0);
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a tampered pack with every reason, and installs the sample pack after showing it', async () => {
    const p = app.page;
    await p.getByTestId('open-courses').click();
    const tampered = path.join(dir, 'tampered.naskahpack');
    const bytes = fs.readFileSync(pack);
    // Flip bytes inside a stored lesson: the zip stays readable, the hash check must catch it.
    const at = bytes.indexOf(Buffer.from('course.json')) + 200;
    bytes[at] ^= 0xff;
    fs.writeFileSync(tampered, bytes);
    await p.getByTestId('pack-file').setInputFiles(tampered);
    await expect.poll(() => p.getByTestId('pack-problems').textContent()).toMatch(/damaged|SHA-256|JSON|course\.json/);
    await p.getByRole('button', { name: 'Close' }).click();

    await p.getByTestId('pack-file').setInputFiles(pack);
    await expect.poll(() => p.getByTestId('pack-status').textContent()).toBe('Not installed yet.');
    await p.getByTestId('pack-install').click();
    await expect.poll(() => p.getByTestId('pack-item').count()).toBe(1);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'assets', 'course-sample', 'course.json'), 'utf8'));
    const items = manifest.modules.reduce((n: number, m: { lessons: unknown[]; exercises: unknown[] }) => n + m.lessons.length + m.exercises.length, 0);
    await expect(p.getByTestId('pack-item').textContent()).resolves.toContain(`0 of ${items} done`);
  });

  it('reads a lesson, marks it done, and writes an exercise with live checks', async () => {
    const p = app.page;
    await p.locator('.pack-open').first().click();
    await p.getByTestId('lesson-format-page').click();
    await expect.poll(() => p.getByTestId('lesson').locator('h1, h2').first().textContent()).toBeTruthy();
    await p.getByTestId('lesson-done').click();
    await expect.poll(() => p.getByTestId('lesson-done').textContent()).toBe('Done ✓');

    await p.getByTestId('exercise-format-fix-page').click();
    await p.getByTestId('start-exercise').click();
    await p.getByTestId('script-editor').waitFor();
    const checks = p.getByTestId('exercise-checks');
    await expect.poll(() => checks.locator('li').count()).toBe(5);
    const failingBefore = await checks.locator('li[data-passed="false"]').count();
    expect(failingBefore).toBeGreaterThan(0);
    await p.getByTestId('submit-exercise').click();
    // Submitted with failing checks says so: never a bare "Submitted ✓" (issue 13).
    await expect.poll(() => p.getByTestId('submission-stage').textContent()).toBe(`Submitted — ${failingBefore} of 5 checks failing`);
    expect(await p.getByTestId('submission-stage').locator('[data-stage]').getAttribute('data-stage')).toBe('checks_failing');
    expect(await p.getByTestId('submit-exercise').textContent()).toBe('Submit again');

    const packId = 'org.naskah.dasar-skenario';
    const data = await app.backend.handlers['course.get']({ packId });
    expect(data.progress.items.find((i) => i.id === 'format-page')?.status).toBe('done');
    expect(data.progress.items.find((i) => i.id === 'format-fix-page')?.status).toBe('started');
    expect(data.links['format-fix-page']).toBeTruthy();
    expect(data.progress.items.find((i) => i.id === 'format-fix-page')?.submission).toMatchObject({ stage: 'checks_failing', attempts: [{ attempt: 1, checksPassed: 5 - failingBefore, checksTotal: 5 }] });
    // The submitted draft is kept as a snapshot of its own.
    const snapshots = await app.backend.handlers['snapshot.list']({ scriptId: data.links['format-fix-page'] });
    expect(snapshots.map((s) => s.name)).toEqual([expect.stringMatching(/^Submission 1: /)]);
  });

  it('lets an instructor check a pack folder, preview it as a trainee and build it', async () => {
    const p = app.page;
    await p.getByTestId('open-courses').click();
    await p.getByTestId('pack-folder').setInputFiles(path.join(REPO_ROOT, 'assets', 'course-sample'));
    await expect.poll(() => p.getByTestId('folder-check').textContent()).toMatch(/is valid: \d+ files/);
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('pack-build').click()]);
    expect(download.suggestedFilename()).toBe('org.naskah.dasar-skenario-1.1.0.naskahpack');
    const saved = path.join(dir, 'built.naskahpack');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).equals(fs.readFileSync(pack))).toBe(true);
    await p.getByTestId('pack-preview').click();
    await p.getByTestId('lesson-format-page').waitFor();
    await p.getByTestId('open-courses').click();
    await expect.poll(() => p.getByTestId('pack-item').count()).toBe(2);
    await expect(p.getByTestId('pack-item').nth(1).textContent()).resolves.toContain('Preview');
  });
});
