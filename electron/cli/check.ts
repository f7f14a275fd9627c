/**
 * naskah check IN [--json] [--lang en|id] (contract 1): the format coach's findings and the
 * misspellings, each with its element index (from 0, as in the JSON model) and offsets into the
 * element's text (a coach finding covers its whole element). Exit 0 clean, 1 findings, 2 bad input
 * (declared as the command's `errorExit`). Language: --lang, else the script's own
 * (scriptLanguage: a title-page "Language" field or its headings' times of day), else English.
 */
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { coachScript } from '../../shared/screenplay/coach.ts';
import { checkSpelling } from '../../shared/screenplay/spelling/check.ts';
import { scriptLanguage } from '../../shared/screenplay/spelling/language.ts';
import { createSpeller, SPELL_LANGUAGES, type Speller, type SpellLanguage } from '../../shared/screenplay/spelling/speller.ts';
import { translate } from '../i18n.ts';
import { readDictionary } from '../spelling/dictionaries.ts';
import type { ArgsOf } from './commands.ts';
import type { CliIo } from './io.ts';
import { readScriptFile } from './read-input.ts';

/**
 * Suggestions for a whole script: only for words one edit from a known word (suggestNear), for
 * this many distinct words, then left out. nspell's full search cost up to a second a word (a
 * Final Draft feature with Telugu lines written in Latin letters: 15 s), and for 136 of its first
 * 200 misspellings found nothing.
 */
const SUGGESTED_WORDS = 200;
const SUGGESTIONS = 3;

// Building a speller (parsing a Hunspell dictionary) costs 0.2–0.7 s; a speller never changes
// once built, so a process that runs several checks (main() in the tests) builds each language once.
const spellers = new Map<SpellLanguage, Speller>();
function spellerFor(language: SpellLanguage): Speller {
  let speller = spellers.get(language);
  if (!speller) spellers.set(language, (speller = createSpeller(language, readDictionary(language))));
  return speller;
}

function languageFlag(value: string | undefined): SpellLanguage | undefined {
  if (value === undefined) return undefined;
  if (!(SPELL_LANGUAGES as readonly string[]).includes(value)) throw new AppError('cli.bad_lang', { value, allowed: SPELL_LANGUAGES.join('|') });
  return value as SpellLanguage;
}

export async function checkCommand({ positionals: [file], values: flags }: ArgsOf<'check'>, io: CliIo): Promise<number> {
  const chosen = languageFlag(flags.lang);
  const script = await readScriptFile(path.resolve(io.cwd, file));
  const language = chosen ?? scriptLanguage(script) ?? 'en';
  const speller = spellerFor(language);

  const coach = coachScript(script, { language }).map((f) => ({
    code: f.code,
    elementIndex: f.elementIndex,
    start: 0,
    end: script.elements[f.elementIndex]?.text.length ?? 0,
    message: translate('course', f.code, f.params),
    params: f.params,
  }));
  const suggested = new Map<string, string[]>();
  const suggestionsFor = (word: string): string[] => {
    let s = suggested.get(word);
    if (!s && suggested.size < SUGGESTED_WORDS) suggested.set(word, (s = speller.suggestNear(word, SUGGESTIONS)));
    return s ?? [];
  };
  const spelling = checkSpelling(script, speller).map((m) => ({ ...m, suggestions: suggestionsFor(m.word) }));

  if (flags.json) io.stdout(JSON.stringify({ file, language, coach, spelling }, null, 2) + '\n');
  else {
    const t = (key: string, p: Record<string, string | number> = {}) => translate('cli', `check.${key}`, p);
    const lines = [
      ...coach.map((f) => `${t('element', { element: f.elementIndex })}: ${f.message}`),
      ...spelling.map((m) => {
        const where = t('at', { element: m.elementIndex, start: m.start, end: m.end });
        const word = t('misspelled', { word: m.word });
        return m.suggestions.length ? `${where}: ${word} ${t('suggestions', { words: m.suggestions.join(', ') })}` : `${where}: ${word}`;
      }),
      t(coach.length + spelling.length ? 'summary' : 'clean', { coach: coach.length, spelling: spelling.length, language: t(`language.${language}`) }),
    ];
    io.stdout(lines.join('\n') + '\n');
  }
  return coach.length + spelling.length ? 1 : 0;
}
