/**
 * Finding Electron's binary for `npm start` without letting Electron's own loader download it
 * under us: `require('electron')` fetches a missing binary with its output (and, offline, a stack
 * trace) on our terminal. Here a missing binary is fetched quietly when allowed, and what went
 * wrong comes back as a value that start.ts says in one line before starting browser mode.
 */
import path from 'node:path';
import { translate } from '../electron/i18n.ts';
import type { Language } from '../shared/i18n/languages.ts';

export type ElectronFound = { ok: true; binary: string } | { ok: false; reason: 'skipped' | 'download_failed' | 'launch_failed'; detail: string };

export interface ElectronProbe {
  env: NodeJS.ProcessEnv;
  /** node_modules/electron. */
  dir: string;
  exists(file: string): boolean;
  /** A file's text, or null when it cannot be read. */
  readText(file: string): string | null;
  /** Runs Electron's installer with its output captured: ok, or its output. */
  download(): { ok: true } | { ok: false; output: string };
}

/** Set (and not "0" or "false"): Electron's binary is not to be downloaded on this machine. */
export function downloadSkipped(env: NodeJS.ProcessEnv): boolean {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

/** The binary path.txt names under dist/, when it is there. */
function installed(p: ElectronProbe): string | null {
  const rel = p.readText(path.join(p.dir, 'path.txt'))?.trim();
  const binary = rel ? path.join(p.dir, 'dist', rel) : null;
  return binary && p.exists(binary) ? binary : null;
}

/** The first line of a tool's output that says something (not a progress line, not a stack frame). */
export function firstReason(output: string): string {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^at\s/.test(l) && !/^Downloading/i.test(l));
  return (line ?? '').slice(0, 200);
}

export function findElectron(p: ElectronProbe): ElectronFound {
  const present = installed(p);
  if (present) return { ok: true, binary: present };
  if (downloadSkipped(p.env)) return { ok: false, reason: 'skipped', detail: '' };
  const fetched = p.download();
  if (!fetched.ok) return { ok: false, reason: 'download_failed', detail: firstReason(fetched.output) };
  const after = installed(p);
  return after ? { ok: true, binary: after } : { ok: false, reason: 'download_failed', detail: '' };
}

/** The one line `npm start` prints before browser mode: why there is no desktop window. */
export function browserModeLine(found: Extract<ElectronFound, { ok: false }>, lang?: Language): string {
  const key = { skipped: 'noElectron.skipped', download_failed: 'noElectron.downloadFailed', launch_failed: 'noElectron.launchFailed' }[found.reason];
  const detail = found.detail ? ` (${found.detail})` : '';
  return translate('web', `terminal.${key}`, { detail }, lang).replace(/\s*\n\s*/g, ' ');
}
