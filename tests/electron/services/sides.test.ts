/** library.sides: the Reports view's sides, cut from the saved draft by the same function as `naskah sides`. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { naskah } from '../cli/run.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';

let backend: Backend;
afterEach(() => backend?.close());

const call = callerOf(() => backend);

const FOUNTAIN = 'Title: Kancil dan Buaya\n\nINT. STUDIO - PAGI\n\nKANCIL\nHalo, Buaya!\n\nBUAYA\n(lapar)\nMau ke mana?\n\nKANCIL (V.O.)\nMenghitung kalian.\n';

async function imported(): Promise<string> {
  backend = openBackend(tempDataDir(), 'cli', 'en-US');
  return (await call('library.import', { fileName: 'kancil.fountain', content: FOUNTAIN })).id;
}

describe('library.sides', () => {
  it('gives the same text as `naskah sides` on the same script', async () => {
    const id = await imported();
    await call('settings.set', { language: 'en' });
    const file = await call('library.sides', { id, character: 'kancil', format: 'text' });
    expect(file).toMatchObject({ fileName: 'KANCIL sides.txt', encoding: 'utf8', mimeType: 'text/plain; charset=utf-8' });

    const source = path.join(tempDataDir(), 'kancil.fountain');
    fs.writeFileSync(source, FOUNTAIN);
    const cli = await naskah(['sides', source, '--character', 'KANCIL']);
    expect(cli.code).toBe(0);
    expect(file.content).toBe(cli.stdout);
    expect(file.content).toContain('    Cue: BUAYA: “Mau ke mana?”\n  2. KANCIL (V.O.)\n     Menghitung kalian.');
  });

  it('labels the sides in the app language', async () => {
    const id = await imported();
    await call('settings.set', { language: 'id' });
    const file = await call('library.sides', { id, character: 'BUAYA', format: 'text' });
    expect(file.content.split('\n')[0]).toBe('Naskah peran (sides): BUAYA (jumlah dialog: 1)');
    expect(file.content).toContain('Isyarat: KANCIL: “Halo, Buaya!”');
  });

  it('writes a real PDF of the saved draft', async () => {
    const id = await imported();
    const file = await call('library.sides', { id, character: 'BUAYA', format: 'pdf', paper: 'a4' });
    expect(file).toMatchObject({ fileName: 'BUAYA sides.pdf', encoding: 'base64', mimeType: 'application/pdf' });
    const out = path.join(tempDataDir(), 'buaya.pdf');
    fs.writeFileSync(out, Buffer.from(file.content, 'base64'));
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
    // No cover page: the script's title and whose sides these are head page 1, above the first line.
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text.indexOf('Kancil dan Buaya')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Kancil dan Buaya')).toBeLessThan(text.indexOf('1. BUAYA'));
    expect(text).toContain('Sides: BUAYA (lines: 1)');
    expect(text).toContain('1. BUAYA');
    expect(text).toContain('(lapar)');
    expect(text).toContain('Mau ke mana?');
  });

  it('refuses a character who never speaks, naming those who do', async () => {
    const id = await imported();
    await expect(call('library.sides', { id, character: 'HARIMAU', format: 'text' })).rejects.toMatchObject({
      code: 'screenplay.unknown_character',
      params: { name: 'HARIMAU', known: 'KANCIL, BUAYA' },
    });
    await expect(call('library.sides', { id: 'nope', character: 'KANCIL', format: 'text' })).rejects.toMatchObject({ code: 'library.not_found' });
  });
});
