/**
 * Fountain → PDF, whole process (start-up included, as a user runs it): `naskah convert --to pdf`
 * against the afterwriting CLI (awc.js) on the same script, US Letter, at 1× and 5× the script
 * (five copies back to back). The runs alternate — naskah and afterwriting, 1× and 5×, the order
 * swapped every round — so that a change in the machine's load hits both sides alike. Prints the
 * median (and fastest) wall time of each, the ratios against the targets, both page counts
 * (pdfinfo, poppler-utils), and, where GNU time is installed, the CPU time (user + system) of each
 * process, which a loaded machine disturbs less than the wall time.
 *   npm run bench:pdf               (BENCH_FOUNTAIN=script.fountain to use a real script; RUNS=n)
 * Naskah runs as `node bin/naskah.mjs`, which is what `npx naskah` executes once npx has resolved
 * the bin (the compiled bundle in dist-cli/ when it is fresh — the script says which); npx's own
 * start-up is left out so that both sides time only their program.
 *
 * Targets (issue 10): naskah ≤ 0.33 × afterwriting's time on the same feature in the same run;
 * 5× the script in ≤ 6× naskah's time for 1×.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cliEntry } from '../bin/cli-entry.mjs';
import { benchFountain, times } from './fountain-text.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const TARGET_RATIO = 0.33;
const TARGET_SCALING = 6;
const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-pdf-'));
const { label, text } = benchFountain();
const SIZES = { '1×': text, '5×': times(text, 5) } as const;
type Size = keyof typeof SIZES;
const inputs = Object.fromEntries(
  Object.entries(SIZES).map(([size, t], i) => {
    const file = path.join(dir, `script-${i + 1}.fountain`);
    fs.writeFileSync(file, t);
    return [size, file];
  }),
) as Record<Size, string>;

const TOOLS = {
  naskah: (input: string, out: string) => [path.join(root, 'bin/naskah.mjs'), 'convert', input, '--to', 'pdf', '-o', out, '--paper', 'letter'],
  afterwriting: (input: string, out: string) => [path.join(root, 'node_modules/afterwriting/awc.js'), '--source', input, '--pdf', out, '--overwrite'],
} as const;
type Tool = keyof typeof TOOLS;

const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((t) => fs.existsSync(t));

interface Sample {
  wall: number;
  cpu?: number;
}

/** One whole process; wall time from here, CPU time (user + system) from GNU time when there is one. */
function run(tool: Tool, size: Size): Sample {
  const out = path.join(dir, `${tool}-${size === '1×' ? 1 : 5}.pdf`);
  fs.rmSync(out, { force: true });
  const args = TOOLS[tool](inputs[size], out);
  const cpuFile = path.join(dir, 'cpu.txt');
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args]] : [process.execPath, args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd: dir, stdio: 'ignore' });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`${tool} ${size} failed (exit ${r.status})`);
  const cpu = GNU_TIME ? fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) : undefined;
  return { wall, cpu };
}

function pages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const fmt = (s: number) => `${s.toFixed(3)} s`;

try {
  const entry = cliEntry(root);
  console.log(`Fountain → PDF, whole process, ${label}: ${(text.length / 1000).toFixed(0)} KB and 5× (${((text.length * 5) / 1000).toFixed(0)} KB); ${RUNS} alternating rounds`);
  console.log(`naskah runs ${entry.kind === 'bundle' ? 'the compiled bundle (dist-cli/)' : `the TypeScript sources (${entry.reason}; npm run build:cli builds the bundle)`}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const samples: Record<Tool, Record<Size, Sample[]>> = { naskah: { '1×': [], '5×': [] }, afterwriting: { '1×': [], '5×': [] } };
  // One untimed run each, so that both start with warm file caches (and Naskah with its compile cache).
  for (const tool of Object.keys(TOOLS) as Tool[]) run(tool, '1×');
  for (let round = 0; round < RUNS; round++) {
    const order: Tool[] = round % 2 ? ['afterwriting', 'naskah'] : ['naskah', 'afterwriting'];
    const sizes: Size[] = round % 2 ? ['5×', '1×'] : ['1×', '5×'];
    for (const size of sizes) for (const tool of order) samples[tool][size].push(run(tool, size));
  }
  const wall = (tool: Tool, size: Size) => median(samples[tool][size].map((s) => s.wall));
  const cpu = (tool: Tool, size: Size) => (GNU_TIME ? median(samples[tool][size].map((s) => s.cpu ?? NaN)) : NaN);
  for (const size of Object.keys(SIZES) as Size[]) {
    for (const tool of Object.keys(TOOLS) as Tool[]) {
      const fastest = Math.min(...samples[tool][size].map((s) => s.wall));
      const cpuNote = GNU_TIME ? `, CPU ${fmt(cpu(tool, size))}` : '';
      console.log(`${size} ${tool.padEnd(12)} median ${fmt(wall(tool, size))} (fastest ${fmt(fastest)}${cpuNote}), ${pages(path.join(dir, `${tool}-${size === '1×' ? 1 : 5}.pdf`))} pages`);
    }
  }
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  for (const size of Object.keys(SIZES) as Size[]) {
    const ratio = wall('naskah', size) / wall('afterwriting', size);
    const cpuRatio = GNU_TIME ? `; CPU ${(cpu('naskah', size) / cpu('afterwriting', size)).toFixed(2)}` : '';
    console.log(`${size} naskah/afterwriting = ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${verdict(ratio <= TARGET_RATIO)})${cpuRatio}`);
  }
  const scaling = wall('naskah', '5×') / wall('naskah', '1×');
  const cpuScaling = GNU_TIME ? `; CPU ${(cpu('naskah', '5×') / cpu('naskah', '1×')).toFixed(2)}` : '';
  console.log(`naskah 5×/1× = ${scaling.toFixed(2)} (target ≤ ${TARGET_SCALING}: ${verdict(scaling <= TARGET_SCALING)})${cpuScaling}; afterwriting 5×/1× = ${(wall('afterwriting', '5×') / wall('afterwriting', '1×')).toFixed(2)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
