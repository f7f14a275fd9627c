#!/usr/bin/env node
// The `naskah` command (ARCHITECTURE.md contract 1). Node ≥ 22 runs the TypeScript sources
// directly (type stripping), so the CLI and the app share one code base with no build step.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`naskah needs Node.js 22 or newer (this is ${process.version}). Run it through npx or npm scripts, which use the pinned Node 22.`);
  process.exit(1);
}
const { main } = await import('../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2));
