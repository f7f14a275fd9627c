/** The format coach in the real editor: finds slips, jumps to them, fixes one in one click, undo restores. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { blocks } from './keys.ts';

describe('format coach', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'id-ID' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('flags a heading without a time of day and fixes it in one undoable click', async () => {
    const p = app.page;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-coach-')), 'warung.fountain');
    fs.writeFileSync(file, 'INT. WARUNG\n\nHujan turun.\n\nSARI\n(pelan)\n\nEXT. JALAN - MALAM\n\nSepi.\n');
    await p.getByTestId('import-file').setInputFiles(file);
    await p.getByTestId('script-editor').waitFor();
    await p.getByTestId('open-coach').click();
    const coach = p.getByTestId('coach');
    await expect.poll(() => coach.locator('li').count()).toBeGreaterThanOrEqual(2);
    await expect(coach.locator('li[data-code="coach.heading_no_time"]').textContent()).resolves.toContain('INT. WARUNG');
    await coach.locator('li[data-code="coach.heading_no_time"] button', { hasText: 'PAGI' }).click();
    await expect.poll(async () => (await blocks(p))[0]).toEqual(['scene_heading', 'INT. WARUNG - PAGI']);
    await expect.poll(() => coach.locator('li[data-code="coach.heading_no_time"]').count()).toBe(0);
    await p.getByTestId('script-editor').click();
    await p.keyboard.press('Control+z');
    await expect.poll(async () => (await blocks(p))[0]).toEqual(['scene_heading', 'INT. WARUNG']);
  });
});
