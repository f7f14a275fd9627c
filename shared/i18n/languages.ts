/**
 * The UI languages and what both sides agree on about them. The translations themselves are
 * shared/i18n/<lang>/<namespace>.json, one i18next namespace per file; the renderer bundles them
 * (renderer/i18n/index.ts), the back end reads them from disk (electron/i18n.ts). Both load them
 * through i18next with the options below, so plurals and interpolation behave the same in the app,
 * the CLI, the PDF writer and the services.
 *
 * Plurals are i18next's: a counted string has `<key>_one` and `<key>_other` in English; Indonesian
 * and Korean have no plural forms (Intl.PluralRules gives only "other"), so they carry `<key>_other`.
 */

export const LANGUAGES = ['en', 'id', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English holds every key first; any gap in another language shows the English text. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** Each language named in itself, as the language switch lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { id: 'Bahasa Indonesia', en: 'English', ko: '한국어' };

/** The locale dates and numbers are formatted in. */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', id: 'id-ID', ko: 'ko-KR' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language of a BCP 47 tag or POSIX locale ("id-ID", "ko_KR.UTF-8", "in" — Java's old code
 * for Indonesian), or undefined when it is none of ours.
 */
export function languageOfTag(tag: string | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  if (primary === 'in') return 'id';
  return isLanguage(primary) ? primary : undefined;
}

/** i18next options both sides init with (resources and language aside). */
export const I18NEXT_OPTIONS = {
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // Text is put in the DOM by React and into PDFs and terminals as plain text: nothing to escape.
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;
