/**
 * Spelling a 120-page feature: building each language's speller from its Hunspell files, the
 * script's vocabulary, a whole-script check cold (nothing memoised) and warm, and the editor's unit
 * of work — the ~60 blocks on screen — warm. The generated feature repeats a few lines, so every
 * action paragraph here also gets words drawn from the dictionary itself (deterministic), a few
 * slips: closer to a real script's vocabulary.
 *   npm run bench:spelling        (RUNS=n)
 */
import { performance } from 'node:perf_hooks';
import { readDictionary } from '../electron/spelling/dictionaries.ts';
import { printProfile } from '../shared/screenplay/layout/print-profile.ts';
import type { Screenplay } from '../shared/screenplay/model.ts';
import { checkSpelling } from '../shared/screenplay/spelling/check.ts';
import { createSpeller, type SpellLanguage } from '../shared/screenplay/spelling/speller.ts';
import { scriptVocabulary } from '../shared/screenplay/spelling/vocabulary.ts';
import { generatePages } from './generate.ts';
import { median } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const VISIBLE = 60;

/** Stems of the .dic (flags cut), every 37th one: thousands of distinct words. */
function dictionaryWords(dic: string): string[] {
  return dic.split('\n').slice(1).filter((_, i) => i % 37 === 0).map((line) => line.split('/')[0]).filter((w) => /^\p{L}+$/u.test(w));
}

function varied(script: Screenplay, words: string[]): Screenplay {
  let n = 0;
  // A stride prime to the list length walks all of it before repeating.
  const pick = () => words[(n += 7919) % words.length];
  const elements = script.elements.map((el, i) => {
    if (el.type !== 'action' && el.type !== 'dialogue') return el;
    const extra = Array.from({ length: 12 }, pick).join(' ');
    // Every 50th paragraph a slip of its own (two letters swapped): a slip repeated would be vocabulary.
    const w = pick();
    const slip = i % 50 === 0 && w.length > 3 ? ` ${w[0]}${w[2]}${w[1]}${w.slice(3)}` : '';
    return { ...el, text: `${el.text} ${extra}${slip}.` };
  });
  return { ...script, elements };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

const { screenplay, pages } = generatePages(120, printProfile('letter'));
console.log(`feature: ${pages} pages, ${screenplay.elements.length} blocks`);
for (const language of ['en', 'id'] as SpellLanguage[]) {
  const dictionary = readDictionary(language);
  const script = varied(screenplay, dictionaryWords(dictionary.dic));
  const words = script.elements.reduce((sum, el) => sum + el.text.split(/\s+/).length, 0);
  const build = time(() => createSpeller(language, dictionary));
  const vocabulary = time(() => scriptVocabulary(script));
  const cold = time(() => checkSpelling(script, build.value, { vocabulary: vocabulary.value }));
  const warm: number[] = [];
  const visible: number[] = [];
  const middle = Math.floor(script.elements.length / 2);
  const onScreen = Array.from({ length: VISIBLE }, (_, i) => middle + i);
  for (let r = 0; r < RUNS; r++) {
    warm.push(time(() => checkSpelling(script, build.value, { vocabulary: vocabulary.value })).ms);
    visible.push(time(() => checkSpelling(script, build.value, { vocabulary: vocabulary.value, elementIndexes: onScreen })).ms);
  }
  const vocabWarm = median(Array.from({ length: RUNS }, () => time(() => scriptVocabulary(script)).ms));
  console.log(
    `${language}: ~${words} words · speller build ${build.ms.toFixed(0)} ms · vocabulary ${vocabWarm.toFixed(1)} ms · ` +
      `whole script cold ${cold.ms.toFixed(0)} ms, warm median ${median(warm).toFixed(1)} ms (${cold.value.length} flagged) · ` +
      `${VISIBLE} visible blocks warm median ${median(visible).toFixed(2)} ms`,
  );
}
