/**
 * The packaged app's Electron fuses, read the way electron-builder reads them: electron-builder's own
 * config loader and schema check on electron-builder.yml, its own mapping of `electronFuses` to
 * @electron/fuses options, and @electron/fuses flipping the bits in a stand-in binary that carries
 * the fuse wire exactly as Electron lays it out (Electron itself cannot be downloaded here).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { tempDataDir } from '../temp.ts';

const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & { electronFuses?: Record<string, boolean> };
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { PlatformPackager } = require('app-builder-lib') as { PlatformPackager: { prototype: { generateFuseConfig(f: unknown): Promise<Record<string, unknown>> } } };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const fuses = require('@electron/fuses') as {
  flipFuses(binary: string, config: Record<string, unknown>): Promise<number>;
  getCurrentFuseWire(binary: string): Promise<Record<string, unknown>>;
  FuseV1Options: Record<string, number | string>;
};
const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants.js') as { SENTINEL: string; FuseState: Record<string, number> };

/** A file laid out like an Electron binary around its fuse wire: sentinel, wire version 1, length, one byte per fuse. */
function standInElectron(defaults: number[]): string {
  const file = path.join(tempDataDir('naskah-fuses-'), 'naskah');
  const junk = Buffer.alloc(4096, 0x90);
  fs.writeFileSync(file, Buffer.concat([junk, Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults]), junk]));
  return file;
}

describe('Electron fuses (electron-builder.yml → electronFuses)', () => {
  let config: Config;
  beforeAll(async () => {
    config = await getConfig(REPO_ROOT, path.join(REPO_ROOT, 'electron-builder.yml'), null);
  });

  it('is a configuration electron-builder 26 accepts, with option names from its own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The schema check is real: a misspelt fuse is refused, not ignored.
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } }, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses/);
  });

  it('turns off RunAsNode, NODE_OPTIONS and --inspect, turns on cookie encryption, ASAR integrity and ASAR-only loading', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into app.asar with its integrity hash embedded (what the integrity fuse checks)', () => {
    expect(config.asar ?? true).not.toBe(false);
    expect(config.disableAsarIntegrity ?? false).toBe(false);
    // Only the native SQLite module sits outside the archive (Electron cannot load a .node from inside it).
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
  });

  it('flips every fuse of the wire as configured, through electron-builder’s own mapping', async () => {
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    const fuseNames = Object.keys(fuses.FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    // All fuses this @electron/fuses knows are set explicitly: a new one makes this fail.
    await expect(fuses.flipFuses(standInElectron(fuseNames.map(() => FuseState.INHERIT)), { ...wire, strictlyRequireAllFuses: true })).resolves.toBe(1);
    // Electron 45's shipped defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on, the rest off.
    const { ENABLE, DISABLE } = FuseState;
    const binary = standInElectron([ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE]);
    await fuses.flipFuses(binary, wire);
    const after = await fuses.getCurrentFuseWire(binary);
    const state = (name: string) => after[fuses.FuseV1Options[name] as number];
    expect(state('RunAsNode')).toBe(DISABLE);
    expect(state('EnableCookieEncryption')).toBe(ENABLE);
    expect(state('EnableNodeOptionsEnvironmentVariable')).toBe(DISABLE);
    expect(state('EnableNodeCliInspectArguments')).toBe(DISABLE);
    expect(state('EnableEmbeddedAsarIntegrityValidation')).toBe(ENABLE);
    expect(state('OnlyLoadAppFromAsar')).toBe(ENABLE);
    expect(state('LoadBrowserProcessSpecificV8Snapshot')).toBe(DISABLE);
    expect(state('GrantFileProtocolExtraPrivileges')).toBe(DISABLE);
  });

  it('leaves nothing in the app that needs RunAsNode (process.fork, ELECTRON_RUN_AS_NODE)', () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.[cm]?ts$/.test(e.name) ? [path.join(dir, e.name)] : []));
    for (const file of sources(path.join(REPO_ROOT, 'electron'))) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/ELECTRON_RUN_AS_NODE|child_process['"][\s\S]*\bfork\(/);
    }
  });
});
