/**
 * `node scripts/package-size.ts`: what Naskah itself adds to an installed desktop app, measured
 * from the files electron-builder would pack — the `files` patterns of electron-builder.yml
 * applied to the project and to the production dependencies (`npm ls --omit=dev`), which is how
 * electron-builder picks them. The Electron runtime (its binary, Chromium's .pak files and
 * locales) is not counted here: it cannot be downloaded on these machines, and a release machine
 * measures it in release/*-unpacked (README, "Installers"). Needs dist/renderer and dist-electron
 * built first (`npm run build:renderer && npm run build:electron`). Prints figures, never fails.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../electron/host.ts';

const require = createRequire(import.meta.url);
const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<{ files: (string | { filter: string[] })[]; directories?: { buildResources?: string } }>;
};

const config = await getConfig(REPO_ROOT, path.join(REPO_ROOT, 'electron-builder.yml'), null);
// The loader hands `files` back as one { filter } set.
const patterns = config.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
const include = patterns.filter((p) => !p.startsWith('!'));
const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
// electron-builder never packs its build resources (the installers' icons) into the app.
const buildResources = config.directories?.buildResources;
if (buildResources) exclude.push(`${buildResources}/**`);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(full, out);
    } else if (entry.isFile()) out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(REPO_ROOT, file).split(path.sep).join('/');
const excluded = (r: string) => exclude.some((p) => path.matchesGlob(r, p));

const groups = new Map<string, number>();
const add = (group: string, bytes: number) => groups.set(group, (groups.get(group) ?? 0) + bytes);

// The project's own files.
for (const top of ['dist-electron', 'dist', 'shared', 'assets']) {
  const dir = path.join(REPO_ROOT, top);
  if (!fs.existsSync(dir)) continue;
  for (const file of walk(dir)) {
    const r = rel(file);
    if (include.some((p) => path.matchesGlob(r, p)) && !excluded(r)) add(r.split('/').slice(0, 2).join('/'), fs.statSync(file).size);
  }
}
add('package.json', fs.statSync(path.join(REPO_ROOT, 'package.json')).size);

// Production dependencies, each package's files without its nested node_modules (listed on their own).
const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');
const packages = new Set(listed.map((l) => l.trim()).filter((l) => l && l !== REPO_ROOT && fs.existsSync(l)));
let dependencyBytes = 0;
const perPackage: [string, number][] = [];
for (const dir of packages) {
  let bytes = 0;
  for (const file of walk(dir)) if (!excluded(rel(file))) bytes += fs.statSync(file).size;
  perPackage.push([rel(dir).replace(/^node_modules\//, ''), bytes]);
  dependencyBytes += bytes;
}
add('node_modules (production)', dependencyBytes);

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const total = [...groups.values()].reduce((a, b) => a + b, 0);
console.log('Naskah\'s own share of an installed app (before Electron\'s runtime):');
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${group.padEnd(32)} ${MB(bytes).padStart(9)}`);
console.log(`  ${'total'.padEnd(32)} ${MB(total).padStart(9)}`);
console.log('Largest production dependencies:');
for (const [name, bytes] of perPackage.sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${name.padEnd(48)} ${MB(bytes).padStart(9)}`);
if (!fs.existsSync(path.join(REPO_ROOT, 'dist-electron'))) console.log('(dist-electron/ is not built: run `npm run build:electron` first for its share)');
