import { describe, expect, it } from 'vitest';
import type { ElementType, Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';
import { checkSpelling } from '../../../../shared/screenplay/spelling/check.ts';
import { scriptLanguage } from '../../../../shared/screenplay/spelling/language.ts';
import { scriptVocabulary } from '../../../../shared/screenplay/spelling/vocabulary.ts';
import { speller } from './spellers.ts';

const el = (type: ElementType, text: string): ScriptElement => ({ type, text });
const script = (...elements: ScriptElement[]): Screenplay => ({ version: 1, titlePage: [], elements });
const flagged = (s: Screenplay, lang: 'en' | 'id', options = {}) => checkSpelling(s, speller(lang), options).map((m) => m.word);

describe('checkSpelling: words the dictionary knows', () => {
  it.each<[string, 'en' | 'id', string, string[]]>([
    ['English prose', 'en', 'She walks into the kitchen and opens the fridge.', []],
    ['an English slip', 'en', 'She wlaks into teh kitchen.', ['wlaks', 'teh']],
    ['contractions and possessives', 'en', "Don't touch the driver's seat. It's hers.", []],
    ['capitals of known words', 'en', 'The DOOR SLAMS. BANG!', []],
    ['numbers are not words', 'en', 'At 3pm, 24 people in room 12A.', []],
    ['screenplay terms', 'en', "POV from the car. SFX: rain. CONT'D", []],
    ['Indonesian prose', 'id', 'Sari berjalan pulang sambil membawa kopi.', []],
    ['an Indonesian slip', 'id', 'Sari berjlan pulang.', ['berjlan']],
    ['reduplication', 'id', 'Anak-anak berlari-lari di jalan.', []],
    ['reduplication with a suffix', 'id', 'Anak-anaknya sedang bermain.', []],
    ['-nya, -ku, -mu, -lah, -kah', 'id', 'Bukunya, mobilku, rumahmu. Pergilah! Apakah benar?', []],
    ['one wrong half of a hyphenated word', 'id', 'Anak-anka itu.', ['anka']],
    ['English text checked as Indonesian', 'id', 'The kitchen.', ['The', 'kitchen']],
  ])('%s', (_name, lang, text, expected) => {
    expect(flagged(script(el('action', text)), lang)).toEqual(expected);
  });
});

describe('checkSpelling: what is never flagged', () => {
  it('skips headings and cues, and accepts character names and locations everywhere', () => {
    const s = script(el('scene_heading', 'INT. WARUNG BU TEJO - MALAM'), el('character', 'DARSIH (V.O.)'), el('dialogue', 'Darsih di warung Bu Tejo.'), el('action', 'TEJO menutup pintu.'));
    expect(flagged(s, 'id')).toEqual([]);
  });

  it('accepts a word the script uses often, flags one used once', () => {
    const s = script(el('action', 'Zorblat datang.'), el('action', 'Zorblat duduk.'), el('action', 'Zorblat pergi. Krumpf.'));
    expect(flagged(s, 'id')).toEqual(['Krumpf']);
    expect(scriptVocabulary(s).has('zorblat')).toBe(true);
  });

  it('honours the personal dictionary in any case, and ignore-once for one occurrence only', () => {
    const s = script(el('action', 'Krumpf and krumpf.'), el('dialogue', 'Glarb.'), el('dialogue', 'Glarb.'));
    expect(flagged(s, 'en', { personal: ['KRUMPF'] })).toEqual(['Glarb', 'Glarb']);
    const once = checkSpelling(s, speller('en'), { personal: ['krumpf'], ignoreOnce: [{ elementIndex: 1, start: 0, word: 'Glarb' }] });
    expect(once).toEqual([{ elementIndex: 2, start: 0, end: 5, word: 'Glarb' }]);
  });

  it('reports element index and offsets, and checks only the elements asked for', () => {
    const s = script(el('action', 'Fine words.'), el('parenthetical', '(quitely)'), el('dialogue', 'Hello wrold.'));
    expect(checkSpelling(s, speller('en'))).toEqual([
      { elementIndex: 1, start: 1, end: 8, word: 'quitely' },
      { elementIndex: 2, start: 6, end: 11, word: 'wrold' },
    ]);
    expect(checkSpelling(s, speller('en'), { elementIndexes: [2] }).map((m) => m.elementIndex)).toEqual([2]);
  });

  it('suggests corrections on demand', () => {
    expect(speller('en').suggest('wrold')).toContain('world');
    expect(speller('id').suggest('rumha')).toContain('rumah');
  });
});

describe('scriptLanguage', () => {
  it.each<[string, Screenplay, 'en' | 'id' | undefined]>([
    ['a title-page field', { version: 1, titlePage: [{ key: 'Language', value: 'Bahasa Indonesia' }], elements: [] }, 'id'],
    ['Indonesian times of day', script(el('scene_heading', 'INT. RUMAH - MALAM'), el('scene_heading', 'EXT. JALAN - PAGI')), 'id'],
    ['English times of day', script(el('scene_heading', 'INT. HOUSE - NIGHT')), 'en'],
    ['nothing to go by', script(el('action', 'Hello.')), undefined],
  ])('%s', (_name, s, expected) => {
    expect(scriptLanguage(s)).toBe(expected);
  });
});
