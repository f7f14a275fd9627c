/** `naskah convert --scene-numbers` (issue 14): numbers never repeat; a locked JSON model prints its numbers and keeps them through FDX. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const heading = (t: string, sceneNumber?: string) => ({ type: 'scene_heading', text: t, ...(sceneNumber ? { sceneNumber } : {}) });

describe('naskah convert and scene numbers', () => {
  const dir = tempDataDir();

  it('explicit 1, an unnumbered scene, explicit 2: --scene-numbers prints 1, 1A, 2 (was 1, 1, 2)', async () => {
    const source = path.join(dir, 'mixed.json');
    fs.writeFileSync(source, JSON.stringify({ version: 1, titlePage: [], elements: [heading('INT. A - MALAM', '1'), heading('INT. B - MALAM'), heading('INT. C - MALAM', '2')] }));
    const out = path.join(dir, 'mixed.pdf');
    expect((await naskah(['convert', source, '--to', 'pdf', '-o', out, '--scene-numbers'])).code).toBe(0);
    const numbers = [...text(out).matchAll(/^\s*(\S+)\s+INT\. [ABC] - MALAM\s+\S+\s*$/gm)].map((m) => m[1]);
    expect(numbers).toEqual(['1', '1A', '2']);
  });

  it('a locked model: printed without the flag, and JSON → FDX → JSON keeps lock, A/B numbers and OMITTED', async () => {
    const model = { version: 1, titlePage: [], elements: [heading('INT. A - MALAM', '12'), heading('INT. B - MALAM', '12A'), heading('OMITTED', '13')], lockedSceneNumbers: true };
    const source = path.join(dir, 'locked.json');
    fs.writeFileSync(source, JSON.stringify(model));
    const pdf = path.join(dir, 'locked.pdf');
    expect((await naskah(['convert', source, '--to', 'pdf', '-o', pdf])).code).toBe(0);
    expect(text(pdf)).toMatch(/^\s*12A\s+INT\. B - MALAM\s+12A\s*$/m);
    expect(text(pdf)).toMatch(/^\s*13\s+OMITTED\s+13\s*$/m);
    const fdx = path.join(dir, 'locked.fdx');
    expect((await naskah(['convert', source, '--to', 'fdx', '-o', fdx])).code).toBe(0);
    const back = await naskah(['convert', fdx, '--to', 'json']);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(model);
  });
});
