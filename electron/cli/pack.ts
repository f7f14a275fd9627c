/**
 * naskah pack validate PACK · pack build DIR -o FILE.naskahpack · pack import PACK · pack list [--json]
 * PACK is a .naskahpack zip or a folder with course.json. Import runs the app's own install
 * service, so a refused pack exits 1 having changed nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { problemLocation } from '../../shared/course/messages.ts';
import { compareSemver } from '../../shared/course/semver.ts';
import { appVersion } from '../host.ts';
import { buildPackBytes } from '../course/build-pack.ts';
import { readFolderPack } from '../course/read-folder-pack.ts';
import { readPackAt } from '../course/read-pack.ts';
import type { PackProblem } from '../course/pack-problems.ts';
import { installPack } from '../services/course-install.ts';
import { translate, translateError } from '../i18n.ts';
import { parseArgs, UsageError, writeFileAtomic, type CliIo } from './io.ts';
import { withBackend } from './library.ts';

function printProblems(io: CliIo, problems: PackProblem[]): number {
  // Compiler-style "file:line:column: message" lines: editors and terminals jump to them.
  for (const p of problems) {
    const where = typeof p.params.line === 'number' ? `${problemLocation(p.params)}: ` : '';
    io.stderr(`naskah: ${where}${translateError(p)}\n`);
  }
  return 1;
}

function onePack(argv: string[], io: CliIo, what: string): string {
  const { positional } = parseArgs(argv, []);
  if (positional.length !== 1) throw new UsageError(`pack ${what} needs exactly one pack (a .naskahpack file or a folder)`);
  return path.resolve(io.cwd, positional[0]);
}

async function validate(argv: string[], io: CliIo): Promise<number> {
  const read = await readPackAt(onePack(argv, io, 'validate'));
  if (!read.ok) return printProblems(io, read.problems);
  const m = read.value.manifest;
  io.stdout(translate('cli', 'packValid', { id: m.id, version: m.version, revision: m.revision, files: m.files.length }) + '\n');
  return 0;
}

async function build(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['o', 'out']);
  const out = (flags.o ?? flags.out) as string | undefined;
  if (positional.length !== 1 || !out) throw new UsageError('pack build needs a folder and -o FILE.naskahpack');
  const dir = path.resolve(io.cwd, positional[0]);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${positional[0]} is not a folder`);
  const read = readFolderPack(dir);
  if (!read.ok) return printProblems(io, read.problems);
  const target = path.resolve(io.cwd, out);
  writeFileAtomic(target, await buildPackBytes(dir, read.value));
  io.stdout(translate('cli', 'packBuilt', { file: target, files: read.value.files.size }) + '\n');
  return 0;
}

async function importPack(argv: string[], io: CliIo): Promise<number> {
  const read = await readPackAt(onePack(argv, io, 'import'));
  if (!read.ok) return printProblems(io, read.problems);
  // Judged before the library is opened: a refused import must not even create the data directory.
  const needed = read.value.manifest.minAppVersion;
  if (compareSemver(needed, appVersion()) > 0) return printProblems(io, [{ code: 'pack.needs_newer_app', params: { needed, current: appVersion() } }]);
  return withBackend(io, async (b) => {
    const result = installPack(b.ctx, read);
    const m = read.value.manifest;
    io.stdout(translate('cli', result.changed ? 'packInstalled' : 'packUnchanged', { id: m.id, version: m.version, revision: m.revision }) + '\n');
    return 0;
  });
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, []);
  return withBackend(io, async (b) => {
    const packs = await b.handlers['course.list']({});
    if (flags.json) io.stdout(JSON.stringify(packs, null, 2) + '\n');
    else if (packs.length === 0) io.stdout(translate('cli', 'noPacks') + '\n');
    else for (const p of packs) io.stdout(`${p.id}  ${p.version} (rev ${p.revision})  ${p.title.en}  ${p.done}/${p.total}\n`);
    return 0;
  });
}

export const packCommands = { validate, build, import: importPack, list };
