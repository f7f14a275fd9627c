/**
 * Where Final Draft prints CONT'D and where Naskah does, cue by cue: a measurement, never a test.
 *   BENCH_FD_DIR=dir npm run bench:contd
 * For each pair NAME.fdx (or .json, .fountain) + NAME.pdf that Final Draft printed from the same
 * draft, Naskah lays the script out on the print's paper with the script's own layout; on each page
 * its cues are found in order among the print's lines (pdftotext -bbox-layout), and every cue where
 * one prints (CONT'D) and the other does not is listed with what stood between it and the same
 * character's last speech — the context that tells which rule differs. Counts: the print's cue lines
 * with CONT'D against Naskah's automatic + split ones. Cues Naskah cannot find on Final Draft's page
 * (a page break that differs) are counted apart. Nothing third-party is copied into the repository:
 * point it at files you have.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readScript } from '../shared/screenplay/formats.ts';
import { paginate } from '../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../shared/screenplay/layout/print-profile.ts';
import type { Paper } from '../shared/screenplay/layout/profiles.ts';
import type { Screenplay } from '../shared/screenplay/model.ts';
import { parseCue } from '../shared/screenplay/rules/cue.ts';

const CONTD = /\s*\(CONT['’]D\)/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&apos;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

function norm(text: string): string {
  return text
    .replace(/&(?:amp|quot|apos|#39|lt|gt);/g, (e) => ENTITIES[e])
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

// A cue stands at least this far right of the action column: its position, not its words, tells a cue from an action line holding a name alone.
const CUE_RIGHT_OF_ACTION_PT = 36;

const hasContd = (text: string) => /\(CONT'D\)/.test(norm(text));
const withoutContd = (text: string) => norm(text.replace(CONTD, ''));

interface PrintedLine {
  /** Left edge in points. */
  x: number;
  text: string;
}

/** The print's lines, page by page, in reading order (top to bottom, left to right). */
function printedLines(pdf: string): PrintedLine[][] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)]
        .map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: norm([...m[3].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')) }))
        .sort((a, b) => a.y - b.y || a.x - b.x),
    );
}

/** The action column's left edge: the leftmost edge that holds at least a twentieth of the print's lines. */
function actionEdge(printed: PrintedLine[][]): number {
  const count = new Map<number, number>();
  let n = 0;
  for (const page of printed) {
    for (const l of page) {
      count.set(Math.round(l.x), (count.get(Math.round(l.x)) ?? 0) + 1);
      n++;
    }
  }
  return Math.min(...[...count].filter(([, c]) => c >= n / 20).map(([x]) => x));
}

function pdfPaper(file: string): Paper {
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return size && Math.abs(Number(size[1]) - 595) < 3 ? 'a4' : 'letter';
}

/** What stands between cue `i` and the last speech before it: element types, and whether that speech was the same character's. */
function context(script: Screenplay, i: number): string {
  const els = script.elements;
  const name = parseCue(els[i].text).name;
  const between: string[] = [];
  let j = i - 1;
  while (j >= 0 && !['dialogue', 'parenthetical', 'lyrics', 'character'].includes(els[j].type)) between.unshift(els[j--].type);
  let c = j;
  while (c >= 0 && els[c].type !== 'character') c--;
  if (c < 0) return 'no speech before';
  const last = els[c];
  const who = parseCue(last.text).name === name ? 'same character' : `after ${parseCue(last.text).name}`;
  return `${who}${last.dual ? ' (dual column)' : ''}, between: ${between.length ? between.join(', ') : 'nothing'}`;
}

function comparePair(source: string, pdf: string): void {
  const read = readScript(source, fs.readFileSync(source, 'utf8'));
  if (!read.ok) throw new Error(`${source}: ${read.error.code}`);
  const script = read.value;
  const layout = paginate(script, printProfile(pdfPaper(pdf), script.layout));
  const printed = printedLines(pdf);
  const auto = new Set(layout.autoContd);
  const cueFrom = actionEdge(printed) + CUE_RIGHT_OF_ACTION_PT;
  let fdContd = 0;
  for (const page of printed) fdContd += page.filter((l) => hasContd(l.text) && !/^\(CONT'D\)$/.test(l.text)).length;
  let naskahAuto = 0;
  let naskahSplit = 0;
  let unmatched = 0;
  const rows: string[] = [];
  for (const page of layout.pages) {
    const lines = printed[page.number - 1] ?? [];
    let from = 0;
    for (const l of page.lines) {
      if (l.type !== 'character' || (l.start !== 0 && l.added !== 'contd')) continue;
      const split = l.added === 'contd';
      const ours = hasContd(l.text);
      if (split) naskahSplit++;
      else if (auto.has(l.elementIndex)) naskahAuto++;
      const want = withoutContd(l.text);
      const at = lines.findIndex((t, k) => k >= from && t.x >= cueFrom && withoutContd(t.text) === want);
      if (at < 0) {
        unmatched++;
        continue;
      }
      from = at + 1;
      const theirs = hasContd(lines[at].text);
      if (theirs === ours) continue;
      const kind = split ? 'split' : auto.has(l.elementIndex) ? 'automatic' : ours ? 'typed' : 'none';
      rows.push(`  p.${page.number} element ${l.elementIndex}: Final Draft "${lines[at].text}", Naskah "${norm(l.text)}" (${kind}); ${split ? 'a speech split over the page' : context(script, l.elementIndex)}`);
    }
  }
  console.log(`${path.basename(pdf, '.pdf')}: ${layout.pages.length} pages (Final Draft ${printed.length}); CONT'D: Final Draft ${fdContd}, Naskah ${naskahAuto} automatic + ${naskahSplit} split; ${rows.length} cues differ${unmatched ? `, ${unmatched} cues not found on Final Draft's page` : ''}`);
  for (const r of rows) console.log(r);
}

const dir = process.env.BENCH_FD_DIR;
if (!dir) {
  console.log('BENCH_FD_DIR=dir npm run bench:contd — dir holds NAME.fdx (or .json, .fountain) + NAME.pdf pairs printed by Final Draft');
} else {
  for (const pdf of fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
    const base = pdf.slice(0, -4);
    const source = ['.fdx', '.json', '.fountain'].map((ext) => path.join(dir, base + ext)).find((f) => fs.existsSync(f));
    if (source) comparePair(source, path.join(dir, pdf));
  }
}
