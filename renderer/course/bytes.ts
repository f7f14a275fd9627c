/** Bilingual text of course packs, shown in the UI's language. */
export type Lang = 'en' | 'id';

/** The UI language's half of a pack's bilingual text. */
export function pick(text: { en: string; id: string }, language: string): string {
  return language.startsWith('id') ? text.id : text.en;
}
