/**
 * The settings a Final Draft print was made with, read off the PDF (pdftotext -bbox word
 * positions): lines per page, the left edges and widths of action, dialogue, parenthetical and
 * cue, and the blank lines before scene headings — what an FDX from Final Draft would carry as
 * `layout`. bench:pages gives them to a Fountain made from the script, so its pages can be compared
 * with Final Draft's. A measurement aid, rough by design: it reads the commonest positions.
 */
import { execFileSync } from 'node:child_process';
import type { ScriptLayout } from '../shared/screenplay/script-layout.ts';
import { FINAL_DRAFT_CHAR_PT } from '../shared/screenplay/layout/final-draft.ts';

interface Word {
  x0: number;
  x1: number;
  text: string;
}
interface Line {
  y: number;
  words: Word[];
}

const POINTS_PER_LINE = 12;
// Lines above this (points from the top) are the header: page numbers, revision and episode headers.
const HEADER_BELOW_PT = 60;
const MARGIN_MARKS = /^\(MORE\)$|^\(CONT['’]D\)$|^\(?CONTINUED\)?:?( \(\d+\))?$/;

function pagesOf(pdf: string): Line[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const byY = new Map<number, Word[]>();
      for (const m of page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)) {
        const y = Math.round(Number(m[2]));
        const word = { x0: Number(m[1]), x1: Number(m[3]), text: m[4].replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') };
        (byY.get(y) ?? byY.set(y, []).get(y)!).push(word);
      }
      return [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([y, words]) => ({ y, words: words.sort((a, b) => a.x0 - b.x0) }));
    });
}

/** The line's words without scene numbers on either side. */
function textWords(words: Word[]): Word[] {
  let w = words;
  if (w.length > 1 && /^\d+[A-Z]?$/.test(w[0].text) && w[0].x0 < 100) w = w.slice(1);
  if (w.length > 1 && /^\d+[A-Z]?$/.test(w[w.length - 1].text) && w[w.length - 1].x0 > 500) w = w.slice(0, -1);
  return w;
}

function commonest(counts: Map<number, number>): number | undefined {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function add(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The print's settings as a script layout (US Letter margins from its lines per page), or null when the PDF has too little text. */
export function finalDraftPrintSettings(pdf: string): ScriptLayout | null {
  const lefts = new Map<number, number>();
  const widest = new Map<number, number>();
  const firsts = new Map<number, number>();
  const lasts = new Map<number, number>();
  const headingGaps = new Map<number, number>();
  // The first page may be a title page: skip it.
  for (const page of pagesOf(pdf).slice(1)) {
    const body = page.filter((l) => l.y >= HEADER_BELOW_PT && !(l.words.length === 1 && /^\d+\.$/.test(l.words[0].text)) && !MARGIN_MARKS.test(l.words.map((w) => w.text).join(' ')));
    if (body.length < 2) continue;
    add(firsts, body[0].y);
    add(lasts, body[body.length - 1].y);
    body.forEach((line, k) => {
      const words = textWords(line.words);
      const x = Math.round(words[0].x0);
      const text = words.map((w) => w.text).join(' ');
      add(lefts, x);
      // A hyphen may hang past the width: such a line says nothing about it.
      if (!text.endsWith('-')) widest.set(x, Math.max(widest.get(x) ?? 0, Math.round((words[words.length - 1].x1 - words[0].x0 + 0.8) / FINAL_DRAFT_CHAR_PT)));
      if (k > 0 && /^(?:INT|EXT|I\/E|INT\.\/EXT)[. ]/.test(text)) add(headingGaps, Math.round((line.y - body[k - 1].y) / POINTS_PER_LINE) - 1);
    });
  }
  const first = commonest(firsts);
  const full = [...lasts.entries()].filter(([, n]) => n >= 3).map(([y]) => y);
  if (first === undefined || !full.length) return null;
  const linesPerPage = Math.round((Math.max(...full) - first) / POINTS_PER_LINE) + 1;
  const byCount = [...lefts.entries()].sort((a, b) => b[1] - a[1]);
  const leftIn = (lo: number, hi: number) => byCount.find(([x]) => x >= lo && x < hi)?.[0];
  // The right edge halfway into the next character: n characters fit, n + 1 do not.
  const edges = (x: number) => ({ left: x / 72, right: x / 72 + (((widest.get(x) ?? 0) + 0.5) * FINAL_DRAFT_CHAR_PT) / 72 });
  const action = leftIn(80, 130) ?? 108;
  const dialogue = leftIn(140, 200) ?? 180;
  const parenthetical = leftIn(200, 245);
  const cue = leftIn(245, 300);
  return {
    page: { width: 8.5, height: 11, top: 1, bottom: Math.round((10 - linesPerPage / 6 - 0.01) * 1000) / 1000 },
    elements: {
      'Scene Heading': { ...edges(action), spaceBefore: commonest(headingGaps) ?? 1, caps: true },
      Action: edges(action),
      Dialogue: edges(dialogue),
      ...(parenthetical ? { Parenthetical: edges(parenthetical) } : {}),
      ...(cue ? { Character: { left: cue / 72, right: 7.25, caps: true } } : {}),
    },
  };
}
