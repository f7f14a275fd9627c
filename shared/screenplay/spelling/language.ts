/**
 * The language to check a script in, when the writer has not chosen one: a title-page field
 * "Language" / "Bahasa", else the language of its scene headings' times of day ("MALAM" or
 * "NIGHT"), else none (the caller's default).
 */
import type { Screenplay } from '../model.ts';
import { parseHeading } from '../rules/heading.ts';
import { languageOfTime } from '../rules/time-of-day.ts';
import type { SpellLanguage } from './speller.ts';

const NAMES: Array<[RegExp, SpellLanguage]> = [
  [/^(id|ind|indonesia|indonesian|bahasa indonesia|bahasa)\b/i, 'id'],
  [/^(en|eng|english|inggris|bahasa inggris)\b/i, 'en'],
];

export function languageFromName(value: string): SpellLanguage | undefined {
  const v = value.trim();
  return NAMES.find(([re]) => re.test(v))?.[1];
}

export function scriptLanguage(script: Screenplay): SpellLanguage | undefined {
  const field = script.titlePage.find((f) => /^(language|bahasa)$/i.test(f.key.trim()));
  const named = field ? languageFromName(field.value) : undefined;
  if (named) return named;
  let id = 0;
  let en = 0;
  for (const el of script.elements) {
    if (el.type !== 'scene_heading') continue;
    const time = parseHeading(el.text).time;
    const lang = time ? languageOfTime(time) : undefined;
    if (lang === 'id') id++;
    else if (lang === 'en') en++;
  }
  return id > en ? 'id' : en > id ? 'en' : undefined;
}
