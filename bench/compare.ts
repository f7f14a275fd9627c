/**
 * Draft compare (`naskah diff`, the compare view): time of diffScreenplays on a 120-page feature
 * between two drafts a writer would compare (lines reworded, scenes moved, cut and added), and
 * on hostile pairs that must stay linear-ish. Median of warm runs; prints figures, never fails.
 *   npm run bench:compare            (RUNS=n)
 */
import { performance } from 'node:perf_hooks';
import { diffScreenplays } from '../shared/screenplay/compare/diff.ts';
import { PAPER_PROFILES } from '../shared/screenplay/layout/profiles.ts';
import type { Screenplay, ScriptElement } from '../shared/screenplay/model.ts';
import { generateBlocks, generatePages } from './generate.ts';
import { median, pct } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 15);
const WARMUP = 5;

/** The generated feature with every scene's lines made its own (a real script does not repeat six scenes). */
function feature(): Screenplay {
  const { screenplay, pages } = generatePages(120, PAPER_PROFILES.letter);
  let scene = 0;
  const elements = screenplay.elements.map((e): ScriptElement => {
    if (e.type === 'scene_heading') scene++;
    return e.type === 'action' || e.type === 'dialogue' ? { ...e, text: `${e.text} Scene ${scene} line.` } : e;
  });
  console.log(`feature: ${pages} pages, ${elements.length} blocks, ${scene} scenes`);
  return { ...screenplay, elements };
}

/** A second draft: 20 lines reworded, 5 scenes moved, 3 cut, 3 new ones, a title-page change. */
function revise(s: Screenplay): Screenplay {
  const els = s.elements.map((e) => ({ ...e }));
  for (let k = 0; k < 20; k++) {
    const i = els.findIndex((e, j) => j > k * 120 && e.type === 'dialogue');
    if (i >= 0) els[i].text = els[i].text.replace('tea', 'coffee').replace('I ', 'We ') + ' Now.';
  }
  const starts = els.flatMap((e, i) => (e.type === 'scene_heading' ? [i] : []));
  const sceneAt = (n: number) => [starts[n], starts[n + 1] ?? els.length] as const;
  const cut: ScriptElement[][] = [];
  for (const n of [150, 120, 90, 60, 30, 20, 10, 5]) {
    const [from, to] = sceneAt(n);
    cut.push(els.splice(from, to - from));
  }
  // Five of the cut scenes come back elsewhere (moved); three stay cut.
  for (const [k, scene] of cut.slice(0, 5).entries()) els.splice(els.findIndex((e, i) => i > 400 * (k + 1) && e.type === 'scene_heading'), 0, ...scene);
  for (let k = 0; k < 3; k++) els.splice(els.findIndex((e, i) => i > 700 * (k + 1) && e.type === 'scene_heading'), 0, { type: 'scene_heading', text: `EXT. PANTAI BARU ${k} - SENJA` }, { type: 'action', text: `Ombak ${k} memecah karang.` });
  return { ...s, titlePage: [{ key: 'Title', value: 'Bench, second draft' }], elements: els };
}

function measure(name: string, a: Screenplay, b: Screenplay, runs = RUNS): void {
  for (let k = 0; k < WARMUP; k++) diffScreenplays(a, b);
  const times: number[] = [];
  let summary = '';
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    const d = diffScreenplays(a, b);
    times.push(performance.now() - t);
    summary = JSON.stringify(d.summary);
  }
  console.log(`${name}: median ${median(times).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms  ${summary}`);
}

const oneHeading = (n: number, word: string): Screenplay => ({
  version: 1,
  titlePage: [],
  elements: Array.from({ length: n }, (_, i): ScriptElement[] => [{ type: 'scene_heading', text: 'INT. RUMAH - MALAM' }, { type: 'action', text: `${word} ${i}` }]).flat(),
});
const oneScene = (n: number, reversed: boolean): Screenplay => {
  const lines = Array.from({ length: n }, (_, i): ScriptElement => ({ type: 'action', text: `Baris ${i}.` }));
  return { version: 1, titlePage: [], elements: [{ type: 'scene_heading', text: 'INT. GUDANG - MALAM' }, ...(reversed ? lines.reverse() : lines)] };
};
const rewritten = (s: Screenplay): Screenplay => ({ ...s, elements: s.elements.map((e) => ({ ...e, text: `${e.text} x` })) });

const a = feature();
const b = revise(a);
measure('120 pages, unchanged', a, a);
measure('120 pages, second draft', a, b);
console.log('hostile (must grow about linearly):');
const big = generateBlocks(12_000);
measure('  12,000 blocks, every line rewritten', big, rewritten(big), 5);
for (const n of [5_000, 10_000, 20_000]) measure(`  ${n} scenes with one heading, all rewritten`, oneHeading(n, 'lama'), oneHeading(n, 'baru'), 3);
for (const n of [5_000, 20_000]) measure(`  one scene of ${n} lines, reversed`, oneScene(n, false), oneScene(n, true), 3);
