/**
 * Sides as a file: the one function both `naskah sides` and the app's Reports view call, so a
 * recording engineer gets the same text or PDF whichever way it was made.
 */
import type { FilePayload } from '../../shared/api/library.ts';
import { AppError } from '../../shared/errors.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import { titleOf, type Screenplay } from '../../shared/screenplay/model.ts';
import { sidesFor } from '../../shared/screenplay/sides.ts';
import { sidesScript, sidesText, type SidesLabels } from '../../shared/screenplay/sides-text.ts';
import { translate } from '../i18n.ts';
import { exportScript, safeFileName } from './export.ts';

export type SidesFormat = 'text' | 'pdf';

/** The labels printed on sides, in the CLI's or the app's language. */
export function sidesLabels(lang?: Language): SidesLabels {
  const t = (key: string, p: Record<string, string | number> = {}) => translate('cli', `sides.${key}`, p, lang);
  return {
    title: (character, count) => t('title', { character, count }),
    scene: (ordinal, sceneNumber) => (sceneNumber ? t('sceneNumbered', { n: sceneNumber }) : t('scene', { n: ordinal })),
    cue: t('cue'),
    noCue: t('noCue'),
  };
}

/** One character's sides as a downloadable file; an unknown character is an AppError naming who speaks. */
export async function sidesFile(script: Screenplay, character: string, format: SidesFormat, paper: Paper, lang?: Language): Promise<FilePayload> {
  const sides = sidesFor(script, character);
  if (!sides.ok) throw new AppError(sides.error.code, sides.error.params);
  const labels = sidesLabels(lang);
  const name = `${sides.value.character} sides`;
  if (format === 'pdf') return exportScript(sidesScript(sides.value, labels, titleOf(script)), name, 'pdf', paper);
  return { fileName: safeFileName(name, 'txt'), mimeType: 'text/plain; charset=utf-8', encoding: 'utf8', content: sidesText(sides.value, labels) };
}
