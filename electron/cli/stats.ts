/** naskah stats IN [--json] [--paper letter|a4] */
import path from 'node:path';
import { PAPER_PROFILES } from '../../shared/screenplay/layout/profiles.ts';
import { LIGHTS, scenesByLight } from '../../shared/screenplay/rules/time-of-day.ts';
import { scriptStats } from '../../shared/screenplay/stats.ts';
import { translate } from '../i18n.ts';
import { parseArgs, UsageError, type CliIo } from './io.ts';
import { paperFlag } from './output.ts';
import { readScriptFile } from './read-input.ts';

export async function statsCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['paper']);
  if (positional.length !== 1) throw new UsageError('stats needs exactly one input file');
  const script = await readScriptFile(path.resolve(io.cwd, positional[0]));
  const stats = scriptStats(script, PAPER_PROFILES[paperFlag(flags.paper, 'letter')]);
  if (flags.json) {
    io.stdout(JSON.stringify(stats, null, 2) + '\n');
    return 0;
  }
  const t = (key: string, p: Record<string, string | number> = {}) => translate('cli', `stats.${key}`, p);
  const light = scenesByLight(stats.timesOfDay, stats.scenes);
  const lines = [
    `${t('pages')}: ${stats.pages}`,
    `${t('runtime')}: ${t('minutes', { n: stats.runtimeMinutes })}`,
    `${t('scenes')}: ${stats.scenes} (${t('settings', { interior: stats.interior, exterior: stats.exterior, both: stats.both })})`,
    `${t('timeOfDay')}: ${LIGHTS.map((l) => t(`light.${l}`, { n: light[l] })).join(', ')}`,
    `${t('words')}: ${stats.words}`,
    `${t('characters')}:`,
    ...stats.characters.map((c) => `  ${c.name.padEnd(24)} ${t('characterLine', { speeches: c.speeches, words: c.words, scenes: c.scenes })}`),
  ];
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
