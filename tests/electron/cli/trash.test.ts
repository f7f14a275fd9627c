/**
 * Contract 1's Trash commands, in process through main(args, io) (run.ts): `naskah list --deleted`
 * lists the Trash and `naskah restore ID` brings a script back; a recovered library is said on
 * stderr (stdout stays the command's), and `naskah start-empty` is the notice's "start empty instead".
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/host.ts';
import { backupNow, listBackups } from '../../../electron/store/backup.ts';
import { tempDataDir } from '../temp.ts';
import { naskah as run } from './run.ts';

const naskah = (args: string[], data: string, lang = 'en') => run(args, { NASKAH_LANG: lang, NASKAH_DATA_DIR: data });

async function importScript(data: string, title: string): Promise<string> {
  const file = path.join(tempDataDir(), `${title}.fountain`);
  fs.writeFileSync(file, `Title: ${title}\n\nINT. RUMAH - MALAM\n\nHujan.\n`);
  const r = await naskah(['import', file], data);
  expect(r.code).toBe(0);
  return r.stdout.trim();
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('naskah list --deleted, delete, restore', () => {
  it('moves a script to the Trash, lists the Trash (text and JSON), and restores it', async () => {
    const data = tempDataDir();
    const keep = await importScript(data, 'Warung');
    const id = await importScript(data, 'Angin Malam');
    expect((await naskah(['list', '--deleted'], data)).stdout).toBe('The Trash is empty.\n');

    const deleted = await naskah(['delete', id], data);
    expect(deleted).toMatchObject({ code: 0, stderr: '' });
    expect(deleted.stdout).toContain(`Moved “Angin Malam” to the Trash. It is kept 30 days; naskah restore ${id} brings it back.`);
    expect(JSON.parse((await naskah(['list', '--json'], data)).stdout).map((s: { id: string }) => s.id)).toEqual([keep]);

    const text = await naskah(['list', '--deleted'], data);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${id.replace(/[-]/g, '\\-')}  Angin Malam  \\(deleted \\S+Z, deleted for good on \\S+Z\\)\\n$`));
    const [item] = JSON.parse((await naskah(['list', '--deleted', '--json'], data)).stdout);
    expect(item).toMatchObject({ id, title: 'Angin Malam', deleted: true });
    expect(Date.parse(item.purgeAt) - Date.parse(item.deletedAt)).toBe(30 * 86_400_000);
    expect((await naskah(['list', '--deleted'], data, 'id')).stdout).toMatch(/Angin Malam {2}\(dihapus .*, dihapus permanen pada .*\)/);

    const restored = await naskah(['restore', id], data);
    expect(restored).toMatchObject({ code: 0, stdout: `Restored “Angin Malam” (${id}) to the library.\n` });
    expect((await naskah(['list', '--deleted'], data)).stdout).toBe('The Trash is empty.\n');
    expect(JSON.parse((await naskah(['list', '--json'], data)).stdout).map((s: { id: string }) => s.id).sort()).toEqual([keep, id].sort());
    // Restoring what is already in the library changes nothing and says so.
    expect(await naskah(['restore', id], data)).toMatchObject({ code: 0, stdout: '“Angin Malam” is not in the Trash: it is already in the library. Nothing changed.\n' });
  });

  it('exits 1 with one translated line for an id that is nowhere', async () => {
    const data = tempDataDir();
    for (const command of ['restore', 'delete']) {
      const r = await naskah([command, 'tidakada'], data, 'id');
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('naskah: Naskah itu tidak ada (lagi).\n');
    }
    expect((await naskah(['restore'], data)).code).toBe(1);
  });
});

describe('a recovered library on the command line', () => {
  it('says what happened on stderr, and start-empty sets the restored library aside leaving the damaged file and the backups alone', async () => {
    const data = tempDataDir();
    await importScript(data, 'Pulang');
    const seed = openBackend(data, 'cli', 'en-US');
    backupNow(seed.db, data, 'daily', new Date(Date.UTC(2031, 0, 1)));
    seed.close();
    fs.writeFileSync(path.join(data, 'naskah.db'), '');
    for (const s of ['-wal', '-shm']) fs.rmSync(path.join(data, `naskah.db${s}`), { force: true });

    const list = await naskah(['list'], data);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/ {2}Pulang {2}/);
    const lines = list.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^naskah: Your library file was empty \(0 bytes.*restored the latest backup that holds your work, from 2031-01-01T00:00:00\.000Z\./);
    expect(lines[1]).toMatch(/^naskah: Backup restored: .*naskah-daily-20310101T000000000Z\.db$/);
    expect(lines[2]).toMatch(/^naskah: The damaged file was kept, not deleted: .*damaged.naskah-\d{8}T\d{9}Z\.db$/);
    expect(lines[3]).toBe('naskah: To start with an empty library instead (nothing is deleted), run: naskah start-empty');
    // Said once: the next command just works.
    expect((await naskah(['list'], data)).stderr).toBe('');

    const damaged = path.join(data, 'damaged', fs.readdirSync(path.join(data, 'damaged'))[0]);
    const before = [damaged, ...listBackups(data).map((b) => b.file)].map(sha);
    const started = await naskah(['start-empty'], data);
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/^Started a new, empty library\. The restored library was set aside, not deleted: .*naskah-restored-.*\.db\. The damaged file and the backups were not touched\.\n$/);
    expect((await naskah(['list'], data)).stdout).toBe('The library is empty.\n');
    expect([damaged, ...listBackups(data).map((b) => b.file)].map(sha)).toEqual(before);
    // Once is enough: there is no restored library left to set aside.
    const again = await naskah(['start-empty'], data);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^naskah: There is no restored library to set aside/);
  });
});
