/** The real English and Indonesian spellers, built once per test file from the shipped dictionaries. */
import { readDictionary } from '../../../../electron/spelling/dictionaries.ts';
import { createSpeller, type Speller, type SpellLanguage } from '../../../../shared/screenplay/spelling/speller.ts';

const built = new Map<SpellLanguage, Speller>();

export function speller(language: SpellLanguage): Speller {
  let s = built.get(language);
  if (!s) built.set(language, (s = createSpeller(language, readDictionary(language))));
  return s;
}
