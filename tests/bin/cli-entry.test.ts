/**
 * bin/naskah.mjs runs the compiled bundle only while it is fresh: built after the last change to
 * every source it was made from. Anything else — no bundle, a broken manifest, a source edited,
 * deleted or renamed after the build, NASKAH_CLI_SOURCES=1 — runs the TypeScript sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEntry } from '../../bin/cli-entry.mjs';
import { tempDataDir } from '../electron/temp.ts';

const BUILT_AT = Date.UTC(2026, 0, 2);

/** A repository-shaped folder: two sources, and (unless `bundle` is false) a bundle built at BUILT_AT. */
function repo({ bundle = true, sourcesAt = BUILT_AT - 60_000 } = {}): string {
  const root = tempDataDir('naskah-cli-entry-');
  for (const file of ['electron/cli.ts', 'electron/cli/convert.ts']) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '// source\n');
    fs.utimesSync(path.join(root, file), new Date(sourcesAt), new Date(sourcesAt));
  }
  if (bundle) {
    fs.mkdirSync(path.join(root, 'dist-cli'));
    fs.writeFileSync(path.join(root, 'dist-cli', 'cli.cjs'), 'module.exports = {};\n');
    fs.writeFileSync(path.join(root, 'dist-cli', 'manifest.json'), JSON.stringify({ builtAt: BUILT_AT, inputs: ['electron/cli.ts', 'electron/cli/convert.ts'] }));
  }
  return root;
}

describe('cliEntry', () => {
  it('uses the bundle when every source it was built from is older than the build', () => {
    const root = repo();
    expect(cliEntry(root, {}, true)).toEqual({ file: path.join(root, 'dist-cli', 'cli.cjs'), kind: 'bundle' });
  });

  it('falls back to the sources when there is no bundle', () => {
    const root = repo({ bundle: false });
    expect(cliEntry(root, {}, true)).toMatchObject({ file: path.join(root, 'electron', 'cli.ts'), kind: 'sources', reason: 'no bundle' });
  });

  it('falls back to the sources when a source changed after the build', () => {
    const root = repo();
    const edited = path.join(root, 'electron/cli/convert.ts');
    fs.utimesSync(edited, new Date(BUILT_AT + 1000), new Date(BUILT_AT + 1000));
    expect(cliEntry(root, {}, true)).toMatchObject({ kind: 'sources', reason: 'electron/cli/convert.ts changed after the build' });
  });

  it('falls back to the sources when a source it was built from is gone, or the manifest is broken', () => {
    const gone = repo();
    fs.rmSync(path.join(gone, 'electron/cli/convert.ts'));
    expect(cliEntry(gone, {}, true)).toMatchObject({ kind: 'sources', reason: 'electron/cli/convert.ts changed after the build' });

    const broken = repo();
    fs.writeFileSync(path.join(broken, 'dist-cli', 'manifest.json'), '{"builtAt":');
    expect(cliEntry(broken, {}, true)).toMatchObject({ kind: 'sources', reason: 'no bundle' });
    fs.writeFileSync(path.join(broken, 'dist-cli', 'manifest.json'), '{"builtAt":"yesterday","inputs":[]}');
    expect(cliEntry(broken, {}, true)).toMatchObject({ kind: 'sources', reason: 'bad manifest' });

    const noCode = repo();
    fs.rmSync(path.join(noCode, 'dist-cli', 'cli.cjs'));
    expect(cliEntry(noCode, {}, true)).toMatchObject({ kind: 'sources', reason: 'no bundle' });
  });

  it('runs the sources when NASKAH_CLI_SOURCES=1, fresh bundle or not', () => {
    expect(cliEntry(repo(), { NASKAH_CLI_SOURCES: '1' })).toMatchObject({ kind: 'sources' });
  });

  it('runs the sources on a Node that cannot require() an ES module (the bundle requires unpdf)', () => {
    expect(cliEntry(repo(), {}, false)).toMatchObject({ kind: 'sources', reason: expect.stringMatching(/cannot require\(\) ES modules/) });
  });
});
