import { describe, expect, it } from 'vitest';
import { compareSceneNumbers, nextLetters, parseSceneNumber } from '../../../../shared/screenplay/scene-numbers/order.ts';

describe('scene number order', () => {
  it('sorts prefixed before their scene, suffixed after it, letters as a dictionary does', () => {
    const sorted = ['A1', 'B1', '1', '1A', '1AA', '1B', '2', 'A12A', '12A', '12B', '13'];
    const shuffled = [...sorted].reverse();
    expect(shuffled.sort((a, b) => compareSceneNumbers(a, b)!)).toEqual(sorted);
  });

  it('reads case-insensitively and refuses what is not a production number', () => {
    expect(parseSceneNumber('12a')).toEqual({ prefix: '', n: 12, suffix: 'A' });
    expect(parseSceneNumber('I-1')).toBeNull();
    expect(compareSceneNumbers('12.5', '13')).toBeNull();
  });

  it('steps letters: A → B, Z → ZA, AZ → B', () => {
    expect(nextLetters('A')).toBe('B');
    expect(nextLetters('Z')).toBe('ZA');
    expect(nextLetters('AZ')).toBe('B');
    expect(nextLetters('')).toBe('A');
  });
});
