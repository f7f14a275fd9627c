/**
 * `npm start`: the desktop app when Electron's binary is available; otherwise (machines where it
 * cannot be downloaded, such as CI) the same app in browser mode, said in one line.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../electron/host.ts';

const require = createRequire(import.meta.url);

/**
 * Electron's path. Electron 45 fetches its binary on first use; with ELECTRON_SKIP_BINARY_DOWNLOAD=1
 * (machines without internet, CI) that attempt is skipped and only an already present binary counts.
 */
function electronBinary(): string | null {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') {
    const dir = path.join(REPO_ROOT, 'node_modules', 'electron');
    const rel = fs.existsSync(path.join(dir, 'path.txt')) ? fs.readFileSync(path.join(dir, 'path.txt'), 'utf8') : '';
    return rel && fs.existsSync(path.join(dir, 'dist', rel)) ? path.join(dir, 'dist', rel) : null;
  }
  try {
    const bin = require('electron') as unknown as string;
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (electron) {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.electron.json'], { stdio: 'inherit', cwd: REPO_ROOT });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: REPO_ROOT });
  spawn(electron, ['.'], { stdio: 'inherit', cwd: REPO_ROOT }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not available on this machine: starting Naskah in browser mode instead.');
  await import('./web.ts');
}
