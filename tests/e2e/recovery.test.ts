/**
 * Storage that heals itself, seen by the user in the real UI: a 0-byte library comes back from its
 * newest backup that holds data with a notice naming the backup and the damaged file; the notice
 * stays until dismissed; "start empty instead" asks first, then leaves the damaged file and the
 * backups exactly as they were.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/host.ts';
import { backupNow, listBackups } from '../../electron/store/backup.ts';
import { launchApp } from './harness.ts';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A data folder whose library held `titles`, backed up on 1 January 2031, then left as 0 bytes. */
async function zeroByteLibrary(titles: string[]): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-e2e-heal-'));
  const b = openBackend(dir, 'cli', 'en-US');
  for (const title of titles) await b.handlers['library.create']({ title });
  backupNow(b.db, dir, 'daily', new Date(Date.UTC(2031, 0, 1, 3)));
  // An empty backup taken later must not be the one restored.
  b.db.exec('DELETE FROM scripts');
  backupNow(b.db, dir, 'daily', new Date(Date.UTC(2031, 0, 2, 3)));
  b.close();
  fs.writeFileSync(path.join(dir, 'naskah.db'), '');
  return dir;
}

const titles = (app: { page: import('playwright-core').Page }) => app.page.locator('[data-testid="script-item"] .script-title').allTextContents();

describe('recovery notice', () => {
  it('a 0-byte library comes back from its backup with a notice, which stays until dismissed', async () => {
    const dir = await zeroByteLibrary(['Pulang', 'Senja']);
    const app = await launchApp({ dataDir: dir });
    try {
      const notice = app.page.getByTestId('recovery-notice');
      await notice.waitFor();
      expect(await notice.getAttribute('data-cause')).toBe('empty');
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('Your library file was empty (0 bytes');
      expect(text).toContain('naskah-daily-20310101T030000000Z.db');
      expect(text).toMatch(/The damaged file was kept, not deleted: .*damaged.naskah-\d{8}T\d{9}Z\.db/);
      await expect.poll(async () => (await titles(app)).sort()).toEqual(['Pulang', 'Senja']);
      // Still there after a reload: nothing was acknowledged yet.
      await app.page.reload();
      await notice.waitFor();
      await app.page.getByTestId('recovery-dismiss').click();
      await notice.waitFor({ state: 'detached' });
      await app.page.reload();
      await app.page.getByTestId('script-item').first().waitFor();
      expect(await notice.count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('“start empty instead” asks, then starts an empty library and leaves the damaged file and the backups intact', async () => {
    const dir = await zeroByteLibrary(['Pulang']);
    const app = await launchApp({ dataDir: dir, locale: 'id-ID' });
    try {
      const p = app.page;
      const notice = p.getByTestId('recovery-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Berkas pustaka Anda kosong (0 bita');
      const damaged = path.join(dir, 'damaged', fs.readdirSync(path.join(dir, 'damaged'))[0]);
      const before = [damaged, ...listBackups(dir).map((b) => b.file)].map(sha);
      await expect.poll(() => titles(app)).toEqual(['Pulang']);

      // Changing one's mind keeps the restored library.
      await p.getByTestId('start-empty').click();
      const dialog = p.getByTestId('confirm-start-empty');
      await dialog.waitFor();
      expect(await dialog.getByRole('heading').textContent()).toBe('Mulai dengan pustaka kosong saja?');
      await dialog.getByTestId('confirm-cancel').click();
      await dialog.waitFor({ state: 'detached' });
      expect(await titles(app)).toEqual(['Pulang']);

      await p.getByTestId('start-empty').click();
      await dialog.getByTestId('confirm-accept').click();
      await p.locator('[data-testid="recovery-notice"][data-state="started-empty"]').waitFor();
      expect(await notice.textContent()).toMatch(/Pustaka yang dipulihkan disisihkan, tidak dihapus: .*naskah-restored-\d{8}T\d{9}Z\.db/);
      await p.getByText('Belum ada naskah.').waitFor();
      expect(await titles(app)).toEqual([]);

      // The app keeps working, on the new library.
      await app.backend.handlers['library.create']({ title: 'Baru' });
      await p.getByTestId('show-trash').click();
      await p.getByTestId('show-scripts').click();
      await expect.poll(() => titles(app)).toEqual(['Baru']);
      expect([damaged, ...listBackups(dir).map((b) => b.file)].map(sha)).toEqual(before);
      const aside = fs.readdirSync(path.join(dir, 'damaged')).filter((f) => f.startsWith('naskah-restored-'));
      expect(aside).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
