import { describe, expect, it } from 'vitest';
import { parts, tokenize } from '../../../../shared/screenplay/spelling/tokenize.ts';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('tokenize', () => {
  it.each([
    ['Sari masuk ke warung.', ['Sari', 'masuk', 'ke', 'warung']],
    ['Anak-anak berlari-lari.', ['Anak-anak', 'berlari-lari']],
    ['Bukunya jatuh, katanya.', ['Bukunya', 'jatuh', 'katanya']],
    ["Don't touch Sari's bag.", ["Don't", 'touch', "Sari's", 'bag']],
    ['Don’t — typographic apostrophe', ["Don't", 'typographic', 'apostrophe']],
    ['At 3pm, 2024 people, room 12A.', ['At', 'people', 'room']],
    ['(V.O.) a I', []],
    ['See www.naskah.example/x or sari@mail.id now', ['See', 'or', 'now']],
    ['KOPI — "TUBRUK"!', ['KOPI', 'TUBRUK']],
    ['Ça va, señor?', ['Ça', 'va', 'señor']],
    ['trailing- and -leading', ['trailing', 'and', 'leading']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets into the text as written', () => {
    const text = 'Ia bilang “don’t” lalu pergi.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).replace(/’/g, "'")).toBe(t.word);
  });

  it('splits a hyphenated token into parts with their own offsets', () => {
    const [token] = tokenize('x anak-anaknya');
    expect(parts(tokenize('anak-anaknya')[0])).toEqual([
      { word: 'anak', start: 0, end: 4 },
      { word: 'anaknya', start: 5, end: 12 },
    ]);
    expect(token.word).toBe('anak-anaknya');
  });
});
