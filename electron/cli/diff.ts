/**
 * naskah diff OLD NEW [--json]: what changed between two drafts, scene by scene (contract 1).
 * Each side is a script file (read as `naskah convert` reads it) or, when no such file exists, a
 * library id — a script (its working draft) or a snapshot — in the command's data directory.
 * Exit 0 no changes, 1 changes, 2 a side that cannot be read (errorExit in commands.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { idSchema } from '../../shared/api/library.ts';
import { AppError, isAppError } from '../../shared/errors.ts';
import { changesOnly, diffScreenplays } from '../../shared/screenplay/compare/diff.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { call } from '../call.ts';
import type { Backend } from '../host.ts';
import type { CliIo } from './io.ts';
import { cliDataDir, withBackend } from './library.ts';
import { readScriptFile } from './read-input.ts';
import { diffLines } from './diff-text.ts';
import type { ArgsOf } from './commands.ts';

export async function diffCommand({ positionals: [oldArg, newArg], values: flags }: ArgsOf<'diff'>, io: CliIo): Promise<number> {
  const [oldScript, newScript] = await readBoth(oldArg, newArg, io);
  const diff = changesOnly(diffScreenplays(oldScript, newScript));
  if (flags.json) io.stdout(JSON.stringify(diff, null, 2) + '\n');
  else io.stdout(diffLines(diff).join('\n') + '\n');
  return diff.changed ? 1 : 0;
}

type Side = { file: string } | { id: string };

function sideOf(arg: string, io: CliIo): Side {
  const file = path.resolve(io.cwd, arg);
  // A file wins; a name that could not be a library id is a file that is not there.
  return fs.existsSync(file) || !idSchema.safeParse(arg).success ? { file } : { id: arg };
}

async function readBoth(oldArg: string, newArg: string, io: CliIo): Promise<[Screenplay, Screenplay]> {
  const sides = [sideOf(oldArg, io), sideOf(newArg, io)];
  const ids = sides.filter((s): s is { id: string } => 'id' in s);
  if (ids.length === 0) return [await readScriptFile((sides[0] as { file: string }).file), await readScriptFile((sides[1] as { file: string }).file)];
  // Files first, so a bad file is said before the library is opened. A data directory with no
  // library is not created just to say the id is not in it.
  const files: (Screenplay | null)[] = [];
  for (const s of sides) files.push('file' in s ? await readScriptFile(s.file) : null);
  if (!fs.existsSync(path.join(cliDataDir(io), 'naskah.db'))) throw new AppError('compare.not_found', { name: ids[0].id });
  return withBackend(io, async (b) => {
    const read = async (s: Side, k: number) => files[k] ?? (await fromLibrary(b, (s as { id: string }).id));
    return [await read(sides[0], 0), await read(sides[1], 1)];
  });
}

/** A script's working draft, else a snapshot, by id. */
async function fromLibrary(b: Backend, id: string): Promise<Screenplay> {
  try {
    return (await call(b.handlers, 'draft.load', { scriptId: id })).screenplay;
  } catch (err) {
    if (!isAppError(err) || err.code !== 'library.not_found') throw err;
  }
  try {
    return (await call(b.handlers, 'snapshot.load', { id })).screenplay;
  } catch (err) {
    if (isAppError(err) && err.code === 'library.snapshot_not_found') throw new AppError('compare.not_found', { name: id });
    throw err;
  }
}
