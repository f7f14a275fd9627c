import { describe, expect, it } from 'vitest';
import { lockedNumberBetween, numberHeadings, unlockedNumberAfter } from '../../../../shared/screenplay/scene-numbers/assign.ts';

const used = (...n: string[]) => new Set(n);

describe('lockedNumberBetween (Final Draft’s A/B scenes)', () => {
  it.each([
    ['after 12, before 13', '12', '13', used('12', '13'), '12A'],
    ['after 12A, before 13', '12A', '13', used('12', '12A', '13'), '12B'],
    ['between 12A and 12B', '12A', '12B', used('12A', '12B'), '12AA'],
    ['between 12 and 12A', '12', '12A', used('12', '12A'), 'A12A'],
    ['before scene 1', undefined, '1', used('1'), 'A1'],
    ['between A1 and 1', 'A1', '1', used('A1', '1'), 'B1'],
    ['after the last scene', '40', undefined, used('40'), '40A'],
  ])('%s', (_name, before, after, taken, expected) => {
    expect(lockedNumberBetween(before, after, taken)).toBe(expected);
  });

  it('stays unique when the neighbours cannot be ordered', () => {
    expect(lockedNumberBetween('I-1', 'I-2', used('I-1', 'I-2'))).toBe('1');
  });
});

describe('unlockedNumberAfter', () => {
  it('takes the next whole number while nobody holds it, letters otherwise', () => {
    expect(unlockedNumberAfter(undefined, undefined, used())).toBe('1');
    expect(unlockedNumberAfter('3', undefined, used('3'))).toBe('4');
    expect(unlockedNumberAfter('1', '2', used('1', '2'))).toBe('1A');
    expect(unlockedNumberAfter('5', '9', used('5', '9', '6'))).toBe('5A');
  });
});

describe('numberHeadings', () => {
  it('an unnumbered script numbers 1, 2, 3 (locked or not)', () => {
    const h = [{}, {}, {}];
    expect(numberHeadings(h, false)).toEqual(['1', '2', '3']);
    expect(numberHeadings(h, true)).toEqual(['1', '2', '3']);
  });

  it('locked: two scenes inserted after 12 are 12A and 12B; one before 1 is A1', () => {
    expect(numberHeadings([{}, { sceneNumber: '1' }, { sceneNumber: '12' }, {}, {}, { sceneNumber: '13' }], true)).toEqual(['A1', '1', '12', '12A', '12B', '13']);
  });

  it('never repeats a number, whatever the writer numbered', () => {
    const h = [{ sceneNumber: '3' }, {}, { sceneNumber: '4' }, {}, { sceneNumber: '1' }, {}, {}, { sceneNumber: '5' }];
    const out = numberHeadings(h, false);
    expect(new Set(out).size).toBe(out.length);
    expect(out).toEqual(['3', '3A', '4', '4A', '1', '2', '2A', '5']);
  });
});
