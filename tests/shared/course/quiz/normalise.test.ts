import { describe, expect, it } from 'vitest';
import { normaliseText, parseTypedNumber } from '../../../../shared/course/quiz/normalise.ts';

describe('normaliseText', () => {
  it.each([
    ['Courier', 'courier'],
    ['  COURIER   prime ', 'courier prime'],
    ['Élan', 'elan'],
    ['e\u0301lan', 'elan'],
    ['Ĉu\tvi', 'cu vi'],
    ['Dünyā', 'dunya'],
    ['', ''],
    ['   ', ''],
    ['\u0301', ''],
  ])('%j → %j', (input, expected) => expect(normaliseText(input)).toBe(expected));
});

describe('parseTypedNumber', () => {
  it.each([
    ['90', 90],
    [' 2.5 ', 2.5],
    ['2,5', 2.5],
    ['-3', -3],
    ['+4', 4],
    ['1 000', 1000],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['.5', 0.5],
    ['', null],
    ['abc', null],
    ['1e5', null],
    ['2,5,6', null],
    ['Infinity', null],
  ])('%j → %j', (input, expected) => expect(parseTypedNumber(input)).toBe(expected));
});
