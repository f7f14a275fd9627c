/** naskah stats IN [--json] [--paper letter|a4] */
import path from 'node:path';
import { LIGHTS, scenesByLight } from '../../shared/screenplay/rules/time-of-day.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import { scriptStats } from '../../shared/screenplay/stats.ts';
import { counted, translate } from '../i18n.ts';
import type { CliIo } from './io.ts';
import { paperFlag } from './output.ts';
import { readScriptFile } from './read-input.ts';
import type { ArgsOf } from './commands.ts';

export async function statsCommand({ positionals: [file], values: flags }: ArgsOf<'stats'>, io: CliIo): Promise<number> {
  const script = await readScriptFile(path.resolve(io.cwd, file));
  const stats = scriptStats(script, printProfile(paperFlag(flags.paper, 'letter'), script.layout));
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
    ...stats.characters.map((c) => `  ${c.name.padEnd(24)} ${t('characterLine', { speeches: counted('speeches', c.speeches), words: counted('words', c.words), scenes: counted('scenes', c.scenes) })}`),
  ];
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
