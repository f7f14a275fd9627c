/** `--revised-only` on `naskah convert` and `naskah export`: a real FDX with Final Draft's revision marks in, only its revised pages out. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

const para = (type: string, text: string, rev = 0) => `<Paragraph Type="${type}"><Text RevisionID="${rev}">${text}</Text></Paragraph>`;
const FDX = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>
${para('Scene Heading', 'INT. WARUNG - MALAM')}
${Array.from({ length: 60 }, (_, i) => para('Action', `Baris ${i}.`)).join('\n')}
${para('Action', 'Lampu padam.', 1)}
${Array.from({ length: 60 }, (_, i) => para('Action', `Baris lagi ${i}.`)).join('\n')}
</Content>
<Revisions ActiveSet="1"><Revision Color="#00000000FFFF" ID="1" Mark="*" Name="Blue Rev."/></Revisions>
</FinalDraft>
`;
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('--revised-only', () => {
  const dir = tempDataDir();
  const source = path.join(dir, 'warung.fdx');
  fs.writeFileSync(source, FDX);

  it('convert prints only the revised page, with its * and the revision in the header', async () => {
    const all = path.join(dir, 'all.pdf');
    const revised = path.join(dir, 'revised.pdf');
    expect((await naskah(['convert', source, '--to', 'pdf', '-o', all])).code).toBe(0);
    const r = await naskah(['convert', source, '--to', 'pdf', '-o', revised, '--revised-only']);
    expect(r.code, r.stderr).toBe(0);
    expect(pages(all)).toBeGreaterThanOrEqual(3);
    expect(pages(revised)).toBe(1);
    expect(text(revised)).toMatch(/Lampu padam\.\s+\*\s*$/m);
    // The header: the revision, then the page's own number (not 1: it is a page from the middle).
    const header = /^\s+Blue Rev\.\s+(\d+)\.\s*$/m.exec(text(revised));
    expect(Number(header?.[1])).toBeGreaterThan(1);
    expect(text(all)).toContain(header![0].trim());
  });

  it('export refuses it with one translated line when nothing is revised', async () => {
    const data = tempDataDir();
    const plain = path.join(dir, 'plain.fdx');
    fs.writeFileSync(plain, FDX.replace(/RevisionID="1"/, 'RevisionID="0"'));
    const id = (await naskah(['import', plain], { NASKAH_DATA_DIR: data })).stdout.trim();
    const r = await naskah(['export', id, '--to', 'pdf', '--revised-only', '-o', path.join(dir, 'none.pdf')], { NASKAH_DATA_DIR: data });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No page holds revised text');
    expect(fs.existsSync(path.join(dir, 'none.pdf'))).toBe(false);
    const id2 = await naskah(['export', id, '--to', 'pdf', '--revised-only', '-o', path.join(dir, 'none.pdf')], { NASKAH_DATA_DIR: data, NASKAH_LANG: 'id' });
    expect(id2.stderr).toContain('Tidak ada halaman');
  });
});
