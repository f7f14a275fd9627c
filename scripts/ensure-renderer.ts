/** Builds dist/renderer when it is missing or older than the sources it is made from. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../electron/repo-root.ts';

export const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function rendererIsStale(): boolean {
  const index = path.join(RENDERER_DIR, 'index.html');
  if (!fs.existsSync(index)) return true;
  const sources = Math.max(
    newestMtime(path.join(REPO_ROOT, 'renderer')),
    newestMtime(path.join(REPO_ROOT, 'shared')),
    fs.statSync(path.join(REPO_ROOT, 'vite.config.ts')).mtimeMs,
  );
  return sources > fs.statSync(index).mtimeMs;
}

export function ensureRendererBuilt(): void {
  if (!rendererIsStale()) return;
  console.log('Building the renderer…');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    // Always the production bundle: run from vitest (NODE_ENV=test) the build was React's development
    // one — several times slower — and every benchmark after an e2e run measured that.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
