/**
 * The `naskah` command line (ARCHITECTURE.md contract 1). Each command is declared once in
 * cli/commands.ts (arguments, options, description) and implemented in its own file in cli/;
 * the options are parsed strictly from that declaration and the help is generated from it.
 * Errors print one translated line and exit 1 (or the command's declared `badInputExit`).
 */
import { COMMANDS } from './cli/commands.ts';
import { cliError } from './cli/errors.ts';
import { processIo, type CliIo } from './cli/io.ts';
import { commandHelp, parseCommandLine, UsageError, usageLine, type CommandSpec } from './cli/spec.ts';
import { translate, translateError } from './i18n.ts';

export { COMMANDS };

/** The command ARGV names (`pack build` takes two words) and the arguments after its name. */
export function findCommand(argv: string[]): { spec: CommandSpec; rest: string[] } | null {
  const two = COMMANDS.find((c) => argv.length >= 2 && c.name === `${argv[0]} ${argv[1]}`);
  if (two) return { spec: two, rest: argv.slice(2) };
  const one = COMMANDS.find((c) => c.name === argv[0]);
  return one ? { spec: one, rest: argv.slice(1) } : null;
}

/** `naskah help`: every command's usage line and what it does, from the declarations. */
export function helpText(): string {
  const lines = COMMANDS.map((c) => [usageLine(c), translate('cli', c.summary)] as const);
  return [
    translate('cli', 'usage.intro'),
    '',
    ...lines.map(([usage, summary]) => `  ${usage}\n      ${summary}`),
    '',
    translate('cli', 'usage.footer'),
  ].join('\n');
}

const isHelp = (word: string | undefined) => word === undefined || word === 'help' || word === '--help' || word === '-h';

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let found: { spec: CommandSpec; rest: string[] } | null = null;
  try {
    if (isHelp(argv[0])) {
      // `naskah help pack build` is `naskah pack build --help`.
      const topic = argv[0] === 'help' && argv.length > 1 ? findCommand(argv.slice(1)) : null;
      if (argv[0] === 'help' && argv.length > 1 && !topic) throw new UsageError(translate('cli', 'unknownCommand', { name: argv.slice(1).join(' ') }));
      io.stdout((topic ? commandHelp(topic.spec) : helpText()) + '\n');
      return 0;
    }
    found = findCommand(argv);
    if (!found) {
      const group = COMMANDS.some((c) => c.name.startsWith(`${argv[0]} `));
      throw new UsageError(translate('cli', 'unknownCommand', { name: (group ? argv.slice(0, 2) : argv.slice(0, 1)).join(' ') }));
    }
    const parsed = parseCommandLine(found.spec, found.rest);
    if (parsed.help) {
      io.stdout(commandHelp(found.spec) + '\n');
      return 0;
    }
    const run = await found.spec.load();
    return await run(parsed, io);
  } catch (err) {
    // Contract 1: one line per error, whatever a message quotes.
    const typed = cliError(err);
    if (typed) io.stderr(`naskah: ${oneLine(translateError(typed))}\n`);
    else if (err instanceof UsageError) io.stderr(`naskah: ${oneLine(err.message)} ${seeHelp(err.command)}\n`);
    else io.stderr(`naskah: ${String((err as Error)?.message ?? err).split('\n')[0]}\n`);
    return found?.spec.badInputExit ?? 1;
  }
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function seeHelp(command: string | null): string {
  return command ? translate('cli', 'usage.seeCommandHelp', { command: `naskah ${command} --help` }) : translate('cli', 'seeHelp');
}
