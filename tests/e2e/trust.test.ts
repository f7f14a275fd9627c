/**
 * Signed approvals end to end in Chromium, with the sample pack signed by its demo publisher key
 * and listing the demo mentor key: the trainee installs the pack (shown signed, as a demo), sends
 * the mentor-approved exercise for review; the mentor — whose installation uses the demo mentor
 * key, imported with `naskah key import` — approves and exports feedback; the trainee's import
 * says the approval verified and the exercise is done; the instructor's class table shows that
 * approval verified, a forged "done" unverified, a second installation claiming the trainee's row
 * flagged, and a report dated in the future refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/host.ts';
import { readBundle } from '../../electron/review/bundle.ts';
import { fingerprint } from '../../electron/trust/ed25519.ts';
import { installationSigner } from '../../electron/trust/role-keys.ts';
import { signJson } from '../../electron/trust/signed-json.ts';
import { DEMO_MENTOR_KEY } from '../../shared/trust/demo-keys.ts';
import { launchApp, type App } from './harness.ts';
import { sampleCourse } from './sample-course.ts';

type Json = Record<string, any>;  

const PACK_ID = 'org.naskah.dasar-skenario';
const EXERCISE = 'dialogue-fan-argument';
const SHOTS = process.env.NASKAH_SHOTS_DIR ?? path.join(os.tmpdir(), 'naskah-trust-shots');

async function downloadOf(page: Page, click: () => Promise<void>, to: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  await dl.saveAs(to);
  return to;
}

describe('signed approvals and the class table that checks them', () => {
  let trainee: App;
  let mentor: App;
  let other: Backend;
  let dir: string;
  let pack: string;
  let bundle: string;
  let feedback: string;
  let report: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-trust-e2e-'));
    fs.mkdirSync(SHOTS, { recursive: true });
    // The mentor's installation takes the sample's demo mentor key, as docs/course-pack.md says to try it.
    const course = await sampleCourse(dir, 'naskah-trust-mentor-');
    pack = course.pack;
    const mentorDir = course.mentorDir;
    trainee = await launchApp();
    mentor = await launchApp({ dataDir: mentorDir });
    other = openBackend(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-trust-other-')), 'cli', 'en-US');
  });
  afterAll(async () => {
    other?.close();
    await trainee?.close();
    await mentor?.close();
  });

  it('trainee installs the sample pack, shown as signed with the demo key, and sends the exercise for review', async () => {
    const p = trainee.page;
    await p.getByTestId('open-courses').click();
    await p.getByTestId('pack-file').setInputFiles(pack);
    await expect.poll(() => p.getByTestId('pack-signature').textContent()).toMatch(/^Signed with the sample's public demo key \(0C2B 6B6B DFEF 1D9C\)/);
    await p.getByTestId('pack-install').click();
    await expect.poll(() => p.getByTestId('pack-signed-by').textContent()).toBe('demo key 0C2B 6B6B DFEF 1D9C');

    await p.locator('.pack-open').first().click();
    await p.getByTestId(`exercise-${EXERCISE}`).click();
    await p.getByTestId('start-exercise').click();
    await p.getByTestId('script-editor').waitFor();
    await p.getByTestId('send-review').click();
    await p.getByTestId('trainee-name').fill('Sari');
    bundle = await downloadOf(p, () => p.getByTestId('send-review-confirm').click(), path.join(dir, 'sari.naskahreview'));
    const read = await readBundle(fs.readFileSync(bundle));
    expect(read.ok && read.value.meta.traineeKey).toBe(installationSigner(trainee.dataDir).publicKey);
  });

  it('mentor reviews with the key the pack lists, approves and exports signed feedback', async () => {
    const p = mentor.page;
    await p.getByTestId('open-bundle-file').setInputFiles(bundle);
    await p.getByTestId('review-screen').waitFor();
    if (!(await p.getByTestId('rubric-panel').isVisible())) await p.getByTestId('toggle-rubric').click();
    // The key that will sign the verdict, beside the verdict.
    await expect(p.getByTestId('mentor-key').getAttribute('data-fingerprint')).resolves.toBe(fingerprint(DEMO_MENTOR_KEY));
    await expect(p.getByTestId('mentor-key').textContent()).resolves.toContain('demo key');
    await p.getByTestId('overall').fill('Subteksnya bekerja. Lanjutkan.');
    await p.getByTestId('verdict-approved').check();
    await expect.poll(() => p.getByTestId('effective-approval').textContent()).toMatch(/approved/i);
    feedback = await downloadOf(p, () => p.getByTestId('export-feedback').click(), path.join(dir, 'sari.naskahfeedback'));
    const file = JSON.parse(fs.readFileSync(feedback, 'utf8'));
    expect(file.signature.key).toBe(DEMO_MENTOR_KEY);
    expect(file.approval).toMatchObject({ packId: PACK_ID, exerciseId: EXERCISE, traineeKey: installationSigner(trainee.dataDir).publicKey, signature: { key: DEMO_MENTOR_KEY } });
    await p.screenshot({ path: path.join(SHOTS, 'mentor-key.png') });
  });

  it('trainee imports the feedback: the approval verifies and the exercise is done', async () => {
    const p = trainee.page;
    await p.getByTestId('review-message').getByRole('button').click();
    await p.getByTestId('import-feedback-file').setInputFiles(feedback);
    await expect.poll(() => p.getByTestId('review-message').textContent()).toMatch(/Signed by Sample mentor \(demo key\), a mentor of this course: the exercise is complete\..*demo key/);
    const { progress } = await trainee.backend.handlers['course.get']({ packId: PACK_ID });
    expect(progress.items.find((i) => i.id === EXERCISE)?.status).toBe('done');

    await p.getByTestId('open-courses').click();
    await p.locator('.pack-open').first().click();
    await p.getByTestId('trainee-name').fill('Sari');
    report = await downloadOf(p, () => p.getByTestId('export-report-json').click(), path.join(dir, 'sari.naskahreport'));
    expect(JSON.parse(fs.readFileSync(report, 'utf8')).signature.key).toBe(installationSigner(trainee.dataDir).publicKey);
  });

  it('instructor’s class table shows the verified approval, an unverified claim, a second installation and a refused forgery', async () => {
    // Budi's installation claims the mentor-approved exercise done without any approval, and also
    // sends a report as "Sari"; and one report is dated in the future.
    await other.handlers['course.install']({ fileName: 'sample.naskahpack', content: fs.readFileSync(pack).toString('base64') });
    const signer = installationSigner(other.ctx.dataDir);
    const exported = async (name: string) => (await other.handlers['course.exportReport']({ packId: PACK_ID, trainee: name, format: 'json' })).content;
    const { signature: _s, ...budi } = JSON.parse(await exported('Budi')) as Json;
    Object.assign(budi.activities.find((a: Json) => a.id === EXERCISE), { status: 'done', completedAt: budi.generatedAt });
    budi.summary.done += 1;
    fs.writeFileSync(path.join(dir, 'budi.naskahreport'), JSON.stringify(signJson('progress-report', budi, signer)));
    fs.writeFileSync(path.join(dir, 'not-sari.naskahreport'), await exported('Sari\u200b'));
    const future = { ...budi, generatedAt: '9999-01-01T00:00:00.000Z' };
    fs.writeFileSync(path.join(dir, 'future.naskahreport'), JSON.stringify(signJson('progress-report', future, signer)));

    const p = mentor.page;
    await mentor.backend.handlers['course.install']({ fileName: 'sample.naskahpack', content: fs.readFileSync(pack).toString('base64') });
    await p.getByTestId('open-courses').click();
    await p.getByRole('button', { name: 'Class view' }).click();
    await p.getByTestId('report-files').setInputFiles([report, path.join(dir, 'budi.naskahreport'), path.join(dir, 'not-sari.naskahreport'), path.join(dir, 'future.naskahreport')]);
    const result = p.getByTestId('report-import-result');
    await expect.poll(() => result.textContent()).toMatch(/Reports added: 3; already imported: 0\..*future\.naskahreport: generatedAt is in the future \(9999-01-01T00:00:00\.000Z\)/);

    const sari = p.locator('[data-testid=class-row][data-trainee=Sari]');
    await expect(sari.getAttribute('data-signed')).resolves.toBe('true');
    const sariCell = sari.locator(`[data-exercise=${EXERCISE}][data-status]`);
    await expect(sariCell.getAttribute('data-approval')).resolves.toBe('verified');
    await expect(sariCell.textContent()).resolves.toBe('done✓ approval verified (Sample mentor (demo key))');
    await expect(sari.getAttribute('data-claims')).resolves.toBe('1');
    await expect(sari.getByTestId('other-claim').textContent()).resolves.toBe(`⚠ Another installation (key ${fingerprint(signer.publicKey)}) also sent 1 report as this trainee. It is not shown: check with the trainee.`);

    const budiCell = p.locator(`[data-testid=class-row][data-trainee=Budi] [data-exercise=${EXERCISE}][data-status]`);
    await expect(budiCell.getAttribute('data-approval')).resolves.toBe('unverified');
    await expect(budiCell.textContent()).resolves.toBe('doneapproval not verified: the report carries no signed approval');
    await expect(p.locator('[data-testid=class-row]').count()).resolves.toBe(2);
    await p.getByTestId('class-rows').screenshot({ path: path.join(SHOTS, 'class-table.png') });
  });
});
