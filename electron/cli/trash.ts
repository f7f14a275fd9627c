/** naskah delete ID · naskah restore ID · naskah start-empty — the Trash and recovery from the command line. */
import { TRASH_DAYS } from '../../shared/api/trash.ts';
import { counted, translate } from '../i18n.ts';
import { parseArgs, UsageError, type CliIo } from './io.ts';
import { callMethod, withBackend } from './library.ts';

function oneId(argv: string[], command: string): string {
  const { positional } = parseArgs(argv, []);
  if (positional.length !== 1) throw new UsageError(`${command} needs exactly one script id`);
  return positional[0];
}

export async function deleteCommand(argv: string[], io: CliIo): Promise<number> {
  const id = oneId(argv, 'delete');
  return withBackend(io, async (b) => {
    const list = await callMethod(b, 'library.list', {});
    const script = list.find((s) => s.id === id);
    await callMethod(b, 'library.delete', { id });
    io.stdout(translate('trash', 'cli.moved', { title: script?.title ?? id, id, days: counted('days', TRASH_DAYS) }) + '\n');
    return 0;
  });
}

/** Brings a script back from the Trash; one already in the library is left as it is (and said so). */
export async function restoreCommand(argv: string[], io: CliIo): Promise<number> {
  const id = oneId(argv, 'restore');
  return withBackend(io, async (b) => {
    const inTrash = (await callMethod(b, 'library.trash', {})).some((s) => s.id === id);
    const script = await callMethod(b, 'library.restore', { id });
    io.stdout(translate('trash', inTrash ? 'cli.restored' : 'cli.alreadyInLibrary', { title: script.title, id }) + '\n');
    return 0;
  });
}

export async function startEmptyCommand(argv: string[], io: CliIo): Promise<number> {
  parseArgs(argv, []);
  return withBackend(io, async (b) => {
    const { setAside } = await callMethod(b, 'recovery.startEmpty', {});
    io.stdout(translate('recovery', 'cli.startedEmpty', { file: setAside }) + '\n');
    return 0;
  });
}
