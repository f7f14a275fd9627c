/**
 * The `naskah` command line (ARCHITECTURE.md contract 1). Each command is one file in cli/;
 * adding a command is one line in COMMANDS. Errors print one translated line and exit 1.
 */
import { cliError } from './cli/errors.ts';
import { processIo, UsageError, type CliIo } from './cli/io.ts';
import { translate, translateError } from './i18n.ts';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Commands load on first use: `naskah stats` need not load the PDF writer, the review zip code or
 * the store, and the CLI starts in a fraction of the time.
 */
const lazy =
  (load: () => Promise<Command>): Command =>
  async (argv, io) =>
    (await load())(argv, io);

export const COMMANDS: Record<string, Command> = {
  convert: lazy(() => import('./cli/convert.ts').then((m) => m.convertCommand)),
  import: lazy(() => import('./cli/library.ts').then((m) => m.importCommand)),
  list: lazy(() => import('./cli/library.ts').then((m) => m.listCommand)),
  export: lazy(() => import('./cli/library.ts').then((m) => m.exportCommand)),
  delete: lazy(() => import('./cli/trash.ts').then((m) => m.deleteCommand)),
  restore: lazy(() => import('./cli/trash.ts').then((m) => m.restoreCommand)),
  'start-empty': lazy(() => import('./cli/trash.ts').then((m) => m.startEmptyCommand)),
  stats: lazy(() => import('./cli/stats.ts').then((m) => m.statsCommand)),
  sides: lazy(() => import('./cli/sides.ts').then((m) => m.sidesCommand)),
};

/** Sub-command groups such as `pack validate`: each module exports its group's commands. */
export const GROUPS: Record<string, () => Promise<Record<string, Command>>> = {
  review: () => import('./cli/review.ts').then((m) => m.reviewCommands),
  pack: () => import('./cli/pack.ts').then((m) => m.packCommands),
  key: () => import('./cli/key.ts').then((m) => m.keyCommands),
  progress: () => import('./cli/report.ts').then((m) => m.progressCommands),
  report: () => import('./cli/report.ts').then((m) => m.reportCommands),
};

function help(io: CliIo): number {
  io.stdout(translate('cli', 'help') + '\n' + translate('trust', 'cli.help') + '\n');
  return 0;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return help(io);
  try {
    let command: Command | undefined = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    let args = rest;
    if (!command && Object.hasOwn(GROUPS, name)) {
      const group = await GROUPS[name]();
      command = Object.hasOwn(group, rest[0] ?? '') ? group[rest[0]] : undefined;
      args = rest.slice(1);
    }
    if (!command) throw new UsageError(translate('cli', 'unknownCommand', { name: [name, Object.hasOwn(GROUPS, name) ? rest[0] ?? '' : ''].join(' ').trim() }));
    return await command(args, io);
  } catch (err) {
    // Contract 1: one line per error, whatever a message quotes.
    const typed = cliError(err);
    if (typed) io.stderr(`naskah: ${translateError(typed).replace(/\s*\n\s*/g, ' ')}\n`);
    else if (err instanceof UsageError) io.stderr(`naskah: ${err.message}. ${translate('cli', 'seeHelp')}\n`);
    else io.stderr(`naskah: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
    return 1;
  }
}
