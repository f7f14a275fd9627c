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
// Compiled code of what the bundle does not hold itself (the sources, packages outside it) is kept
// on disk between runs (Node ≥ 22.1); the bundle's own, by load-bundle.mjs.
module.enableCompileCache?.();
const { cliEntry } = await import('./cli-entry.mjs');
const entry = cliEntry(fileURLToPath(new URL('..', import.meta.url)));
const { main } = entry.kind === 'bundle' ? (await import('./load-bundle.mjs')).loadBundle(entry.file) : await import(pathToFileURL(entry.file).href);
process.exitCode = await main(process.argv.slice(2));
// Every command is done when main() returns (files written, databases closed; nothing keeps the
// event loop alive). Left to itself, Node would still let V8 finish the garbage collection the
// run started — about 10 ms of a PDF conversion, for memory about to be freed anyway — so the
// process ends here, once what was written to stdout and stderr has reached them (a pipe's
// writes can still be queued).
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => (stream.writableLength === 0 ? resolve(undefined) : stream.write('', () => resolve(undefined))))));
module.flushCompileCache?.();
process.exit();
