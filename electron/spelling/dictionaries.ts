/**
 * The Hunspell files on disk, for hosts that hand them to the pure checker: English from the
 * `dictionary-en` package's index.aff/index.dic (read as files: its index.js is not loaded),
 * Indonesian from the copy of Debian's hunspell-id under assets/dictionaries/id.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DictionaryText, SpellLanguage } from '../../shared/screenplay/spelling/speller.ts';
import { REPO_ROOT } from '../repo-root.ts';

export const DICTIONARY_FILES: Record<SpellLanguage, { aff: string; dic: string }> = {
  en: { aff: path.join(REPO_ROOT, 'node_modules', 'dictionary-en', 'index.aff'), dic: path.join(REPO_ROOT, 'node_modules', 'dictionary-en', 'index.dic') },
  id: { aff: path.join(REPO_ROOT, 'assets', 'dictionaries', 'id', 'id_ID.aff'), dic: path.join(REPO_ROOT, 'assets', 'dictionaries', 'id', 'id_ID.dic') },
};

export function readDictionary(language: SpellLanguage): DictionaryText {
  const files = DICTIONARY_FILES[language];
  return { aff: fs.readFileSync(files.aff, 'utf8'), dic: fs.readFileSync(files.dic, 'utf8') };
}
