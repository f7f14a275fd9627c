/**
 * PDF import against real PDFs: Naskah's own (Letter and A4, title page, scene numbers, speeches
 * and action split across pages with (MORE)/(CONT'D)) and afterwriting's (another tool's layout),
 * each read back element for element; broken and text-less PDFs refused with a reason.
 * Compression bombs: bomb.test.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { readPdfScript } from '../../../electron/pdf-import/read-pdf.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { tempDataDir } from '../temp.ts';

const SAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'assets', 'samples', 'pulang.fountain'), 'utf8');

/** A script long enough to split speeches and action paragraphs across pages. */
function longScript(): string {
  const words = 'hujan turun di atas atap seng warung kecil itu sementara angin membawa bau tanah basah dari sawah'.split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, () => words[next() % words.length]).join(' ');
    return w[0].toUpperCase() + w.slice(1) + '.';
  };
  const out = ['Title: UJIAN', 'Credit: written by', 'Author: Naskah Tests', 'Draft date: 23 November 2026', ''];
  for (let scene = 1; scene <= 10; scene++) {
    out.push(`${scene % 2 ? 'INT' : 'EXT'}. TEMPAT ${scene} - MALAM #${scene}#`, '', Array.from({ length: 1 + (next() % 8) }, () => sentence(12)).join(' '), '');
    for (let s = 0; s < 3; s++) {
      out.push(['SARI', 'BUDI', 'RAKA'][next() % 3]);
      if (next() % 3 === 0) out.push('(pelan)');
      out.push(Array.from({ length: 1 + (next() % 12) }, () => sentence(10)).join(' '), '');
    }
    out.push('CUT TO:', '');
  }
  return out.join('\n');
}

const model = (fountain: string): Screenplay => {
  const r = parseFountain(fountain);
  if (!r.ok) throw new Error('fixture');
  return r.value;
};
const printed = (s: Screenplay) => s.elements.filter((e) => !['note', 'section', 'synopsis', 'page_break'].includes(e.type)).map((e) => [e.type, e.text.replace(/\s+/g, ' ').trim()]);
/**
 * Adjacent action paragraphs joined: a paragraph split across pages at a sentence end looks, on
 * paper, exactly like two paragraphs — the one thing a PDF cannot tell back (docs/file-formats.md).
 */
const actionsJoined = (els: string[][]) =>
  els.reduce<string[][]>((out, [type, text]) => {
    const prev = out[out.length - 1];
    if (prev && prev[0] === 'action' && type === 'action') prev[1] = `${prev[1]} ${text}`;
    else out.push([type, text]);
    return out;
  }, []);
const read = async (pdf: Uint8Array) => {
  const r = await readPdfScript(pdf);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('PDF import', () => {
  it('reads Naskah’s own PDFs back element for element, on Letter and A4, title page included', async () => {
    for (const source of [SAMPLE, longScript()]) {
      const script = model(source);
      for (const paper of ['letter', 'a4'] as const) {
        const back = await read(await renderPdf(script, { paper, titlePage: true, sceneNumbers: true }));
        // The automatic (CONT'D) is printed, so it comes back as part of the cue; reprinted, it prints once.
        const noContd = (els: string[][]) => els.map(([t, x]) => [t, t === 'character' ? x.replace(/ \(CONT'D\)$/, '') : x]);
        expect(noContd(actionsJoined(back.elements.map((e) => [e.type, e.text])))).toEqual(noContd(actionsJoined(printed(script))));
        expect(back.titlePage.find((f) => f.key === 'Title')?.value).toBe(script.titlePage.find((f) => f.key === 'Title')?.value);
        // Printed scene numbers come back: the script's own, or the ones the PDF writer numbered.
        expect(back.elements.filter((e) => e.type === 'scene_heading').map((e) => e.sceneNumber)).toEqual(
          script.elements.filter((e) => e.type === 'scene_heading').map((e, i) => e.sceneNumber ?? String(i + 1)),
        );
      }
    }
    const titled = await read(await renderPdf(model(SAMPLE), { paper: 'a4', titlePage: true }));
    expect(titled.titlePage).toEqual([
      { key: 'Title', value: 'PULANG' },
      { key: 'Credit', value: 'written by' },
      { key: 'Author', value: 'Dewi Lestari Putri' },
      { key: 'Contact', value: 'Pelatihan Penulisan Skenario\nJakarta' },
      { key: 'Draft date', value: '23 November 2026' },
    ]);
  });

  it('reads a PDF written by another tool (afterwriting) the same way', async () => {
    const dir = tempDataDir();
    for (const [name, source] of [['pulang', SAMPLE], ['long', longScript()]] as const) {
      const input = path.join(dir, `${name}.fountain`);
      const output = path.join(dir, `${name}.pdf`);
      fs.writeFileSync(input, source);
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'afterwriting', 'awc.js'), '--source', input, '--pdf', output, '--overwrite'], { stdio: 'ignore' });
      const back = await read(fs.readFileSync(output));
      // afterwriting prints scene numbers only when asked; ours come from #n#: compare text and types.
      expect(actionsJoined(back.elements.map((e) => [e.type, e.text]))).toEqual(actionsJoined(printed(model(source))));
    }
  });

  it('refuses a broken PDF and one without text, with a reason', async () => {
    const good = await renderPdf(model(SAMPLE), { paper: 'letter' });
    const broken = await readPdfScript(good.slice(0, 400));
    expect(broken).toMatchObject({ ok: false, error: { code: 'screenplay.bad_pdf' } });
    expect(await readPdfScript(new TextEncoder().encode('not a pdf at all'))).toMatchObject({ ok: false, error: { code: 'screenplay.bad_pdf' } });
    // A scan: pages with drawings and no text.
    const scan = await new Promise<Uint8Array>((resolve) => {
      const doc = new PDFDocument({ size: 'LETTER' });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.rect(100, 100, 300, 400).fill('#888');
      doc.end();
    });
    expect(await readPdfScript(scan)).toMatchObject({ ok: false, error: { code: 'screenplay.pdf_no_text' } });
  });
});

