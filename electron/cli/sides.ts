/** naskah sides IN --character NAME [--to text|pdf] [-o OUT] [--paper letter|a4] */
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { sidesFor } from '../../shared/screenplay/sides.ts';
import { sidesScript, sidesText, type SidesLabels } from '../../shared/screenplay/sides-text.ts';
import { exportScript, safeFileName } from '../services/export.ts';
import { translate } from '../i18n.ts';
import { parseArgs, UsageError, type CliIo } from './io.ts';
import { emit, paperFlag } from './output.ts';
import { readScriptFile } from './read-input.ts';

const SIDES_FORMATS = ['text', 'pdf'] as const;

function labels(): SidesLabels {
  const t = (key: string, p: Record<string, string | number> = {}) => translate('cli', `sides.${key}`, p);
  return {
    title: (character, count) => t('title', { character, count }),
    scene: (ordinal, sceneNumber) => (sceneNumber ? t('sceneNumbered', { n: sceneNumber }) : t('scene', { n: ordinal })),
    cue: t('cue'),
    noCue: t('noCue'),
  };
}

export async function sidesCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['character', 'to', 'o', 'out', 'paper']);
  if (positional.length !== 1) throw new UsageError('sides needs exactly one input file');
  if (typeof flags.character !== 'string' || flags.character.trim() === '') throw new UsageError('sides needs --character NAME');
  const to = flags.to ?? 'text';
  if (typeof to !== 'string' || !(SIDES_FORMATS as readonly string[]).includes(to)) {
    throw new AppError('cli.bad_format', { value: String(to), allowed: SIDES_FORMATS.join('|') });
  }
  const script = readScriptFile(path.resolve(io.cwd, positional[0]));
  const sides = sidesFor(script, flags.character);
  if (!sides.ok) throw new AppError(sides.error.code, sides.error.params);
  const out = (flags.o ?? flags.out) as string | undefined;
  const target = out && path.resolve(io.cwd, out);
  if (to === 'pdf') {
    const file = await exportScript(sidesScript(sides.value, labels()), `${sides.value.character} sides`, 'pdf', paperFlag(flags.paper, 'letter'));
    emit(file, target, io);
  } else {
    const content = sidesText(sides.value, labels());
    emit({ fileName: safeFileName(`${sides.value.character} sides`, 'txt'), mimeType: 'text/plain; charset=utf-8', encoding: 'utf8', content }, target, io);
  }
  return 0;
}
