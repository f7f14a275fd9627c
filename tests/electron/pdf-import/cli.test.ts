/** A screenplay PDF through the CLI: convert to Fountain, import into the library; a bad PDF exits 1. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { naskah } from '../cli/run.ts';
import { tempDataDir } from '../temp.ts';

async function run(args: string[], dataDir: string) {
  const r = await naskah(args, { NASKAH_DATA_DIR: dataDir }, dataDir);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('naskah with PDF input', () => {
  it('converts a screenplay PDF to Fountain and imports it', async () => {
    const dir = tempDataDir();
    const pdf = path.join(dir, 'pulang.pdf');
    expect((await run(['convert', path.join(REPO_ROOT, 'assets', 'samples', 'pulang.fountain'), '--to', 'pdf', '-o', pdf], dir)).code).toBe(0);
    const fountain = await run(['convert', pdf, '--to', 'fountain'], dir);
    expect(fountain.code).toBe(0);
    expect(fountain.out).toContain('EXT. PELABUHAN SUNDA KELAPA - PAGI');
    expect(fountain.out).toContain('BU SARI\n(tanpa menoleh)\nKarena setiap surat bilang kamu akan pulang bulan depan.');
    const imported = await run(['import', pdf], dir);
    expect(imported.code).toBe(0);
    const list = JSON.parse((await run(['list', '--json'], dir)).out);
    expect(list).toEqual([expect.objectContaining({ id: imported.out.trim(), title: 'PULANG', sceneCount: 2 })]);
  });

  it('exits 1 with one line for a file that is not a PDF, and writes nothing', async () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'fake.pdf'), 'hello');
    const r = await run(['convert', 'fake.pdf', '--to', 'json', '-o', 'out.json'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^naskah: This PDF cannot be read .*\n$/);
    expect(fs.existsSync(path.join(dir, 'out.json'))).toBe(false);
  });
});
