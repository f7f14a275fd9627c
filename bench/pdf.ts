/**
 * Fountain → PDF, whole process (start-up included, as a user runs it): `naskah convert --to pdf`
 * against the afterwriting CLI (awc.js) on the same script, US Letter; median of RUNS runs,
 * the ratio, and both page counts (pdfinfo, poppler-utils).
 *   npm run bench:pdf               (BENCH_FOUNTAIN=script.fountain to use a real script; RUNS=n)
 * Naskah runs as `node bin/naskah.mjs`, which is what `npx naskah` executes once npx has resolved
 * the bin; npx's own start-up is left out so that both sides time only their program.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchFountain } from './fountain-text.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-pdf-'));
const { label, text } = benchFountain();
const input = path.join(dir, 'script.fountain');
fs.writeFileSync(input, text);

const TOOLS: Record<string, { out: string; args: (out: string) => string[] }> = {
  naskah: { out: path.join(dir, 'naskah.pdf'), args: (out) => [path.join(root, 'bin/naskah.mjs'), 'convert', input, '--to', 'pdf', '-o', out, '--paper', 'letter'] },
  afterwriting: {
    out: path.join(dir, 'afterwriting.pdf'),
    args: (out) => [path.join(root, 'node_modules/afterwriting/awc.js'), '--source', input, '--pdf', out, '--overwrite'],
  },
};

function pages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

try {
  console.log(`Fountain → PDF, whole process, ${label}: ${(text.length / 1000).toFixed(0)} KB; median of ${RUNS} runs`);
  const seconds: Record<string, number> = {};
  for (const [name, tool] of Object.entries(TOOLS)) {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      fs.rmSync(tool.out, { force: true });
      const t0 = performance.now();
      execFileSync(process.execPath, tool.args(tool.out), { cwd: dir, stdio: 'ignore' });
      samples.push((performance.now() - t0) / 1000);
    }
    seconds[name] = median(samples);
    console.log(`${name}: ${seconds[name].toFixed(2)} s, ${pages(tool.out)} pages`);
  }
  console.log(`afterwriting/naskah = ${(seconds.afterwriting / seconds.naskah).toFixed(2)} (above 1: Naskah is faster)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
