/** Word highlights of a changed line, and the sequence diff under them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences } from '../../../../shared/screenplay/compare/sequence-diff.ts';
import { sidesOf, tokenize, wordDiff } from '../../../../shared/screenplay/compare/words.ts';
import { longestIncreasing } from '../../../../shared/screenplay/compare/match-scenes.ts';

describe('wordDiff', () => {
  const cases: { old: string; new: string; runs: [string, string][] }[] = [
    { old: 'Kamu datang juga.', new: 'Akhirnya kamu datang juga.', runs: [['removed', 'Kamu'], ['added', 'Akhirnya kamu'], ['equal', ' datang juga.']] },
    { old: 'She runs home.', new: 'She walks home.', runs: [['equal', 'She '], ['removed', 'runs'], ['added', 'walks'], ['equal', ' home.']] },
    { old: 'red green blue', new: 'red yellow purple blue', runs: [['equal', 'red '], ['removed', 'green'], ['added', 'yellow purple'], ['equal', ' blue']] },
    // A space between two changed words is part of one replaced phrase.
    { old: 'a b c d', new: 'a x y d', runs: [['equal', 'a '], ['removed', 'b c'], ['added', 'x y'], ['equal', ' d']] },
    { old: 'same', new: 'same', runs: [['equal', 'same']] },
    { old: '', new: 'Baru.', runs: [['added', 'Baru.']] },
    { old: '밤에 비가 온다', new: '밤에 눈이 온다', runs: [['equal', '밤에 '], ['removed', '비가'], ['added', '눈이'], ['equal', ' 온다']] },
  ];
  for (const c of cases) {
    it(`${c.old} → ${c.new}`, () => {
      const runs = wordDiff(c.old, c.new);
      expect(runs.map((r) => [r.op, r.text])).toEqual(c.runs);
      expect(sidesOf(runs)).toEqual({ old: c.old, new: c.new });
    });
  }

  it('always rebuilds both texts exactly (surrogate pairs and odd characters included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(sidesOf(wordDiff(a, b))).toEqual({ old: a, new: b });
      }),
    );
  });

  it('tokenizes words with inner apostrophes and hyphens as one', () => {
    expect(tokenize("don't anak-anak  go!")).toEqual(["don't", ' ', 'anak-anak', '  ', 'go', '!']);
  });
});

describe('diffSequences', () => {
  it('covers both sequences in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (a, b) => {
        const runs = diffSequences(a, b, 1);
        const ra: string[] = [];
        const rb: string[] = [];
        for (const r of runs) {
          if (r.op !== 'insert') ra.push(...a.slice(r.aFrom, r.aTo));
          if (r.op !== 'delete') rb.push(...b.slice(r.bFrom, r.bTo));
          if (r.op === 'equal') expect(a.slice(r.aFrom, r.aTo)).toEqual(b.slice(r.bFrom, r.bTo));
        }
        expect([ra, rb]).toEqual([a, b]);
      }),
    );
  });
});

describe('longestIncreasing', () => {
  const cases: [number[], number[]][] = [
    [[], []],
    [[0, 1, 2], [0, 1, 2]],
    [[1, 0, 2, 3], [1, 2, 3]],
    [[0, 2, 3, 1], [0, 1, 2]],
    [[3, 0, 1, 2], [1, 2, 3]],
  ];
  for (const [values, keep] of cases) it(`${values}`, () => expect([...longestIncreasing(values)].sort()).toEqual(keep));
});
