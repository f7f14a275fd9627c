/**
 * Words in a script the dictionary does not write (Hangul, Cyrillic, Han, kana) are not its to
 * judge: every word of a Korean scene was flagged as not in the English dictionary, and nspell
 * spent a fifth of a second on suggestions for each Cyrillic word (a 1.7 KB Russian scene took
 * `naskah check` 34 s).
 */
import { describe, expect, it } from 'vitest';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';
import { checkSpelling } from '../../../../shared/screenplay/spelling/check.ts';
import { speller } from './spellers.ts';

const action = (text: string): ScriptElement => ({ type: 'action', text });
const script = (...elements: ScriptElement[]): Screenplay => ({ version: 1, titlePage: [], elements });
const flagged = (text: string, lang: 'en' | 'id' = 'en') => checkSpelling(script(action(text)), speller(lang)).map((m) => m.word);

describe('spelling: words of other scripts', () => {
  it.each<[string, string]>([
    ['Korean', '민수가 창밖을 바라본다. 비가 내린다.'],
    ['Russian', 'Маша входит в столовую и садится за стол.'],
    ['Japanese', 'ジョンが入院。この場所は何ですか'],
    ['Chinese', '他走进房间，看着窗外。'],
  ])('leaves %s words alone', (_name, text) => {
    expect(flagged(text)).toEqual([]);
    expect(flagged(text, 'id')).toEqual([]);
  });

  it('still judges the Latin words around them', () => {
    expect(flagged('Маша says helo to Ваня.')).toEqual(['helo']);
  });

  it('leaves a word that mixes scripts alone (a Latin E in a Cyrillic word)', () => {
    expect(flagged('Eа импетус')).toEqual([]);
  });

  it('still judges Latin letters with accents', () => {
    expect(flagged('She orders a crèmme.')).toEqual(['crèmme']);
  });

  it('suggests nothing for a word of another script, and quickly', () => {
    const started = performance.now();
    for (const word of ['КВАРТИРА', 'СТОЛОВАЯ', 'импетус', 'делецтус', '바라본다', '入院']) expect(speller('en').suggest(word)).toEqual([]);
    // nspell took about 200 ms for each of these words before; the test allows a slow machine.
    expect(performance.now() - started).toBeLessThan(200);
  });
});
