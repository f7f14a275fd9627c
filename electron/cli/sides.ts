/** naskah sides IN --character NAME [--to text|pdf] [-o OUT] [--paper letter|a4] */
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { sidesFile, type SidesFormat } from '../services/sides.ts';
import type { CliIo } from './io.ts';
import { emit, outPath, paperFlag } from './output.ts';
import { readScriptFile } from './read-input.ts';
import type { ArgsOf } from './commands.ts';
import { UsageError } from './spec.ts';
import { translate } from '../i18n.ts';

const SIDES_FORMATS = ['text', 'pdf'] as const;

export async function sidesCommand({ positionals: [input], values: flags }: ArgsOf<'sides'>, io: CliIo): Promise<number> {
  if (flags.character.trim() === '') throw new UsageError(translate('cli', 'usage.emptyCharacter'), 'sides');
  const to = flags.to ?? 'text';
  if (!(SIDES_FORMATS as readonly string[]).includes(to)) throw new AppError('cli.bad_format', { value: to, allowed: SIDES_FORMATS.join('|') });
  const script = await readScriptFile(path.resolve(io.cwd, input));
  const file = await sidesFile(script, flags.character, to as SidesFormat, paperFlag(flags.paper, 'letter'));
  emit(file, outPath(flags, io), io);
  return 0;
}
