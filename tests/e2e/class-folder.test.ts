/**
 * The class folder in the real UI (issue 13, deliver 8): the folder's path typed in Settings (a
 * missing folder refused with its reason), the trainee's report published into it, and the class
 * view picking it up on its own, with a broken file beside it listed as refused with its reason
 * and a sync tool's temporary file ignored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli.ts';
import { REPO_ROOT } from '../../electron/host.ts';
import { aged } from './aged-files.ts';
import { launchApp, type App } from './harness.ts';

const silent = { stdout: () => {}, stderr: () => {}, env: process.env, cwd: process.cwd() };

describe('class folder', () => {
  let app: App;
  let work: string;
  let folder: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-folder-e2e-'));
    folder = path.join(work, 'class');
    fs.mkdirSync(folder);
    const pack = path.join(work, 'sample.naskahpack');
    expect(await main(['pack', 'build', path.join(REPO_ROOT, 'assets', 'course-sample'), '-o', pack], silent)).toBe(0);
    app = await launchApp();
    await app.backend.handlers['course.install']({ fileName: 'sample.naskahpack', content: fs.readFileSync(pack).toString('base64') });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes a typed path in Settings, refusing one that is not there', async () => {
    const p = app.page;
    await p.getByTestId('open-settings').click();
    // The hint names everything the folder carries, not reports alone.
    const hint = await p.getByTestId('class-folder-field').locator('.hint').textContent();
    for (const carried of ['progress reports', 'completion certificates', 'review bundles', "mentor's screen", 'feedback']) expect(hint).toContain(carried);
    await p.getByTestId('class-folder-path').fill(path.join(work, 'missing'));
    await p.getByTestId('class-folder-save').click();
    await expect.poll(() => p.getByTestId('class-folder-field').getByTestId('error').textContent()).toContain('cannot be found');
    await p.getByTestId('class-folder-path').fill(folder);
    await p.getByTestId('class-folder-save').click();
    await expect.poll(() => p.getByTestId('class-folder-saved').textContent()).toBe(`Class folder: ${folder}`);
  });

  it('publishes the trainee report there, and the class view picks it up and lists what it refused', async () => {
    const p = app.page;
    await p.getByTestId('open-courses').click();
    await p.locator('.pack-open').first().click();
    await p.getByTestId('trainee-name').fill('Sari Dewi');
    await p.getByTestId('class-folder-publish').click();
    await expect.poll(() => p.getByTestId('class-folder-published').textContent()).toMatch(/^Published report-sari-dewi-.*\.naskahreport to the class folder\.$/);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.naskahreport'))).toHaveLength(1);

    fs.writeFileSync(path.join(folder, 'broken.naskahreport'), '{ half a report');
    fs.writeFileSync(path.join(folder, '.syncthing.budi.naskahreport.tmp'), '{ "schema":');
    aged(folder);
    await p.getByTestId('open-courses').click();
    await p.getByRole('button', { name: 'Class view' }).click();
    const status = p.getByTestId('class-folder-status');
    await expect.poll(() => status.getAttribute('data-picked')).toBe('1');
    await expect.poll(() => p.locator('[data-testid="class-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-trainee')))).toEqual(['Sari Dewi']);
    const refused = status.getByTestId('class-folder-refused').locator('li');
    expect(await refused.evaluateAll((items) => items.map((i) => i.getAttribute('data-file')))).toEqual(['broken.naskahreport']);
    expect(await refused.first().textContent()).toContain('broken.naskahreport');
  });
});
