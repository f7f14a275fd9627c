/** A set's name in the UI language: its colour, and for later rounds "Double …", "Triple …" (namespace revisions). */
import type { TFunction } from 'i18next';
import { revisionColour } from '../../../shared/screenplay/revisions/colours.ts';

export function revisionName(t: TFunction, n: number): string {
  const { key, round } = revisionColour(n);
  const colour = t(`revisions:colours.${key}`);
  if (round === 1) return colour;
  if (round === 2) return t('revisions:rounds.double', { colour });
  if (round === 3) return t('revisions:rounds.triple', { colour });
  return t('revisions:rounds.nth', { colour, round });
}

/** Today as YYYY-MM-DD in the writer's own time zone: the date a set is started on. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
