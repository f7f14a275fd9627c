import { pickText } from '../../shared/i18n/pick-text.ts';
import type { LocalizedText } from '../../shared/review/rubric.ts';

/** A bundle's text in the UI language (objects per language), or the plain string as written. */
export function localized(text: LocalizedText | null | undefined, language: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return pickText(text, language);
}
