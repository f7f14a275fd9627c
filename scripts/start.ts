/**
 * `npm start`: the desktop app when Electron's binary is available; otherwise (machines where it
 * cannot be downloaded or started, such as CI) the same app in browser mode, said in one line
 * (scripts/electron-binary.ts) — never Electron's own download output or a stack trace.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../electron/i18n.ts';
import { REPO_ROOT } from '../electron/repo-root.ts';
import { browserModeLine, findElectron, firstReason, type ElectronFound } from './electron-binary.ts';

const dir = path.join(REPO_ROOT, 'node_modules', 'electron');

const found = findElectron({
  env: process.env,
  dir,
  exists: (file) => fs.existsSync(file),
  readText: (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  download: () => {
    console.log(translate('web', 'terminal.downloadingElectron'));
    const r = spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, encoding: 'utf8', timeout: 10 * 60_000 });
    return r.status === 0 ? { ok: true } : { ok: false, output: `${r.stderr ?? ''}\n${r.stdout ?? ''}\n${r.error?.message ?? ''}` };
  },
});

async function browserMode(why: Extract<ElectronFound, { ok: false }>): Promise<void> {
  console.log(browserModeLine(why));
  await import('./web.ts');
}

if (found.ok) {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.electron.json'], { stdio: 'inherit', cwd: REPO_ROOT });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: REPO_ROOT });
  const app = spawn(found.binary, ['.'], { stdio: 'inherit', cwd: REPO_ROOT });
  // A binary that cannot be executed at all (wrong architecture, no permission) is said in one line too.
  let failed = false;
  app.once('error', (err) => {
    failed = true;
    void browserMode({ ok: false, reason: 'launch_failed', detail: firstReason(err.message) });
  });
  app.on('exit', (code) => {
    if (!failed) process.exit(code ?? 0);
  });
} else {
  await browserMode(found);
}
