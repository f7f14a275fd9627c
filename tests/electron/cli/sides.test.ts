import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah as run } from './run.ts';

// In process (run.ts): the same main() the binary calls.
const naskah = (args: string[], lang = 'en') => run(args, { NASKAH_LANG: lang });

const FOUNTAIN = 'INT. STUDIO - PAGI\n\nKANCIL\nHalo, Buaya!\n\nBUAYA\n(lapar)\nMau ke mana?\n\nKANCIL\nMenghitung kalian.\n';

describe('naskah sides', () => {
  const file = path.join(tempDataDir(), 'kancil.fountain');
  fs.writeFileSync(file, FOUNTAIN);

  it('prints numbered lines with their cues as text', async () => {
    const r = await naskah(['sides', file, '--character', 'Kancil']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sides: KANCIL (lines: 2)');
    expect(r.stdout).toContain('  1. KANCIL\n     Halo, Buaya!');
    expect(r.stdout).toContain('    Cue: BUAYA: “Mau ke mana?”\n  2. KANCIL\n     Menghitung kalian.');
  });

  it('writes a PDF with -o', async () => {
    const out = path.join(tempDataDir(), 'buaya.pdf');
    expect((await naskah(['sides', file, '--character', 'BUAYA', '--to', 'pdf', '-o', out])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('1. BUAYA');
    expect(text).toContain('(lapar)');
    expect(text).toContain('Mau ke mana?');
  });

  it('refuses an unknown character with a translated one-line error', async () => {
    const en = await naskah(['sides', file, '--character', 'HARIMAU']);
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe('naskah: No character “HARIMAU” speaks in this script. Characters: KANCIL, BUAYA');
    const id = await naskah(['sides', file, '--character', 'HARIMAU'], 'id');
    expect(id.stderr).toContain('Tidak ada tokoh “HARIMAU”');
  });
});
