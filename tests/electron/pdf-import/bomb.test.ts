/**
 * PDF compression bombs, made on the spot (bomb.ts): refused by name, off the main thread, before
 * the process's memory gets anywhere near what the streams claim. Memory is the whole process's
 * resident set (the worker thread included), sampled every 5 ms while the import runs.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch.ts';
import { openBackend } from '../../../electron/host.ts';
import { translateError } from '../../../electron/i18n.ts';
import { readPdfScript, type PdfLimits } from '../../../electron/pdf-import/read-pdf.ts';
import type { AppErrorData } from '../../../shared/errors.ts';
import { tempDataDir } from '../temp.ts';
import { bombPdf, deflatedSpaces, pdfOf, stream } from './bomb.ts';

const MB = 1024 * 1024;

/** Imports `pdf` while watching the process: the result, the peak RSS, its growth, the time, and whether the main thread kept running. */
async function watched(pdf: Uint8Array, limits?: PdfLimits) {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let ticks = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
    ticks++;
  }, 5);
  const started = Date.now();
  const result = await readPdfScript(pdf, limits);
  clearInterval(sampler);
  return { result, peakMb: peak / MB, growthMb: (peak - baseline) / MB, ms: Date.now() - started, ticks };
}

const errorOf = (r: Awaited<ReturnType<typeof readPdfScript>>): AppErrorData => {
  if (r.ok) throw new Error('the bomb was read');
  return r.error;
};

describe('PDF compression bombs', () => {
  it('refuses a FlateDecode stream that inflates to 4 GiB, by name, with the process under 512 MB', { timeout: 60_000 }, async () => {
    const pdf = bombPdf([4096]);
    expect(pdf.length).toBeLessThan(5 * MB);
    const run = await watched(pdf);
    console.log(`4 GiB Flate bomb (${(pdf.length / MB).toFixed(1)} MB file): refused in ${run.ms} ms, process RSS peak ${run.peakMb.toFixed(0)} MB (+${run.growthMb.toFixed(0)} MB)`);
    expect(errorOf(run.result)).toEqual({ code: 'screenplay.pdf_bomb', params: { limit: 64 } });
    expect(run.peakMb).toBeLessThan(512);
    expect(run.growthMb).toBeLessThan(256);
    // The main thread (autosave, the UI's requests) kept running the whole time.
    expect(run.ticks).toBeGreaterThan(0);
  });

  it('refuses a bomb pdf.js inflates with its own decoder (Flate inside a filter chain)', { timeout: 60_000 }, async () => {
    // [/FlateDecode /ASCIIHexDecode]: the outer filter is pdf.js's own, so the Flate stream is
    // inflated by pdf.js's JavaScript decoder into one growing buffer, not by DecompressionStream.
    const pdf = pdfOf([
      Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
      Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
      Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>'),
      stream('/Filter [/FlateDecode /ASCIIHexDecode]', deflatedSpaces(2048)),
    ]);
    const run = await watched(pdf);
    console.log(`2 GiB Flate bomb behind ASCIIHexDecode: refused in ${run.ms} ms, process RSS peak ${run.peakMb.toFixed(0)} MB (+${run.growthMb.toFixed(0)} MB)`);
    expect(errorOf(run.result)).toEqual({ code: 'screenplay.pdf_bomb', params: { limit: 64 } });
    // Growth, not the peak: this test file's own process has grown by now; the host starts near 100 MB.
    expect(run.growthMb).toBeLessThan(256);
  });

  it('refuses streams that pass the cap only together', { timeout: 60_000 }, async () => {
    // Four content streams of 50 MiB: each under the 64 MB cap, 200 MiB in all.
    const run = await watched(bombPdf([50, 50, 50, 50]));
    console.log(`4 × 50 MiB streams: refused in ${run.ms} ms, process RSS peak ${run.peakMb.toFixed(0)} MB (+${run.growthMb.toFixed(0)} MB)`);
    expect(errorOf(run.result)).toEqual({ code: 'screenplay.pdf_bomb_total', params: { limit: 160 } });
    expect(run.growthMb).toBeLessThan(256);
  });

  it('still reads a page whose streams stay under the caps', async () => {
    const text = Buffer.from('BT /F1 12 Tf 108 700 Td (INT. WARUNG - MALAM) Tj ET\n' + ' '.repeat(8 * MB));
    const pdf = pdfOf([
      Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
      Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
      Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
      stream('/Filter /FlateDecode', zlib.deflateSync(text)),
      Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>'),
    ]);
    const r = await readPdfScript(pdf);
    expect(r.ok && r.value.elements.map((e) => [e.type, e.text])).toEqual([['scene_heading', 'INT. WARUNG - MALAM']]);
  });

  it('comes back from the library import as that typed error, and the library is unchanged', { timeout: 60_000 }, async () => {
    const backend = openBackend(tempDataDir(), 'web', 'en-US');
    try {
      await backend.handlers['library.create']({ title: 'Kept' });
      const reply = await dispatch(backend.handlers, 'library.import', { fileName: 'naskah.pdf', content: bombPdf([1024]).toString('base64') });
      expect(reply).toEqual({ ok: false, error: { code: 'screenplay.pdf_bomb', params: { limit: 64 } } });
      expect((await backend.handlers['library.list']({})).map((s) => s.title)).toEqual(['Kept']);
    } finally {
      backend.close();
    }
  });

  it('says what is wrong in English and Indonesian', () => {
    const one = { code: 'screenplay.pdf_bomb', params: { limit: 64 } };
    const all = { code: 'screenplay.pdf_bomb_total', params: { limit: 160 } };
    expect(translateError(one, 'en')).toMatch(/compressed stream that unpacks to more than 64 MB — a “compression bomb”.*Nothing was imported\./);
    expect(translateError(all, 'en')).toMatch(/more than 160 MB together/);
    expect(translateError(one, 'id')).toMatch(/lebih dari 64 MB.*bom kompresi.*Tidak ada yang diimpor\./);
    expect(translateError(all, 'id')).toMatch(/lebih dari 160 MB.*bom kompresi/);
  });

  it('keeps the memory ceiling as a backstop behind the caps', { timeout: 60_000 }, async () => {
    // Caps lifted: only the RSS watch is left to stop a 600 MiB stream.
    const run = await watched(bombPdf([600]), { timeoutMs: 20_000, maxExtraRss: 128 * MB, decode: { maxStream: 8 * 1024 * MB, maxTotal: 8 * 1024 * MB } });
    expect(errorOf(run.result)).toMatchObject({ code: 'screenplay.pdf_too_complex', params: { detail: 'memory' } });
  });
});
