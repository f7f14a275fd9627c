/**
 * A review the mentor deletes stays deleted, in Chromium: the mentor's screen picks a trainee's
 * bundle up from the class folder, the mentor deletes the session (the confirmation says the
 * folder's copy will not come back), the app restarts on the same data directory with the file
 * still in the folder, and only the bundle the trainee sent since arrives. The trainee's app is a
 * second backend on its own data directory, writing into the same real folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/host.ts';
import { aged } from './aged-files.ts';
import { launchApp, type App } from './harness.ts';

/** A poll of the folder every 5 s; on a loaded machine, more. */
const FOLDER = { timeout: 60_000, interval: 500 };
const SHOTS = process.env.NASKAH_SHOTS_DIR ?? path.join(os.tmpdir(), 'naskah-deleted-review-shots');

describe('a deleted review session', () => {
  let work: string;
  let folder: string;
  let mentorDir: string;
  let trainee: Backend;
  let mentor: App | undefined;
  let scriptId: string;
  let firstSnapshot: string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-deleted-review-e2e-'));
    folder = path.join(work, 'class');
    mentorDir = path.join(work, 'mentor');
    fs.mkdirSync(folder);
    fs.mkdirSync(mentorDir);
    trainee = openBackend(path.join(work, 'trainee'), 'cli', 'en-US');
    await trainee.handlers['classFolder.set']({ path: folder });
    await trainee.handlers['review.setIdentity']({ traineeName: 'Sari' });
    scriptId = (await trainee.handlers['library.create']({ title: 'Pulang' })).id;
    const first = await trainee.handlers['classFolder.publishBundle']({ scriptId });
    firstSnapshot = first.snapshotId;
    // Under a name of its own: the next bundle, sent within the same minute, must not replace it.
    fs.renameSync(first.path, path.join(folder, 'Sari - Pulang - review first.naskahreview'));
    aged(folder);
    mentor = await launchApp({ dataDir: mentorDir });
    await mentor.backend.handlers['classFolder.set']({ path: folder });
    await mentor.page.reload();
  });
  afterAll(async () => {
    await mentor?.close();
    trainee?.close();
  });

  it('is deleted from the mentor’s screen, which says the folder’s copy will not come back', async () => {
    const p = mentor!.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await p.getByTestId('watch-bundles').check();
    await expect.poll(() => p.getByTestId('bundles-new').textContent(), FOLDER).toBe('1 new bundle from the class folder');
    await p.getByTestId('review-new').click();
    await p.getByTestId('review-screen').waitFor();
    await p.getByTestId('delete-session').click();
    expect(await p.getByTestId('delete-session-folder-note').textContent()).toBe(
      'Deleting removes this review for good, and its bundle in the class folder is not picked up again. A bundle the trainee sends later still arrives.',
    );
    await p.screenshot({ path: path.join(SHOTS, 'delete-session-confirm.png') });
    await p.getByTestId('delete-session-confirm').click();
    await p.getByTestId('review-screen').waitFor({ state: 'detached' });
    await expect.poll(() => p.getByTestId('review-session').count()).toBe(0);
  });

  it('stays deleted after a restart, while the bundle the trainee sent since arrives', async () => {
    const second = await trainee.handlers['classFolder.publishBundle']({ scriptId });
    expect(second.snapshotId).not.toBe(firstSnapshot);
    // Both bundles in the folder, both settled: the first poll after the restart reads them together.
    aged(folder);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.naskahreview'))).toHaveLength(2);
    await mentor!.close();
    mentor = await launchApp({ dataDir: mentorDir });
    const p = mentor.page;
    await p.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    expect(await p.getByTestId('watch-bundles').isChecked()).toBe(true);
    await expect.poll(() => p.getByTestId('bundles-new').textContent(), FOLDER).toBe('1 new bundle from the class folder');
    await expect.poll(() => p.getByTestId('review-session').count()).toBe(1);
    const sessions = await mentor.backend.handlers['review.listSessions']({});
    expect(sessions.map((s) => s.snapshotId)).toEqual([second.snapshotId]);
  });
});
