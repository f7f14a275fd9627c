/**
 * A command's declaration: its arguments and options, once. The parser (node:util parseArgs,
 * strict about names and values), the usage line and the help text all come from it, so what
 * `naskah <cmd> --help` says and what the command accepts cannot drift apart.
 */
import { parseArgs } from 'node:util';
import { translate } from '../i18n.ts';
import type { CliIo } from './io.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** How the value is shown in help: `OUT`, `letter|a4`. String options only. */
  value?: string;
  /** A command that cannot run without it (shown without brackets). */
  required?: boolean;
  /** The key of its description in the `cli` namespace; default `options.<name>`. */
  help?: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandArgs {
  positionals: string[];
  values: OptionValues;
}

export type Run = (args: CommandArgs, io: CliIo) => Promise<number>;

export interface CommandSpec {
  /** As typed: `export`, `pack build`. */
  name: string;
  /** Placeholders of the positional arguments, each one argument; a last one ending in `…` takes one or more. */
  args: readonly string[];
  options: Readonly<Record<string, OptionSpec>>;
  /** The key of its one-line description in the `cli` namespace. */
  summary: string;
  /** The implementation, loaded on first use (a command need not load what another one uses). */
  load: () => Promise<Run>;
  /**
   * Exit status for a command line or input it cannot use (default 1). Commands whose exit 1
   * means "found something" (`diff`: there are changes; `check`: findings) take 2, so a script can tell them apart.
   */
  errorExit?: number;
}

/** A command line the user got wrong: one translated line, and where the help is. */
export class UsageError extends Error {
  /** The command whose help to point at (`pack build`), or null for the list of commands. */
  readonly command: string | null;

  constructor(message: string, command: string | null = null) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', help: 'options.help' };

function usageError(spec: CommandSpec, key: string, params: Record<string, string | number> = {}): UsageError {
  return new UsageError(translate('cli', `usage.${key}`, { command: `naskah ${spec.name}`, ...params }), spec.name);
}

/** The spelling a user types for an option: `--out`, or `-o` when that is what they typed. */
const spelled = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

/**
 * Parses ARGV against the declaration. Unknown options, a value missing or given to a switch,
 * a missing required option and a wrong number of arguments are UsageErrors. `--help` wins over
 * everything else: `help: true` and nothing checked.
 */
export function parseCommandLine(spec: CommandSpec, argv: string[]): (CommandArgs & { help: false }) | { help: true } {
  const options = { ...spec.options, help: HELP };
  // Not strict: every token is judged here, so each problem gets its own translated message
  // naming the option as typed. After `--` everything is an argument (an id that starts with "-").
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { help: true };
  const positionals: string[] = [];
  const values: OptionValues = {};
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option) throw usageError(spec, 'unknownOption', { option: token.rawName });
    if (option.type === 'string' && token.value === undefined) throw usageError(spec, 'missingValue', { option: token.rawName, value: option.value ?? '' });
    if (option.type === 'boolean' && token.value !== undefined) throw usageError(spec, 'unexpectedValue', { option: token.rawName });
    values[token.name] = option.type === 'string' ? token.value : true;
  }
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.required && values[name] === undefined) throw usageError(spec, 'missingOption', { option: `${spelled(option.short ?? name)} ${option.value ?? ''}`.trim() });
  }
  const variadic = spec.args.at(-1)?.endsWith('…') ?? false;
  const fits = variadic ? positionals.length >= spec.args.length : positionals.length === spec.args.length;
  if (!fits && spec.args.length === 0) throw usageError(spec, 'unexpectedArguments', { first: positionals[0] });
  if (!fits) throw usageError(spec, 'wrongArguments', { expected: spec.args.join(' ') });
  return { help: false, positionals, values };
}

/** `naskah export ID --to FORMAT [-o OUT] [--paper letter|a4]`. */
export function usageLine(spec: CommandSpec): string {
  const parts = [`naskah ${spec.name}`, ...spec.args];
  for (const [name, option] of Object.entries(spec.options)) {
    const flag = option.short ? `-${option.short}` : `--${name}`;
    const text = option.type === 'string' ? `${flag} ${option.value ?? 'VALUE'}` : flag;
    parts.push(option.required ? text : `[${text}]`);
  }
  return parts.join(' ');
}

/** `naskah <cmd> --help`: usage, what it does, and each option with what it means. */
export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, option]) => {
    const flags = [option.short ? `-${option.short}` : null, `--${name}`].filter(Boolean).join(', ');
    const left = option.type === 'string' ? `${flags} ${option.value ?? 'VALUE'}` : flags;
    return [left, translate('cli', option.help ?? `options.${name}`)] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `${translate('cli', 'usage.label')}: ${usageLine(spec)}`,
    '',
    translate('cli', spec.summary),
    '',
    `${translate('cli', 'usage.options')}:`,
    ...rows.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`),
  ].join('\n');
}
