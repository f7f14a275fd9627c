#!/usr/bin/env node
// The `naskah` command (ARCHITECTURE.md contract 1). It runs the compiled bundle in dist-cli/
// when that is up to date (built by `npm install` / `npm ci` / `npm run build:cli`), else the
// TypeScript sources directly (Node ≥ 22 strips their types): one code base, and the command
// works with or without a build. See bin/cli-entry.mjs.
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`naskah needs Node.js 22 or newer (this is ${process.version}). Run it through npx or npm scripts, which use the pinned Node 22.`);
  process.exit(1);
}
// A reader that stops early (`naskah convert x.fountain --to fountain | head`) closes the pipe:
// end quietly, as Unix tools do, instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
// Compiled code of the CLI and its packages is kept on disk between runs (Node ≥ 22.1).
module.enableCompileCache?.();
const { cliEntry } = await import('./cli-entry.mjs');
const { main } = await import(pathToFileURL(cliEntry(fileURLToPath(new URL('..', import.meta.url))).file).href);
process.exitCode = await main(process.argv.slice(2));
