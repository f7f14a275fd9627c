/** naskah import FILE · naskah list [--json] [--deleted] · naskah export ID --to FORMAT [-o OUT] [--paper] [--no-title-page] [--scene-numbers] [--no-auto-contd|--auto-contd] [--revised-only] */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { isPdfFileName } from '../../shared/screenplay/formats.ts';
import { call } from '../call.ts';
import { defaultDataDir, resolveDataDir } from '../data-dir.ts';
import { openBackend, osLocale, type Backend } from '../host.ts';
import { counted, translate } from '../i18n.ts';
import type { CliIo } from './io.ts';
import { tellRecovery } from './recovery.ts';
import { readScriptFile, readScriptText } from './read-input.ts';
import { emit, formatFlag, outPath, paperFlag, pdfFlags } from './output.ts';
import type { ArgsOf } from './commands.ts';

/** The library of the command's own data directory (NASKAH_DATA_DIR in io.env, else the platform default), open for `fn`. */
export function withBackend<T>(io: CliIo, fn: (b: Backend) => Promise<T>): Promise<T> {
  // The data directory and locale come from the command's own environment, never process.env.
  const backend = openBackend(cliDataDir(io), 'cli', osLocale(io.env));
  // A library replaced by its backup is said on stderr before anything else (stdout stays the command's).
  tellRecovery(io, backend.recoveredNow);
  return fn(backend).finally(() => backend.close());
}

/** The command's data directory, named by its own environment and passed on explicitly. */
export function cliDataDir(io: CliIo): string {
  return resolveDataDir(io.env, defaultDataDir(process.platform, io.env));
}

export async function importCommand({ positionals: [name] }: ArgsOf<'import'>, io: CliIo): Promise<number> {
  const file = path.resolve(io.cwd, name);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new AppError('cli.unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  // The contract carries a PDF as base64, text formats as text (decoded as the app decodes them).
  const content = isPdfFileName(file) ? bytes.toString('base64') : readScriptText(file, bytes);
  // Read in full before the library is opened: a file that cannot be imported changes nothing,
  // not even by creating the data directory.
  await readScriptFile(file);
  return withBackend(io, async (b) => {
    const s = await call(b.handlers, 'library.import', { fileName: path.basename(file), content });
    io.stdout(`${s.id}\n`);
    return 0;
  });
}

export async function listCommand({ values: flags }: ArgsOf<'list'>, io: CliIo): Promise<number> {
  if (flags.deleted) return listTrashCommand(Boolean(flags.json), io);
  return withBackend(io, async (b) => {
    const list = await call(b.handlers, 'library.list', {});
    if (flags.json) io.stdout(JSON.stringify(list, null, 2) + '\n');
    else if (list.length === 0) io.stdout(translate('cli', 'emptyLibrary') + '\n');
    else for (const s of list) io.stdout(`${s.id}  ${s.title}  (${translate('cli', 'listMeta', { scenes: counted('scenes', s.sceneCount), words: counted('words', s.wordCount), date: s.updatedAt })})\n`);
    return 0;
  });
}

export async function exportCommand({ positionals: [id], values: flags }: ArgsOf<'export'>, io: CliIo): Promise<number> {
  const format = formatFlag(flags.to);
  return withBackend(io, async (b) => {
    const paper = paperFlag(flags.paper, (await call(b.handlers, 'settings.get', {})).paper);
    const file = await call(b.handlers, 'library.export', { id, format, paper, ...pdfFlags(flags) });
    emit(file, outPath(flags, io), io);
    return 0;
  });
}

/** naskah list --deleted [--json]: the Trash, the latest deleted first. */
function listTrashCommand(json: boolean, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const trash = await call(b.handlers, 'library.trash', {});
    if (json) io.stdout(JSON.stringify(trash, null, 2) + '\n');
    else if (trash.length === 0) io.stdout(translate('trash', 'cli.empty') + '\n');
    else for (const s of trash) io.stdout(`${s.id}  ${s.title}  (${translate('trash', 'cli.meta', { deleted: s.deletedAt, purge: s.purgeAt })})\n`);
    return 0;
  });
}
