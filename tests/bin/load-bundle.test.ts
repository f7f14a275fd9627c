/**
 * bin/load-bundle.mjs runs the CommonJS bundle's chunks as require() would, and keeps a V8 code
 * cache of each chunk it ran, written when the process ends: taken as it is by the next run, made
 * again when the chunk or the cache changed, never written with NASKAH_CODE_CACHE=0. Each run is a
 * process of its own, as `naskah` is.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeCacheDir } from '../../bin/load-bundle.mjs';
import { tempDataDir } from '../electron/temp.ts';

const LOADER = pathToFileURL(path.resolve('bin/load-bundle.mjs')).href;

/** A two-chunk bundle, as rolldown writes one: the entry requires a sibling and a node: module. */
function bundle(): { dist: string; cache: string } {
  const root = tempDataDir('naskah-load-bundle-');
  const dist = path.join(root, 'dist-cli');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'cli.cjs'), '"use strict";\nconst words = require("./words-abc.cjs");\nconst path = require("node:path");\nexports.main = (name) => `${words.hello(name)} from ${path.basename(__dirname)}`;\n');
  fs.writeFileSync(path.join(dist, 'words-abc.cjs'), '"use strict";\nexports.hello = (name) => `halo, ${name}`;\n');
  return { dist, cache: path.join(root, 'cache') };
}

/** Runs the entry in a new Node process and prints what main() returns. */
function run(dist: string, env: Record<string, string>): string {
  const code = `const { loadBundle } = await import(${JSON.stringify(LOADER)}); console.log(loadBundle(${JSON.stringify(path.join(dist, 'cli.cjs'))}).main('Sari'));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, ...env } }).trim();
}

const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

describe('loadBundle', () => {
  it('runs the chunks as require() does and writes one cache per chunk when the process ends', () => {
    const { dist, cache } = bundle();
    expect(run(dist, { NASKAH_CODE_CACHE: cache })).toBe('halo, Sari from dist-cli');
    const dir = codeCacheDir(dist, { NASKAH_CODE_CACHE: cache });
    expect(dir.startsWith(cache)).toBe(true);
    const files = cacheFiles(dir);
    expect(files).toEqual([expect.stringMatching(/^cli\.cjs\.\d+\.\d+\.v8$/), expect.stringMatching(/^words-abc\.cjs\.\d+\.\d+\.v8$/)]);
    expect(files.every((f) => fs.statSync(path.join(dir, f)).size > 0)).toBe(true);
  });

  it('takes its caches as they are on the next run, and makes a rejected one again', () => {
    const { dist, cache } = bundle();
    const env = { NASKAH_CODE_CACHE: cache };
    run(dist, env);
    const dir = codeCacheDir(dist, env);
    const [cli, words] = cacheFiles(dir).map((f) => path.join(dir, f));
    const before = fs.readFileSync(cli);
    fs.writeFileSync(words, 'not a code cache');
    expect(run(dist, env)).toBe('halo, Sari from dist-cli');
    // Accepted: not written again. Rejected (the garbage): replaced by a real cache.
    expect(fs.readFileSync(cli).equals(before)).toBe(true);
    expect(fs.readFileSync(words, 'utf8')).not.toBe('not a code cache');
  });

  it('makes a new cache for a changed chunk and drops those of files that are gone', () => {
    const { dist, cache } = bundle();
    const env = { NASKAH_CODE_CACHE: cache };
    run(dist, env);
    const dir = codeCacheDir(dist, env);
    const old = cacheFiles(dir);
    // A rebuild: the entry changes, the sibling is renamed.
    fs.rmSync(path.join(dist, 'words-abc.cjs'));
    fs.writeFileSync(path.join(dist, 'words-def.cjs'), '"use strict";\nexports.hello = (name) => `apa kabar, ${name}`;\n');
    fs.writeFileSync(path.join(dist, 'cli.cjs'), '"use strict";\nconst words = require("./words-def.cjs");\nexports.main = (name) => words.hello(name) + "!";\n');
    expect(run(dist, env)).toBe('apa kabar, Sari!');
    const now = cacheFiles(dir);
    expect(now).toHaveLength(2);
    expect(now.some((f) => old.includes(f))).toBe(false);
    expect(now).toEqual([expect.stringMatching(/^cli\.cjs\./), expect.stringMatching(/^words-def\.cjs\./)]);
  });

  it('runs a chunk with `this` as its exports, as Node does', () => {
    const { dist, cache } = bundle();
    fs.writeFileSync(path.join(dist, 'cli.cjs'), '"use strict";\nexports.main = () => String(this === module.exports);\n');
    expect(run(dist, { NASKAH_CODE_CACHE: cache })).toBe('true');
  });

  it('writes nothing with NASKAH_CODE_CACHE=0', () => {
    const { dist } = bundle();
    const home = tempDataDir('naskah-load-bundle-home-');
    expect(run(dist, { NASKAH_CODE_CACHE: '0', HOME: home, XDG_CACHE_HOME: home, LOCALAPPDATA: home })).toBe('halo, Sari from dist-cli');
    expect(fs.readdirSync(home)).toEqual([]);
  });
});
