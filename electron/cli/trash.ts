/** naskah delete ID · naskah restore ID · naskah start-empty — the Trash and recovery from the command line. */
import { TRASH_DAYS } from '../../shared/api/trash.ts';
import { call } from '../call.ts';
import { counted, translate } from '../i18n.ts';
import type { CliIo } from './io.ts';
import { withBackend } from './library.ts';
import type { ArgsOf } from './commands.ts';

export async function deleteCommand({ positionals: [id] }: ArgsOf<'delete'>, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const list = await call(b.handlers, 'library.list', {});
    const script = list.find((s) => s.id === id);
    await call(b.handlers, 'library.delete', { id });
    io.stdout(translate('trash', 'cli.moved', { title: script?.title ?? id, id, days: counted('days', TRASH_DAYS) }) + '\n');
    return 0;
  });
}

/** Brings a script back from the Trash; one already in the library is left as it is (and said so). */
export async function restoreCommand({ positionals: [id] }: ArgsOf<'restore'>, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const inTrash = (await call(b.handlers, 'library.trash', {})).some((s) => s.id === id);
    const script = await call(b.handlers, 'library.restore', { id });
    io.stdout(translate('trash', inTrash ? 'cli.restored' : 'cli.alreadyInLibrary', { title: script.title, id }) + '\n');
    return 0;
  });
}

export async function startEmptyCommand(_args: ArgsOf<'start-empty'>, io: CliIo): Promise<number> {
  return withBackend(io, async (b) => {
    const { setAside } = await call(b.handlers, 'recovery.startEmpty', {});
    io.stdout(translate('recovery', 'cli.startedEmpty', { file: setAside }) + '\n');
    return 0;
  });
}
