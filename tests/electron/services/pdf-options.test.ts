/** PDF export choices: title page on or off, scene numbers in both margins; checked on real PDFs with poppler. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScript } from '../../../electron/services/export.ts';
import { paginate } from '../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { tempDataDir } from '../temp.ts';

const script: Screenplay = {
  version: 1,
  titlePage: [
    { key: 'Title', value: 'HUJAN DI WARUNG' },
    { key: 'Author', value: 'Sari Dewi' },
  ],
  elements: [
    { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
    { type: 'action', text: 'Hujan deras.' },
    { type: 'scene_heading', text: 'EXT. JALAN - MALAM', sceneNumber: '2A' },
    { type: 'action', text: 'Motor berhenti.' },
  ],
};
const layoutPages = paginate(script, PAPER_PROFILES.letter).pages.length;

async function pdf(choices: Parameters<typeof exportScript>[4]): Promise<{ pages: number; text: string }> {
  const file = await exportScript(script, 'Hujan', 'pdf', 'letter', choices);
  const out = path.join(tempDataDir(), 'out.pdf');
  fs.writeFileSync(out, Buffer.from(file.content, 'base64'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1]);
  return { pages, text: execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }) };
}

describe('PDF export choices', () => {
  it('prints the title page by default and leaves it out when asked', async () => {
    const withTitle = await pdf({});
    expect(withTitle.pages).toBe(layoutPages + 1);
    expect(withTitle.text.split('\f')[0]).toContain('HUJAN DI WARUNG');
    const without = await pdf({ titlePage: false });
    expect(without.pages).toBe(layoutPages);
    expect(without.text).not.toContain('HUJAN DI WARUNG');
  });

  it('puts scene numbers in both margins only when asked, keeping a written number', async () => {
    const plain = await pdf({ titlePage: false });
    expect(plain.text).toMatch(/^\s*INT\. WARUNG - MALAM\s*$/m);
    const numbered = await pdf({ titlePage: false, sceneNumbers: true });
    expect(numbered.text).toMatch(/^\s*1\s+INT\. WARUNG - MALAM\s+1\s*$/m);
    expect(numbered.text).toMatch(/^\s*2A\s+EXT\. JALAN - MALAM\s+2A\s*$/m);
  });
});
