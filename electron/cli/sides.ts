/** naskah sides IN --character NAME [--to text|pdf] [-o OUT] [--paper letter|a4] */
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { sidesFile, type SidesFormat } from '../services/sides.ts';
import { parseArgs, UsageError, type CliIo } from './io.ts';
import { emit, paperFlag } from './output.ts';
import { readScriptFile } from './read-input.ts';

const SIDES_FORMATS = ['text', 'pdf'] as const;

export async function sidesCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['character', 'to', 'o', 'out', 'paper']);
  if (positional.length !== 1) throw new UsageError('sides needs exactly one input file');
  if (typeof flags.character !== 'string' || flags.character.trim() === '') throw new UsageError('sides needs --character NAME');
  const to = flags.to ?? 'text';
  if (typeof to !== 'string' || !(SIDES_FORMATS as readonly string[]).includes(to)) {
    throw new AppError('cli.bad_format', { value: String(to), allowed: SIDES_FORMATS.join('|') });
  }
  const script = await readScriptFile(path.resolve(io.cwd, positional[0]));
  const file = await sidesFile(script, flags.character, to as SidesFormat, paperFlag(flags.paper, 'letter'));
  const out = (flags.o ?? flags.out) as string | undefined;
  emit(file, out && path.resolve(io.cwd, out), io);
  return 0;
}
