/**
 * Contract 1's `naskah diff OLD NEW [--json]`, in process (run.ts): files in any format the CLI
 * reads, library ids (working drafts and snapshots), exit 0 / 1 / 2, one line per change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/call.ts';
import { openBackend } from '../../../electron/host.ts';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

const OLD = `Title: Hujan

INT. RUMAH - MALAM

Hujan turun di atap seng.

SARI
Kamu datang juga.

EXT. JALAN RAYA - PAGI

Budi berlari mengejar bus kota.

INT. WARUNG KOPI - SORE

Dewi menghitung uang di laci kasir.

EXT. STASIUN - MALAM

Kereta terakhir berangkat.
`;
// Scene 2 moved to the end, a line reworded, a line added, the title changed.
const NEW = `Title: Hujan Malam

INT. RUMAH - MALAM

Hujan turun di atap seng.

Petir menyambar.

SARI
Akhirnya kamu datang juga.

INT. WARUNG KOPI - SORE

Dewi menghitung uang di laci kasir.

EXT. STASIUN - MALAM

Kereta terakhir berangkat.

EXT. JALAN RAYA - PAGI

Budi berlari mengejar bus kota.
`;

function files(): { dir: string; write(name: string, text: string): string } {
  const dir = tempDataDir();
  return { dir, write: (name, text) => (fs.writeFileSync(path.join(dir, name), text), path.join(dir, name)) };
}

describe('naskah diff', () => {
  it('prints one scene-aware line per change and exits 1', async () => {
    const f = files();
    const r = await naskah(['diff', f.write('old.fountain', OLD), f.write('new.fountain', NEW)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'title page: ~ Title: Hujan → Hujan Malam',
      'scene 1: + action: Petir menyambar.',
      'scene 1: ~ dialogue: Kamu datang juga. → Akhirnya kamu datang juga.',
      'scene 4 moved from 2: EXT. JALAN RAYA - PAGI',
      '',
    ]);
  });

  it('--json prints the documented shape: summary, title page, changed scenes with old and new text and word runs', async () => {
    const f = files();
    const r = await naskah(['diff', f.write('old.fountain', OLD), f.write('new.fountain', NEW), '--json']);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d)).toEqual(['version', 'changed', 'summary', 'titlePage', 'scenes']);
    expect(d.summary).toEqual({ scenesMoved: 1, scenesAdded: 0, scenesRemoved: 0, elementsAdded: 1, elementsRemoved: 0, elementsChanged: 1, titlePage: 1 });
    expect(d.scenes.map((s: { change: string }) => s.change)).toEqual(['matched', 'moved']);
    expect(d.scenes[1]).toMatchObject({ old: { scene: 2, heading: 'EXT. JALAN RAYA - PAGI' }, new: { scene: 4, heading: 'EXT. JALAN RAYA - PAGI' }, elements: [] });
    expect(d.scenes[0].elements[1]).toEqual({
      change: 'changed',
      old: { index: 3, type: 'dialogue', text: 'Kamu datang juga.' },
      new: { index: 4, type: 'dialogue', text: 'Akhirnya kamu datang juga.' },
      words: [
        { op: 'removed', text: 'Kamu' },
        { op: 'added', text: 'Akhirnya kamu' },
        { op: 'equal', text: ' datang juga.' },
      ],
    });
  });

  it('exits 0 with "No changes." for the same script in two formats (Fountain and its JSON)', async () => {
    const f = files();
    const fountain = f.write('a.fountain', OLD);
    const json = await naskah(['convert', fountain, '--to', 'json']);
    const r = await naskah(['diff', fountain, f.write('a.json', json.stdout)]);
    expect(r).toMatchObject({ code: 0, stdout: 'No changes.\n', stderr: '' });
    expect(JSON.parse((await naskah(['diff', fountain, fountain, '--json'])).stdout)).toMatchObject({ changed: false, scenes: [] });
  });

  it('compares library ids: a script with another, and a snapshot with the working draft', async () => {
    const f = files();
    const data = tempDataDir();
    const env = { NASKAH_DATA_DIR: data };
    const a = (await naskah(['import', f.write('old.fountain', OLD)], env)).stdout.trim();
    const b = (await naskah(['import', f.write('new.fountain', NEW)], env)).stdout.trim();
    const ids = await naskah(['diff', a, b], env);
    expect(ids.code).toBe(1);
    expect(ids.stdout).toContain('scene 4 moved from 2: EXT. JALAN RAYA - PAGI\n');

    // A snapshot of script a, then a's draft changes: the snapshot's id compares with a's id.
    const backend = openBackend(data, 'cli', 'en-US');
    try {
      const snap = await call(backend.handlers, 'snapshot.create', { scriptId: a, name: 'Mentor' });
      const draft = await call(backend.handlers, 'draft.load', { scriptId: a });
      const elements = [...draft.screenplay.elements, { type: 'action' as const, text: 'Lampu padam.' }];
      await call(backend.handlers, 'draft.save', { scriptId: a, screenplay: { ...draft.screenplay, elements } });
      backend.close();
      const r = await naskah(['diff', snap.id, a], env);
      expect(r).toMatchObject({ code: 1, stdout: 'scene 4: + action: Lampu padam.\n' });
      // A file against a library id.
      expect((await naskah(['diff', path.join(f.dir, 'old.fountain'), snap.id], env)).code).toBe(0);
    } finally {
      backend.close();
    }
  });

  it('says it in Indonesian', async () => {
    const f = files();
    const r = await naskah(['diff', f.write('old.fountain', OLD), f.write('new.fountain', NEW)], { NASKAH_LANG: 'id' });
    expect(r.stdout).toContain('adegan 1: ~ dialog: Kamu datang juga. → Akhirnya kamu datang juga.\n');
    expect(r.stdout).toContain('adegan 4 dipindah dari 2: EXT. JALAN RAYA - PAGI\n');
  });

  it('exits 2 with one translated line on bad input, and creates no library for an unknown id', async () => {
    const f = files();
    const good = f.write('ok.fountain', OLD);
    const data = path.join(tempDataDir(), 'never');
    const cases: [string[], RegExp][] = [
      [['diff', good, path.join(f.dir, 'missing.fountain')], /^naskah: cannot read .*missing\.fountain \(ENOENT\)\n$/],
      [['diff', f.write('bad.json', '{"version":'), good], /^naskah: The JSON file is not valid: .*\n$/],
      [['diff', good, 'tidakada'], /^naskah: “tidakada” is neither a file nor a script or snapshot in the library\.\n$/],
      [['diff', good], /^naskah: .*naskah diff --help.*\n$/],
    ];
    for (const [args, stderr] of cases) {
      const r = await naskah(args, { NASKAH_DATA_DIR: data });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(stderr);
      expect(r.stdout).toBe('');
    }
    expect(fs.existsSync(data)).toBe(false);
    expect((await naskah(['diff', good, 'tidakada'], { NASKAH_LANG: 'id', NASKAH_DATA_DIR: data })).stderr).toBe('naskah: “tidakada” bukan berkas, bukan pula naskah atau cuplikan di pustaka.\n');
  });
});
