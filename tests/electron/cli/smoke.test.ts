/**
 * The real `naskah` binary (bin/naskah.mjs) as a child process: the only CLI tests that spawn it
 * (besides the full-disk cases in disk-full.test.ts, which need a file system of their own). Every
 * other CLI test runs the same `main(args, io)` in process (run.ts). These check what only a
 * whole process shows: the loader starts on the pinned Node, the exit status reaches the shell,
 * stdout carries the output byte for byte, and NASKAH_DATA_DIR and NASKAH_LANG are read from the
 * real environment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah, naskahBinary } from './run.ts';

const FOUNTAIN = 'Title: Warung\n\nINT. WARUNG - MALAM\n\nHujan *deras*.\n\nSARI\nTutup.\n';

describe('bin/naskah.mjs as a process', () => {
  it('converts to stdout exactly as main() does, and fails with exit 1 and one line in the language of its environment', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'w.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const real = naskahBinary(['convert', file, '--to', 'json']);
    expect(real).toMatchObject({ code: 0, stderr: '' });
    expect(real.stdout).toBe((await naskah(['convert', file, '--to', 'json'])).stdout);

    const missing = naskahBinary(['convert', path.join(dir, 'none.fountain'), '--to', 'json'], { NASKAH_LANG: 'id' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^naskah: .*tidak dapat membaca/i);
  });

  it('imports into the library NASKAH_DATA_DIR names and lists it', () => {
    const data = tempDataDir();
    const file = path.join(tempDataDir(), 'warung.fountain');
    fs.writeFileSync(file, FOUNTAIN);
    const imported = naskahBinary(['import', file], { NASKAH_DATA_DIR: data });
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const id = imported.stdout.trim();
    expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]+$/);
    expect(fs.existsSync(path.join(data, 'naskah.db'))).toBe(true);
    expect(JSON.parse(naskahBinary(['list', '--json'], { NASKAH_DATA_DIR: data }).stdout)).toMatchObject([{ id, title: 'Warung' }]);
  });
});
