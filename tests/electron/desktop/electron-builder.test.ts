/**
 * electron-builder.yml as electron-builder itself reads it (its config loader and schema check):
 * the file associations are exactly the types the open module handles, each with its icons; the
 * installers' identity, desktop entry, per-user NSIS and dmg layout are what the README promises.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { SYSTEM_FILE_TYPES } from '../../../shared/desktop/file-types.ts';
import { ICNS_TYPES } from '../../../scripts/icons/containers.ts';

const require = createRequire(import.meta.url);
interface Association {
  ext: string;
  name: string;
  mimeType: string;
  icon: string;
  role: string;
}
type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  fileAssociations: Association[];
  linux: { icon: string; category: string; executableName: string; desktop: { entry: Record<string, string> } };
  win: { icon: string; target: string };
  mac: { icon: string; target: string; category: string };
  nsis: Record<string, unknown>;
  dmg: { contents: { type: string; path?: string }[] };
};
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('electron-builder.yml', () => {
  let config: Config;
  beforeAll(async () => {
    config = await getConfig(REPO_ROOT, path.join(REPO_ROOT, 'electron-builder.yml'), null);
  });

  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('associates exactly the types the open module handles, with their names, MIME types and icons', () => {
    expect(config.fileAssociations.map(({ ext, name, mimeType, icon }) => ({ ext, name, mimeType, icon }))).toEqual(
      SYSTEM_FILE_TYPES.map(({ ext, name, mimeType, icon }) => ({ ext, name, mimeType, icon })),
    );
    const exts = config.fileAssociations.map((a) => a.ext);
    for (const never of ['json', 'txt', 'pdf', 'spmd', 'zip']) expect(exts).not.toContain(never);
  });

  it('each document icon exists as .ico (PNG entries) and .icns (sizes it declares) in the build resources', () => {
    const dir = path.join(REPO_ROOT, config.directories.buildResources);
    for (const { icon } of config.fileAssociations) {
      const ico = fs.readFileSync(path.join(dir, `${icon}.ico`));
      expect(ico.readUInt16LE(2)).toBe(1);
      const count = ico.readUInt16LE(4);
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i++) {
        const length = ico.readUInt32LE(6 + i * 16 + 8);
        const offset = ico.readUInt32LE(6 + i * 16 + 12);
        expect(offset + length).toBeLessThanOrEqual(ico.length);
        expect(ico.subarray(offset, offset + 4)).toEqual(PNG_SIGNATURE);
      }
      const icns = fs.readFileSync(path.join(dir, `${icon}.icns`));
      expect(icns.toString('latin1', 0, 4)).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
      const types: string[] = [];
      for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
        types.push(icns.toString('latin1', at, at + 4));
        expect(icns.subarray(at + 8, at + 12)).toEqual(PNG_SIGNATURE);
      }
      expect(types).toEqual(expect.arrayContaining([ICNS_TYPES[16], ICNS_TYPES[32], ICNS_TYPES[256], ICNS_TYPES[512]]));
    }
  });

  it('the app icon of every platform is the one 1024 px source in assets/', () => {
    const icons = new Set([config.linux.icon, config.win.icon, config.mac.icon]);
    expect([...icons]).toEqual(['assets/icons/naskah.png']);
    expect(pngSize(path.join(REPO_ROOT, 'assets/icons/naskah.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('names the product, its id and categories; the Linux desktop entry', () => {
    expect(config).toMatchObject({ appId: 'id.naskah.studio', productName: 'Naskah' });
    expect(config.mac).toMatchObject({ target: 'dmg', category: 'public.app-category.productivity' });
    expect(config.linux).toMatchObject({ category: 'Office', executableName: 'naskah' });
    expect(config.linux.desktop.entry).toMatchObject({ Name: 'Naskah', StartupWMClass: 'Naskah', Categories: expect.stringMatching(/^Office;/) });
  });

  it('installs per user on Windows (no administrator) and keeps the library on uninstall; dmg links to /Applications', () => {
    expect(config.win.target).toBe('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.dmg.contents).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'file' }), expect.objectContaining({ type: 'link', path: '/Applications' })]));
  });
});
