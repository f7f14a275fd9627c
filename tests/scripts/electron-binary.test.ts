/** `npm start` without Electron: what it finds, and the one line it says before browser mode. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserModeLine, downloadSkipped, findElectron, firstReason, type ElectronProbe } from '../../scripts/electron-binary.ts';
import { tempDataDir } from '../electron/temp.ts';

/** A node_modules/electron folder on disk: path.txt and the binary it names, when asked for. */
function electronDir(opts: { pathTxt?: string; binary?: boolean } = {}): string {
  const dir = tempDataDir('naskah-electron-');
  if (opts.pathTxt) fs.writeFileSync(path.join(dir, 'path.txt'), opts.pathTxt);
  if (opts.binary) {
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', opts.pathTxt ?? 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  }
  return dir;
}

function probe(dir: string, env: NodeJS.ProcessEnv, download: ElectronProbe['download']): ElectronProbe & { downloads: number } {
  const p = {
    env,
    dir,
    downloads: 0,
    exists: (file: string) => fs.existsSync(file),
    readText: (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null),
    download: () => {
      p.downloads++;
      return download();
    },
  };
  return p;
}

const STACK = 'Downloading Electron binary...\nError: getaddrinfo ENOTFOUND github.com\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n';

describe('findElectron', () => {
  it('finds the binary path.txt names, without downloading', () => {
    const dir = electronDir({ pathTxt: 'electron', binary: true });
    const p = probe(dir, {}, () => ({ ok: true }));
    expect(findElectron(p)).toEqual({ ok: true, binary: path.join(dir, 'dist', 'electron') });
    expect(p.downloads).toBe(0);
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const p = probe(electronDir({ pathTxt: 'electron' }), { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, () => ({ ok: true }));
    expect(findElectron(p)).toEqual({ ok: false, reason: 'skipped', detail: '' });
    expect(p.downloads).toBe(0);
    expect([downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' }), downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }), downloadSkipped({})]).toEqual([true, false, false]);
  });

  it('downloads a missing binary quietly, and reports a failed download by its first meaningful line', () => {
    const dir = electronDir();
    const fetched = probe(dir, {}, () => {
      fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
      return { ok: true };
    });
    expect(findElectron(fetched)).toEqual({ ok: true, binary: path.join(dir, 'dist', 'electron') });
    const offline = probe(electronDir(), {}, () => ({ ok: false, output: STACK }));
    expect(findElectron(offline)).toEqual({ ok: false, reason: 'download_failed', detail: 'Error: getaddrinfo ENOTFOUND github.com' });
    expect(offline.downloads).toBe(1);
    expect(firstReason('\n\n   at x (y:1:2)\n')).toBe('');
  });
});

describe('browserModeLine', () => {
  it('says why in one translated line, with no stack trace', () => {
    expect(browserModeLine({ ok: false, reason: 'skipped', detail: '' }, 'en')).toBe(
      'Electron is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD is set): starting Naskah in browser mode instead.',
    );
    const offline = browserModeLine({ ok: false, reason: 'download_failed', detail: firstReason(STACK) }, 'en');
    expect(offline).toBe('Electron could not be downloaded (Error: getaddrinfo ENOTFOUND github.com): starting Naskah in browser mode instead.');
    expect(offline).not.toMatch(/\n|\bat /);
    expect(browserModeLine({ ok: false, reason: 'launch_failed', detail: 'spawn EACCES' }, 'id')).toBe('Electron tidak dapat dijalankan (spawn EACCES): Naskah dijalankan dalam mode peramban.');
  });
});
