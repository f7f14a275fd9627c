/**
 * naskah pack validate PACK · pack files DIR [--check] · pack build DIR -o FILE.naskahpack [--sign KEY[,KEY]]
 * naskah pack sign DIR --key KEY[,KEY]
 * naskah pack import PACK · pack list [--json]
 * PACK is a .naskahpack zip or a folder with course.json. Import runs the app's own install
 * service, so a refused pack exits 1 having changed nothing. --sign takes a key of the data
 * directory's key store by name, or a .naskahkey file; two keys (new,old) sign a key change.
 * `pack files` (and `pack build`, before it reads the folder) rewrite only course.json's files[].
 */
import fs from 'node:fs';
import path from 'node:path';
import { SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { problemLocation } from '../../shared/course/messages.ts';
import { compareSemver } from '../../shared/course/semver.ts';
import { appVersion } from '../host.ts';
import { writePackFile } from '../course/build-pack.ts';
import { signatureForBuild } from '../course/sign-build.ts';
import { resolveSigners } from './signing-keys.ts';
import { isDemoKey } from '../../shared/trust/demo-keys.ts';
import { fingerprint } from '../trust/ed25519.ts';
import { manifestWithCurrentFiles, type ManifestFilesUpdate } from '../course/manifest-files.ts';
import { readFolderPack } from '../course/read-folder-pack.ts';
import { readPackAt } from '../course/read-pack.ts';
import type { PackProblem } from '../course/pack-problems.ts';
import { installPack } from '../services/course-install.ts';
import { counted, translate, translateError } from '../i18n.ts';
import { writeFileAtomic, type CliIo } from './io.ts';
import { withBackend } from './library.ts';
import { call } from '../call.ts';
import type { ArgsOf } from './commands.ts';
import { UsageError } from './spec.ts';

function printProblems(io: CliIo, problems: PackProblem[]): number {
  // Compiler-style "file:line:column: message" lines: editors and terminals jump to them.
  for (const p of problems) {
    const where = typeof p.params.line === 'number' ? `${problemLocation(p.params)}: ` : '';
    io.stderr(`naskah: ${where}${translateError(p)}\n`);
  }
  return 1;
}

/** DIR as an absolute path; a usage error naming it when it is not a folder. */
function folderArg(name: string, io: CliIo, command: string): string {
  const dir = path.resolve(io.cwd, name);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(translate('cli', 'usage.notAFolder', { name }), command);
  return dir;
}

async function validate({ positionals: [pack] }: ArgsOf<'pack validate'>, io: CliIo): Promise<number> {
  const read = await readPackAt(path.resolve(io.cwd, pack));
  if (!read.ok) return printProblems(io, read.problems);
  const m = read.value.manifest;
  io.stdout(translate('cli', 'packValid', { id: m.id, version: m.version, revision: m.revision, files: counted('files', m.files.length) }) + '\n');
  if (m.publisherKey) {
    const demo = isDemoKey(m.publisherKey) ? ` ${translate('trust', 'cli.demo')}` : '';
    io.stdout(translate('trust', 'cli.validSigned', { fingerprint: fingerprint(m.publisherKey), mentors: m.mentors?.length ?? 0 }) + demo + '\n');
  } else io.stdout(translate('trust', 'cli.validUnsigned') + '\n');
  return 0;
}

/**
 * Brings DIR/course.json's files[] up to date (writing it only when it changed) and says so; null
 * when course.json cannot be read or the folder cannot be listed (the problems are printed).
 */
function refreshFiles(io: CliIo, dir: string): ManifestFilesUpdate | null {
  const update = manifestWithCurrentFiles(dir);
  if (!update.ok) {
    printProblems(io, update.problems);
    return null;
  }
  const u = update.value;
  if (!u.changed) return u;
  writeFileAtomic(u.file, u.text);
  io.stdout(translate('cli', 'packFilesUpdated', { file: u.file, files: counted('files', u.files.length) }) + '\n');
  // The publisher signs course.json's exact bytes: any change means signing again.
  if (u.signatureStale) io.stderr(`naskah: ${translate('cli', 'packFilesResign', { file: path.join(dir, SIGNATURE_FILE), dir })}\n`);
  return u;
}

async function files({ positionals: [folder], values: flags }: ArgsOf<'pack files'>, io: CliIo): Promise<number> {
  const dir = folderArg(folder, io, 'pack files');
  if (flags.check) {
    const update = manifestWithCurrentFiles(dir);
    if (!update.ok) return printProblems(io, update.problems);
    if (update.value.changed) {
      io.stderr(`naskah: ${translate('cli', 'packFilesStale', { file: update.value.file, dir: folder })}\n`);
      return 1;
    }
    io.stdout(translate('cli', 'packFilesCurrent', { file: update.value.file, files: counted('files', update.value.files.length) }) + '\n');
    return 0;
  }
  const u = refreshFiles(io, dir);
  if (!u) return 1;
  if (!u.changed) io.stdout(translate('cli', 'packFilesCurrent', { file: u.file, files: counted('files', u.files.length) }) + '\n');
  // The rest of the manifest is the author's: say now what the app would refuse in it.
  const read = await readFolderPack(dir, { signature: 'skip' });
  return read.ok ? 0 : printProblems(io, read.problems);
}

async function build({ positionals: [folder], values: flags }: ArgsOf<'pack build'>, io: CliIo): Promise<number> {
  const out = flags.out;
  const dir = folderArg(folder, io, 'pack build');
  const signers = flags.sign !== undefined ? resolveSigners(io, flags.sign) : [];
  if (!refreshFiles(io, dir)) return 1;
  // Signing again replaces the folder's course.sig, so an outdated one is no reason to refuse.
  const read = await readFolderPack(dir, { signature: signers.length > 0 ? 'skip' : 'check' });
  if (!read.ok) return printProblems(io, read.problems);
  const signature = signatureForBuild(read.value, signers);
  const target = path.resolve(io.cwd, out);
  // Streamed to a temporary name beside the target and renamed: never a half-written pack.
  await writePackFile(read.value, signature, target);
  for (const s of signers) if (s.info.demo) io.stderr(`naskah: ${translate('trust', 'cli.signedWithDemo', { fingerprint: s.info.fingerprint })}\n`);
  io.stdout(translate('cli', 'packBuilt', { file: target, files: counted('files', read.value.manifest.files.length) }) + '\n');
  if (signature) io.stdout(translate('trust', signers.length > 0 ? 'cli.packSigned' : 'cli.packSignatureKept', { fingerprint: signers[0]?.info.fingerprint ?? '' }) + '\n');
  return 0;
}

/** Writes DIR/course.sig: a signed source folder (kept in version control, checked by `pack validate`). */
async function sign({ positionals: [folder], values: flags }: ArgsOf<'pack sign'>, io: CliIo): Promise<number> {
  const dir = folderArg(folder, io, 'pack sign');
  const signers = resolveSigners(io, flags.key);
  const read = await readFolderPack(dir, { signature: 'skip' });
  if (!read.ok) return printProblems(io, read.problems);
  const target = path.join(dir, SIGNATURE_FILE);
  writeFileAtomic(target, signatureForBuild(read.value, signers)!);
  for (const s of signers) if (s.info.demo) io.stderr(`naskah: ${translate('trust', 'cli.signedWithDemo', { fingerprint: s.info.fingerprint })}\n`);
  io.stdout(translate('trust', 'cli.signedFolder', { file: target, fingerprint: signers[0].info.fingerprint }) + '\n');
  return 0;
}

async function importPack({ positionals: [pack] }: ArgsOf<'pack import'>, io: CliIo): Promise<number> {
  const read = await readPackAt(path.resolve(io.cwd, pack));
  if (!read.ok) return printProblems(io, read.problems);
  // Judged before the library is opened: a refused import must not even create the data directory.
  const needed = read.value.manifest.minAppVersion;
  if (compareSemver(needed, appVersion()) > 0) return printProblems(io, [{ code: 'pack.needs_newer_app', params: { needed, current: appVersion() } }]);
  return withBackend(io, async (b) => {
    // Read again, now streaming video, audio and PDFs into the data directory's media store; the
    // first read judged the pack without writing anything.
    const stored = read.value.streamed.size > 0 ? await readPackAt(path.resolve(io.cwd, pack), { storeMediaIn: b.ctx.dataDir }) : read;
    if (!stored.ok) return printProblems(io, stored.problems);
    const result = installPack(b.ctx, stored);
    const m = read.value.manifest;
    io.stdout(translate('cli', result.changed ? 'packInstalled' : 'packUnchanged', { id: m.id, version: m.version, revision: m.revision }) + '\n');
    return 0;
  });
}

async function list({ values: flags }: ArgsOf<'pack list'>, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const packs = await call(b.handlers, 'course.list', {});
    if (flags.json) io.stdout(JSON.stringify(packs, null, 2) + '\n');
    else if (packs.length === 0) io.stdout(translate('cli', 'noPacks') + '\n');
    else for (const p of packs) io.stdout(`${p.id}  ${p.version} (rev ${p.revision})  ${p.title.en}  ${p.done}/${p.total}\n`);
    return 0;
  });
}

export const packCommands = { validate, files, build, sign, import: importPack, list };
