/**
 * `npm run typecheck`: every layer compiled with only the types its runtime has, so a layering
 * mistake is a type error (ARCHITECTURE.md, "Layers" in README.md):
 *   shared    — ES2023 only: no DOM, no Node (tsconfig.shared.json)
 *   renderer  — the DOM, no Node (tsconfig.renderer.json)
 *   electron  — Node, no DOM (tsconfig.electron.json, also the build of the Electron side)
 *   all       — tests, bench, scripts and configs with both (tsconfig.json, what editors open)
 * Every project is checked even when one fails, two at a time (the machines have two cores), each
 * with its own incremental build info in node_modules/.cache/typecheck so a second run only checks
 * what changed. `--no-cache` checks from scratch. Exit 1 when any project has errors.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECTS = [
  { name: 'shared', config: 'tsconfig.shared.json' },
  { name: 'renderer', config: 'tsconfig.renderer.json' },
  { name: 'electron', config: 'tsconfig.electron.json' },
  { name: 'all', config: 'tsconfig.json' },
] as const;

interface Outcome {
  name: string;
  ok: boolean;
  output: string;
  seconds: number;
}

function check(root: string, project: (typeof PROJECTS)[number], cache: boolean): Promise<Outcome> {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = [tsc, '-p', project.config, '--noEmit', '--pretty', 'false'];
  if (cache) args.push('--incremental', '--tsBuildInfoFile', path.join('node_modules', '.cache', 'typecheck', `${project.name}.tsbuildinfo`));
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ name: project.name, ok: code === 0, output, seconds: (performance.now() - started) / 1000 }));
  });
}

export async function typecheck(root: string, cache = true): Promise<Outcome[]> {
  const queue = [...PROJECTS];
  const outcomes: Outcome[] = [];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const outcome = await check(root, p, cache);
      outcomes.push(outcome);
      console.log(`typecheck ${outcome.name} (${p.config}): ${outcome.ok ? 'clean' : 'errors'} in ${outcome.seconds.toFixed(1)} s`);
      if (!outcome.ok) process.stdout.write(outcome.output);
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, os.availableParallelism()) }, worker));
  return outcomes;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outcomes = await typecheck(root, !process.argv.includes('--no-cache'));
  process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
}
