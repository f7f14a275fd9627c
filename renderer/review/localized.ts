import type { LocalizedText } from '../../shared/review/rubric.ts';

/** A bundle's text in the UI language ("en"/"id" objects), or the plain string as written. */
export function localized(text: LocalizedText | null | undefined, language: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return language.startsWith('id') ? text.id : text.en;
}
