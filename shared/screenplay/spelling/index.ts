/** Spelling in English and Bahasa Indonesia: the checker's public face. */
export { checkSpelling, isSpellChecked, misspelledTokens, type IgnoredOnce, type Misspelling, type SpellOptions } from './check.ts';
export { languageFromName, scriptLanguage } from './language.ts';
export { createSpeller, SPELL_LANGUAGES, type DictionaryText, type SpellLanguage, type Speller } from './speller.ts';
export { parts, tokenize, type Token } from './tokenize.ts';
export { FREQUENT_WORD, scriptVocabulary } from './vocabulary.ts';
