// Which code `naskah` runs: the compiled bundle in dist-cli/ (scripts/build-cli.ts) while it is
// fresh — built after the last change to every source it was made from — else the TypeScript
// sources, which Node ≥ 22 runs directly. Stale, missing or broken: the sources, so an edit is
// never hidden by an old bundle and the CLI works before any build. NASKAH_CLI_SOURCES=1 forces
// the sources, and so does a Node that cannot require() an ES module (before 22.12): the CommonJS
// bundle requires unpdf, which is one. Plain JavaScript on purpose: this runs before anything is
// compiled.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {string} root the repository (the folder holding bin/, electron/, dist-cli/)
 * @param {NodeJS.ProcessEnv} [env]
 * @param {boolean} [requireModule] whether this Node can require() an ES module
 * @returns {{ file: string, kind: 'bundle' | 'sources', reason?: string }}
 */
export function cliEntry(root, env = process.env, requireModule = process.features.require_module === true) {
  const sources = (reason) => ({ file: path.join(root, 'electron', 'cli.ts'), kind: 'sources', reason });
  if (env.NASKAH_CLI_SOURCES === '1') return sources('NASKAH_CLI_SOURCES=1');
  if (!requireModule) return sources(`Node ${process.version} cannot require() ES modules`);
  const dist = path.join(root, 'dist-cli');
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  } catch {
    return sources('no bundle');
  }
  if (typeof manifest?.builtAt !== 'number' || !Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return sources('bad manifest');
  // Joined by hand: path.join() normalising two hundred paths took more of every start than stat() did.
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  for (const input of manifest.inputs) {
    // A missing source (deleted, renamed) counts as changed.
    const stat = fs.statSync(base + input, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > manifest.builtAt) return sources(`${input} changed after the build`);
  }
  const file = path.join(dist, 'cli.cjs');
  return fs.existsSync(file) ? { file, kind: 'bundle' } : sources('no bundle');
}
