/**
 * Text that travels with its own translations — course packs, rubrics in review bundles — rather
 * than living in shared/i18n: English and Bahasa Indonesia always (the languages packs are written
 * in), Korean where the pack carries it. Picked here, by one rule, wherever such text is shown.
 */
import { FALLBACK_LANGUAGE, languageOfTag } from './languages.ts';

export interface LanguageText {
  en: string;
  id: string;
  /** Optional: a pack without Korean shows its English text to a Korean UI. */
  ko?: string;
}

/** The text in the UI language (a tag such as "ko-KR" will do); Korean falls back to English. */
export function pickText(text: LanguageText, language: string): string {
  const lang = languageOfTag(language) ?? FALLBACK_LANGUAGE;
  if (lang === 'ko') return text.ko ?? text.en;
  return text[lang];
}
