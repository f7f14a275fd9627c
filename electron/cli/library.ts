/** naskah import FILE · naskah list [--json] [--deleted] · naskah export ID --to FORMAT [-o OUT] [--paper] [--no-title-page] [--scene-numbers] [--no-auto-contd|--auto-contd] */
import fs from 'node:fs';
import path from 'node:path';
import type { Input, MethodName, Output } from '../../shared/api.ts';
import { AppError } from '../../shared/errors.ts';
import { isPdfFileName } from '../../shared/screenplay/formats.ts';
import { defaultDataDir } from '../data-dir.ts';
import { openBackend, osLocale, resolveDataDir, type Backend } from '../host.ts';
import { counted, translate } from '../i18n.ts';
import { parseArgs, UsageError, type CliIo } from './io.ts';
import { tellRecovery } from './recovery.ts';
import { readScriptFile, readScriptText } from './read-input.ts';
import { emit, formatFlag, paperFlag, pdfFlags } from './output.ts';

export function withBackend<T>(io: CliIo, fn: (b: Backend) => Promise<T>): Promise<T> {
  // The data directory and locale come from the command's own environment, never process.env.
  const backend = openBackend(resolveDataDir(io.env, defaultDataDir(process.platform, io.env)), 'cli', osLocale(io.env));
  // A library replaced by its backup is said on stderr before anything else (stdout stays the command's).
  tellRecovery(io, backend.recoveredNow);
  return fn(backend).finally(() => backend.close());
}

/** A contract method called exactly as the app would, typed by the contract. */
export function callMethod<M extends MethodName>(backend: Backend, method: M, input: Input<M>): Promise<Output<M>> {
  return call<Output<M>>(backend, method, input);
}

/** Calls a contract method exactly as the app would, turning an error reply into an AppError. */
async function call<T>(backend: Backend, method: keyof Backend['handlers'], input: unknown): Promise<T> {
  const { dispatch } = await import('../dispatch.ts');
  const reply = await dispatch(backend.handlers, method, input);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params);
  return reply.result as T;
}

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional } = parseArgs(argv, []);
  if (positional.length !== 1) throw new UsageError('import needs exactly one file');
  const file = path.resolve(io.cwd, positional[0]);
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
    const s = await call<{ id: string }>(b, 'library.import', { fileName: path.basename(file), content });
    io.stdout(`${s.id}\n`);
    return 0;
  });
}

export async function listCommand(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, []);
  if (flags.deleted) return listTrashCommand(Boolean(flags.json), io);
  return withBackend(io, async (b) => {
    const list = await call<{ id: string; title: string; updatedAt: string; sceneCount: number; wordCount: number }[]>(b, 'library.list', {});
    if (flags.json) io.stdout(JSON.stringify(list, null, 2) + '\n');
    else if (list.length === 0) io.stdout(translate('cli', 'emptyLibrary') + '\n');
    else for (const s of list) io.stdout(`${s.id}  ${s.title}  (${translate('cli', 'listMeta', { scenes: counted('scenes', s.sceneCount), words: counted('words', s.wordCount), date: s.updatedAt })})\n`);
    return 0;
  });
}

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['to', 'o', 'out', 'paper']);
  if (positional.length !== 1) throw new UsageError('export needs exactly one script id');
  const format = formatFlag(flags.to);
  return withBackend(io, async (b) => {
    const paper = paperFlag(flags.paper, (await call<{ paper: 'letter' | 'a4' }>(b, 'settings.get', {})).paper);
    const file = await call<Parameters<typeof emit>[0]>(b, 'library.export', { id: positional[0], format, paper, ...pdfFlags(flags) });
    const out = (flags.o ?? flags.out) as string | undefined;
    emit(file, out && path.resolve(io.cwd, out), io);
    return 0;
  });
}

/** naskah list --deleted [--json]: the Trash, the latest deleted first. */
function listTrashCommand(json: boolean, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const trash = await callMethod(b, 'library.trash', {});
    if (json) io.stdout(JSON.stringify(trash, null, 2) + '\n');
    else if (trash.length === 0) io.stdout(translate('trash', 'cli.empty') + '\n');
    else for (const s of trash) io.stdout(`${s.id}  ${s.title}  (${translate('trash', 'cli.meta', { deleted: s.deletedAt, purge: s.purgeAt })})\n`);
    return 0;
  });
}
