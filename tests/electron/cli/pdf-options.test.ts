/** `--no-title-page`, `--scene-numbers` and `--no-auto-contd` on `naskah convert` and `naskah export`, on real PDFs. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';
const FOUNTAIN = 'Title: Hujan di Warung\nAuthor: Sari\n\nINT. WARUNG - MALAM\n\nHujan deras.\n\nEXT. JALAN - MALAM #7#\n\nMotor berhenti.\n';

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('PDF flags', () => {
  const dir = tempDataDir();
  const source = path.join(dir, 'hujan.fountain');
  fs.writeFileSync(source, FOUNTAIN);

  it('convert: title page by default, --no-title-page drops it, --scene-numbers numbers both margins', async () => {
    const plain = path.join(dir, 'plain.pdf');
    const bare = path.join(dir, 'bare.pdf');
    expect((await naskah(['convert', source, '--to', 'pdf', '-o', plain])).code).toBe(0);
    expect((await naskah(['convert', source, '--to', 'pdf', '-o', bare, '--no-title-page', '--scene-numbers'])).code).toBe(0);
    expect(pages(plain)).toBe(pages(bare) + 1);
    expect(text(plain)).toContain('Hujan di Warung');
    expect(text(plain)).not.toMatch(/1\s+INT\. WARUNG - MALAM\s+1/);
    expect(text(bare)).not.toContain('Hujan di Warung');
    expect(text(bare)).toMatch(/^\s*1\s+INT\. WARUNG - MALAM\s+1\s*$/m);
    expect(text(bare)).toMatch(/^\s*7\s+EXT\. JALAN - MALAM\s+7\s*$/m);
  });

  it('export: the same flags on a stored script, existing flags unchanged', async () => {
    const data = tempDataDir();
    const id = (await naskah(['import', source], { NASKAH_DATA_DIR: data })).stdout.trim();
    const out = path.join(dir, 'export.pdf');
    const r = await naskah(['export', id, '--to', 'pdf', '--paper', 'a4', '--scene-numbers', '-o', out], { NASKAH_DATA_DIR: data });
    expect(r.code, r.stderr).toBe(0);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toContain('(A4)');
    expect(text(out)).toContain('Hujan di Warung');
    expect(text(out)).toMatch(/^\s*1\s+INT\. WARUNG - MALAM\s+1\s*$/m);
    const fountain = await naskah(['export', id, '--to', 'fountain', '--no-title-page'], { NASKAH_DATA_DIR: data });
    expect(fountain.code).toBe(0);
    expect(fountain.stdout).toContain('Title: Hujan di Warung'); // PDF-only choices leave text formats alone
  });

  it('convert: automatic CONT\u2019D by default, --no-auto-contd leaves it out, in the PDF and in what an FDX tells Final Draft', async () => {
    const talk = path.join(dir, 'talk.fountain');
    fs.writeFileSync(talk, 'INT. WARUNG - MALAM\n\nSARI\nSatu.\n\nDia minum.\n\nSARI\nDua.\n');
    const on = path.join(dir, 'on.pdf');
    const off = path.join(dir, 'off.pdf');
    expect((await naskah(['convert', talk, '--to', 'pdf', '-o', on])).code).toBe(0);
    expect((await naskah(['convert', talk, '--to', 'pdf', '-o', off, '--no-auto-contd'])).code).toBe(0);
    expect(text(on)).toMatch(/SARI \(CONT'D\)/);
    expect(text(off)).not.toMatch(/CONT'D/);
    expect((await naskah(['convert', talk, '--to', 'fdx'])).stdout).toContain('AutomaticCharacterContinueds="Yes"');
    expect((await naskah(['convert', talk, '--to', 'fdx', '--no-auto-contd'])).stdout).toContain('AutomaticCharacterContinueds="No"');
  });
});
