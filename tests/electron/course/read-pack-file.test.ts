/**
 * Packs read from a .naskahpack file on disk — the path `naskah pack validate|import` and the
 * app's file dialog take — rather than from uploaded bytes. The listing of the central directory
 * must not close the file before the approved entries are inflated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli.ts';
import type { CliIo } from '../../../electron/cli/io.ts';
import { readPackAt } from '../../../electron/course/read-pack.ts';
import { tempDataDir } from '../temp.ts';
import { FILES, packEntries, packFolder, rawZip } from './pack-fixture.ts';

function io(dataDir: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(String(t)), stderr: (t) => void err.push(t), env: { NASKAH_DATA_DIR: dataDir }, cwd: process.cwd() };
}

describe('pack read from a zip file on disk', () => {
  it('reads and verifies every file of a valid pack', async () => {
    const file = path.join(tempDataDir(), 'valid.naskahpack');
    fs.writeFileSync(file, await rawZip(packEntries()));
    const read = await readPackAt(file);
    expect(read.ok ? [] : read.problems).toEqual([]);
    if (!read.ok) return;
    expect([...read.value.files.keys()].sort()).toEqual(Object.keys(FILES).sort());
    expect(read.value.files.get('templates/scene.fountain')!.toString()).toBe(FILES['templates/scene.fountain']);
  });

  it('still reports a tampered file on disk by name', async () => {
    const file = path.join(tempDataDir(), 'tampered.naskahpack');
    const entries = packEntries().map((e) => (e.name === 'lessons/format.en.md' ? { ...e, data: String(e.data).replace('minute', 'second') } : e));
    fs.writeFileSync(file, await rawZip(entries));
    const read = await readPackAt(file);
    expect(read.ok ? [] : read.problems).toEqual([{ code: 'pack.hash_mismatch', params: { file: 'lessons/format.en.md' } }]);
  });

  it('imports a pack that `naskah pack build` made, through the CLI', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'built.naskahpack');
    const cli = io(path.join(dir, 'data'));
    expect(await main(['pack', 'build', packFolder(), '-o', file], cli)).toBe(0);
    expect(await main(['pack', 'validate', file], cli)).toBe(0);
    expect(await main(['pack', 'import', file], cli)).toBe(0);
    expect(cli.err).toEqual([]);
    const listed = io(path.join(dir, 'data'));
    expect(await main(['pack', 'list', '--json'], listed)).toBe(0);
    expect((JSON.parse(listed.out.join('')) as { id: string }[]).map((p) => p.id)).toEqual(['id.naskah.test-pack']);
  });
});
