/**
 * suggestNear, what `naskah check` asks for each misspelling: nspell's own suggestions for a word one
 * edit from a known word, none for a word further away. nspell's full search spends up to a second
 * on such a word (a Final Draft feature with Telugu lines in Latin letters took `naskah check` 15 s)
 * and finds little but noise there ("vachina": vagina, caching, machine).
 */
import { describe, expect, it } from 'vitest';
import { speller } from './spellers.ts';

describe('Speller.suggestNear', () => {
  it.each<['en' | 'id', string]>([
    ['en', 'wlaks'],
    ['en', 'teh'],
    ['en', 'kitchne'],
    ['en', 'untill'],
    ['en', 'koni'],
    ['id', 'derss'],
  ])('gives a %s word one edit away the full suggestions (%s)', (language, word) => {
    const near = speller(language).suggestNear(word, 3);
    expect(near.length).toBeGreaterThan(0);
    expect(near).toEqual(speller(language).suggest(word, 3));
  });

  it('finds names one edit away, which the dictionary holds capitalised', () => {
    expect(speller('en').suggestNear('koni', 3)).toContain('Joni');
  });

  it('gives nothing for a word two edits from any word', () => {
    expect(speller('en').suggest('vachina', 3).length).toBeGreaterThan(0);
    expect(speller('en').suggestNear('vachina', 3)).toEqual([]);
  });

  it('answers far words quickly', () => {
    const far = ['Mimalni', 'kadugu', 'Vigraha', 'Veedeni', 'dhruvo', 'Jaatasya', 'Oorkondi', 'vibhudhi', 'adhbuthaaniki', 'chuuputaaru'];
    const started = performance.now();
    for (const word of far) expect(speller('en').suggestNear(word)).toEqual([]);
    // nspell's full search took 0.5–1 s for each of these; one-edit checks take milliseconds.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
