/**
 * Page counts against the peers, and the layout engine's speed: a measurement, never a test.
 *   npm run bench:pages
 *     BENCH_FOUNTAIN=script.fountain   a Fountain feature (else the generated ~146 KB feature):
 *                                      Naskah's US Letter pages and (MORE)s beside afterwriting's,
 *                                      run with its defaults but print_profile=usletter
 *     BENCH_FD_DIR=dir                 pairs NAME.fdx (or .json, .fountain) + NAME.pdf that Final Draft
 *                                      printed: Naskah's pages beside Final Draft's (pdfinfo) and, for
 *                                      Fountain, afterwriting's and Naskah's with the settings read off
 *                                      the print (fd-print-settings.ts), as an FDX would carry them.
 *                                      Nothing third-party is copied into the repository: point it at
 *                                      files you have.
 *     RUNS=n                           layout timings: median of n (default 9)
 * Page counts include the title page when the script has one, as the PDFs do.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readScript } from '../shared/screenplay/formats.ts';
import { paginate, repaginateFrom, type LayoutResult } from '../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../shared/screenplay/layout/print-profile.ts';
import type { Paper } from '../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../shared/screenplay/model.ts';
import { benchFountain } from './fountain-text.ts';
import { finalDraftPrintSettings } from './fd-print-settings.ts';
import { generateBlocks } from './generate.ts';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 9);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-pages-'));

function naskahPages(script: Screenplay, paper: Paper = 'letter', titlePage = script.titlePage.length > 0): { pages: number; mores: number; contds: number } {
  const layout = paginate(script, printProfile(paper, script.layout));
  const mores = layout.pages.reduce((n, p) => n + p.lines.filter((l) => l.added === 'more').length, 0);
  return { pages: layout.pages.length + (titlePage ? 1 : 0), mores, contds: layout.autoContd.length };
}

/** The paper Final Draft printed on (pdfinfo's page size): A4 or US Letter. */
function pdfPaper(file: string): Paper {
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return size && Math.abs(Number(size[1]) - 595) < 3 ? 'a4' : 'letter';
}

/** Whether the print starts with a title page: its first page does not hold the script's first printed words. */
function pdfHasTitlePage(file: string, script: Screenplay): boolean {
  const words = (t: string) => t.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toUpperCase();
  const first = script.elements.find((e) => e.text.trim() && !['note', 'section', 'synopsis', 'page_break'].includes(e.type));
  if (!first) return false;
  const page1 = words(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }));
  return !page1.includes(words(first.text).slice(0, 24));
}

function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);
}

function pdfMores(file: string): number {
  return (execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).match(/\(MORE\)/g) ?? []).length;
}

/** afterwriting's CLI with its defaults on US Letter; title-page keys it cannot print (image:, imdb:) are left out. */
function afterwriting(fountain: string): { pages: number; mores: number } | null {
  const input = path.join(tmp, 'aw.fountain');
  const out = path.join(tmp, 'aw.pdf');
  fs.writeFileSync(input, fountain.replace(/^(?:image|imdb):.*\n/gim, ''));
  fs.rmSync(out, { force: true });
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/afterwriting/awc.js'), '--source', input, '--pdf', out, '--overwrite', '--setting', 'print_profile=usletter'], { cwd: tmp, stdio: 'ignore' });
    return { pages: pdfPages(out), mores: pdfMores(out) };
  } catch {
    return null;
  }
}

function read(file: string): Screenplay {
  const r = readScript(file, fs.readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${r.error.code}`);
  return r.value;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeLayout(script: Screenplay, label: string): void {
  const profile = printProfile('letter');
  const full: number[] = [];
  let layout: LayoutResult = paginate(script, profile);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    layout = paginate(script, profile);
    full.push(performance.now() - t0);
  }
  // A keystroke mid-script: the incremental re-layout the editor runs after each pause.
  const at = Math.floor(script.elements.length / 2);
  const inc: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const edited = { ...script, elements: script.elements.map((e, k) => (k === at ? { ...e, text: `${e.text}${i % 2 ? ' x' : ''}` } : e)) };
    const t0 = performance.now();
    repaginateFrom(layout, edited, at);
    inc.push(performance.now() - t0);
  }
  console.log(`layout, ${label}: ${layout.pages.length} pages; full ${median(full).toFixed(1)} ms, after an edit mid-script ${median(inc).toFixed(1)} ms (median of ${RUNS})`);
}

try {
  const { label, text } = benchFountain();
  const file = path.join(tmp, 'feature.fountain');
  fs.writeFileSync(file, text);
  const n = naskahPages(read(file));
  const aw = afterwriting(text);
  console.log(`Fountain feature, ${label}, US Letter:`);
  console.log(`  naskah ${n.pages} pages, ${n.mores} (MORE), ${n.contds} automatic (CONT'D)`);
  if (aw) console.log(`  afterwriting ${aw.pages} pages, ${aw.mores} (MORE); difference ${(((n.pages - aw.pages) / aw.pages) * 100).toFixed(1)} pages per 100 (target: within 1)`);
  else console.log('  afterwriting did not print this script');

  const dir = process.env.BENCH_FD_DIR;
  if (dir) {
    console.log(`Final Draft prints in ${dir} (pages incl. a title page where the print has one, on the print's paper; (MORE) counts):`);
    console.log(`  ${'script'.padEnd(44)} ${'paper'.padEnd(6)} ${'FD'.padStart(5)} ${'naskah'.padStart(7)} ${'+print'.padStart(7)} ${'aw'.padStart(5)}   FD/naskah/+print/aw (MORE)`);
    for (const pdf of fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
      const base = pdf.slice(0, -4);
      const source = ['.fdx', '.json', '.fountain'].map((ext) => path.join(dir, base + ext)).find((f) => fs.existsSync(f));
      if (!source) continue;
      const fd = path.join(dir, pdf);
      const script = read(source);
      const paper = pdfPaper(fd);
      const title = script.titlePage.length > 0 && pdfHasTitlePage(fd, script);
      const n = naskahPages(script, paper, title);
      // A Fountain carries no Final Draft settings: also lay it out with the print's own.
      const settings = source.endsWith('.fountain') && !script.layout ? finalDraftPrintSettings(fd) : null;
      const p = settings ? naskahPages({ ...script, layout: settings }, paper, title) : null;
      // afterwriting prints US Letter here: its page count is the Letter one.
      const aw = source.endsWith('.fountain') ? afterwriting(fs.readFileSync(source, 'utf8')) : null;
      console.log(
        `  ${base.padEnd(44)} ${paper.padEnd(6)} ${String(pdfPages(fd)).padStart(5)} ${String(n.pages).padStart(7)} ${String(p?.pages ?? '-').padStart(7)} ${String(aw?.pages ?? '-').padStart(5)}   ${pdfMores(fd)}/${n.mores}/${p?.mores ?? '-'}/${aw?.mores ?? '-'}`,
      );
    }
  }

  timeLayout(generateBlocks(3_000), '3,000 blocks');
  timeLayout(generateBlocks(12_000), '12,000 blocks');
  // Hostile input: one speech of 1 M characters and one of 4 M (a break must cost a page, not the rest).
  for (const reps of [28_000, 112_000]) {
    const text = 'Aku pergi. Dia datang lagi ke sini! '.repeat(reps);
    timeLayout({ version: 1, titlePage: [], elements: [{ type: 'character', text: 'SARI' }, { type: 'dialogue', text }] }, `one speech of ${(text.length / 1e6).toFixed(0)} M characters`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
