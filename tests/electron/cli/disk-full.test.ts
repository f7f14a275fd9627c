/**
 * A full disk on the command line: the message fits a command that failed (the app's says the
 * edits are still in the editor), and a library first opened on a full disk leaves no 0-byte
 * naskah.db behind. The real cases run on a real full file system: a tiny tmpfs mounted in a private
 * user and mount namespace (`unshare -rm`), where the machine allows it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli.ts';
import { AppError } from '../../../shared/errors.ts';
import { tempDataDir } from '../temp.ts';
import { BIN, naskah as run } from './run.ts';

const FULL_EN = 'naskah: the disk is full, so the library could not be written; nothing was changed. Free some space and run the command again.\n';

describe("the CLI's disk-full message", () => {
  it('words the store error, and SQLite’s own, for a command line — not the app’s “still in the editor”', async () => {
    const raw = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const cases: [string, unknown][] = [
      ['store-full', new AppError('store.disk_full')],
      ['open-full', new AppError('store.disk_full_open', { file: '/x/naskah.db' })],
      ['sqlite-full', raw],
    ];
    for (const [name, err] of cases) {
      // A command declared like the real ones, whose implementation fails as the store would.
      COMMANDS.push({ name, args: [], options: {}, summary: 'commands.list', load: async () => () => Promise.reject(err) });
      let out;
      try {
        out = await run([name]);
      } finally {
        COMMANDS.splice(COMMANDS.findIndex((c) => c.name === name), 1);
      }
      expect(out.code).toBe(1);
      expect(out.stderr).toBe(FULL_EN);
      expect(out.stderr).not.toMatch(/editor/);
    }
  });
});

/** Runs a shell script with a tmpfs of `size` mounted at `mnt`, in namespaces of its own. */
function onTinyDisk(mnt: string, size: string, script: string) {
  return spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=${size} tmpfs '${mnt}' && ${script}`], { encoding: 'utf8' });
}

const probe = (() => {
  const mnt = tempDataDir('naskah-probe-');
  const r = onTinyDisk(mnt, '64k', 'true');
  return r.status === 0 ? null : (r.stderr || String(r.error)).trim();
})();
if (probe !== null) console.warn(`[disk-full] no private tmpfs here (unshare -rm: ${probe}): the real full-disk cases are skipped`);

describe.skipIf(probe !== null)('on a real full disk (tmpfs)', () => {
  const node = process.execPath;
  const naskah = (data: string, args: string) => `NASKAH_LANG=en NASKAH_DATA_DIR='${data}' '${node}' '${BIN}' ${args}`;

  it('a first start on a full disk says so and leaves no 0-byte naskah.db', () => {
    const mnt = tempDataDir('naskah-full-');
    const data = path.join(mnt, 'data');
    // 100 KiB cannot hold a new library at all.
    const r = onTinyDisk(mnt, '100k', `${naskah(data, 'list')}; echo "rc=$?"; ls -la '${data}'`);
    expect(r.stderr).toBe(FULL_EN);
    expect(r.stdout).toMatch(/rc=1/);
    expect(r.stdout).not.toMatch(/naskah\.db/);
  });

  it('an import that finds the disk full says the CLI’s message, and the library keeps what it had', () => {
    const mnt = tempDataDir('naskah-full-');
    const data = path.join(mnt, 'data');
    const script = path.join(tempDataDir(), 'warung.fountain');
    fs.writeFileSync(script, 'Title: Warung\n\nINT. WARUNG - MALAM\n\n' + 'Hujan turun deras sekali malam itu. '.repeat(2000) + '\n');
    const r = onTinyDisk(
      mnt,
      '1m',
      [
        `${naskah(data, `import '${script}'`)} > /dev/null`,
        // Fill what is left.
        `head -c 4m /dev/zero > '${mnt}/filler' 2>/dev/null`,
        `${naskah(data, `import '${script}'`)}; echo "rc=$?"`,
        `rm '${mnt}/filler'`,
        `${naskah(data, 'list --json')}`,
      ].join('; '),
    );
    expect(r.stderr).toBe(FULL_EN);
    expect(r.stdout).toMatch(/rc=1/);
    const list = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
    expect(list.map((s: { title: string }) => s.title)).toEqual(['Warung']);
  });
});
