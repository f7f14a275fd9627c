/** Course packs' text in the UI's language: English and Indonesian always, Korean when the pack has it. */
import { pickText, type LanguageText } from '../../shared/i18n/pick-text.ts';

/** The UI language's text of a pack's translated text (Korean falls back to English). */
export function pick(text: LanguageText, language: string): string {
  return pickText(text, language);
}
