/**
 * The `naskah` command line (ARCHITECTURE.md contract 1). Each command is one file in cli/;
 * adding a command is one line in COMMANDS. Errors print one translated line and exit 1.
 */
import { isAppError } from '../shared/errors.ts';
import { convertCommand } from './cli/convert.ts';
import { processIo, UsageError, type CliIo } from './cli/io.ts';
import { exportCommand, importCommand, listCommand } from './cli/library.ts';
import { packCommands } from './cli/pack.ts';
import { reviewCommands } from './cli/review.ts';
import { sidesCommand } from './cli/sides.ts';
import { statsCommand } from './cli/stats.ts';
import { translate, translateError } from './i18n.ts';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  convert: convertCommand,
  import: importCommand,
  list: listCommand,
  export: exportCommand,
  stats: statsCommand,
  sides: sidesCommand,
};

/** Sub-command groups such as `pack validate`: registered by their own modules. */
export const GROUPS: Record<string, Record<string, Command>> = { review: reviewCommands, pack: packCommands };

function help(io: CliIo): number {
  io.stdout(translate('cli', 'help') + '\n');
  return 0;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return help(io);
  let command = COMMANDS[name];
  let args = rest;
  if (!command && GROUPS[name]) {
    command = GROUPS[name][rest[0] ?? ''];
    args = rest.slice(1);
  }
  try {
    if (!command) throw new UsageError(translate('cli', 'unknownCommand', { name: [name, GROUPS[name] ? rest[0] ?? '' : ''].join(' ').trim() }));
    return await command(args, io);
  } catch (err) {
    if (isAppError(err)) io.stderr(`naskah: ${translateError(err.toData())}\n`);
    else if (err instanceof UsageError) io.stderr(`naskah: ${err.message}. ${translate('cli', 'seeHelp')}\n`);
    else io.stderr(`naskah: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
    return 1;
  }
}
