/** A locked script prints its scene numbers (A/B scenes, OMITTED) in both margins without being asked; checked on real PDF bytes with poppler. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/pdf/render.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { lockSceneNumbers } from '../../../shared/screenplay/scene-numbers/lock.ts';
import { tempDataDir } from '../temp.ts';

async function pdfText(script: Screenplay, sceneNumbers = false): Promise<string> {
  const out = path.join(tempDataDir(), 'locked.pdf');
  fs.writeFileSync(out, await renderPdf(script, { paper: 'letter', titlePage: false, sceneNumbers }));
  return execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
}

describe('PDF of locked scene numbers', () => {
  it('prints 12, 12A, OMITTED 13 and A1 in both margins', async () => {
    const script: Screenplay = {
      version: 1,
      titlePage: [],
      lockedSceneNumbers: true,
      elements: [
        { type: 'scene_heading', text: 'INT. KAMAR - PAGI', sceneNumber: 'A1' },
        { type: 'scene_heading', text: 'INT. WARUNG - MALAM', sceneNumber: '12' },
        { type: 'action', text: 'Hujan deras.' },
        { type: 'scene_heading', text: 'EXT. JALAN - MALAM', sceneNumber: '12A' },
        { type: 'scene_heading', text: 'OMITTED', sceneNumber: '13' },
        { type: 'scene_heading', text: 'INT. RUMAH - SORE', sceneNumber: '14' },
      ],
    };
    const text = await pdfText(script);
    expect(text).toMatch(/^\s*A1\s+INT\. KAMAR - PAGI\s+A1\s*$/m);
    expect(text).toMatch(/^\s*12\s+INT\. WARUNG - MALAM\s+12\s*$/m);
    expect(text).toMatch(/^\s*12A\s+EXT\. JALAN - MALAM\s+12A\s*$/m);
    expect(text).toMatch(/^\s*13\s+OMITTED\s+13\s*$/m);
  });

  it('unlocked numbers never repeat: explicit 1, unnumbered, explicit 2 print 1, 1A, 2', async () => {
    const script: Screenplay = {
      version: 1,
      titlePage: [],
      elements: [
        { type: 'scene_heading', text: 'INT. A - MALAM', sceneNumber: '1' },
        { type: 'scene_heading', text: 'INT. B - MALAM' },
        { type: 'scene_heading', text: 'INT. C - MALAM', sceneNumber: '2' },
      ],
    };
    const text = await pdfText(script, true);
    expect(text).toMatch(/^\s*1\s+INT\. A - MALAM\s+1\s*$/m);
    expect(text).toMatch(/^\s*1A\s+INT\. B - MALAM\s+1A\s*$/m);
    expect(text).toMatch(/^\s*2\s+INT\. C - MALAM\s+2\s*$/m);
  });

  it('locking a script numbered by place keeps its printed numbers', async () => {
    const script: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'scene_heading', text: 'INT. A - MALAM' }, { type: 'scene_heading', text: 'INT. B - MALAM' }] };
    const text = await pdfText(lockSceneNumbers(script));
    expect(text).toMatch(/^\s*2\s+INT\. B - MALAM\s+2\s*$/m);
  });
});
