import { describe, expect, it } from 'vitest';
import type { CheckedBlock } from '../../../../renderer/editor/spelling/protocol.ts';
import { mergeResults } from '../../../../renderer/editor/spelling/merge-results.ts';

const checked = (id: string, text: string, ranges: Array<[number, number]>): CheckedBlock => ({ id, text, ranges });

describe('mergeResults', () => {
  it('asks for a re-decoration when an underline appears on text that is still on screen', () => {
    const results = new Map<string, CheckedBlock>();
    expect(mergeResults(results, [checked('a', 'teh cat', [[0, 3]])], () => 'teh cat')).toBe(true);
    expect(results.get('a')?.ranges).toEqual([[0, 3]]);
  });

  it('does not when the answer repeats what is shown', () => {
    const results = new Map([['a', checked('a', 'teh cat', [[0, 3]])], ['b', checked('b', 'fine', [])]]);
    const texts: Record<string, string> = { a: 'teh cat', b: 'fine' };
    expect(mergeResults(results, [checked('a', 'teh cat', [[0, 3]]), checked('b', 'fine', [])], (id) => texts[id])).toBe(false);
  });

  it('does not when the block has moved on from the checked text (nothing of it would show), but keeps the result', () => {
    const results = new Map<string, CheckedBlock>();
    const fresh = checked('a', 'aaaa', [[0, 4]]);
    expect(mergeResults(results, [fresh], () => 'aaaaa')).toBe(false);
    expect(results.get('a')).toBe(fresh);
  });

  it('asks when an underline goes or moves', () => {
    const results = new Map([['a', checked('a', 'teh cat', [[0, 3]])]]);
    expect(mergeResults(results, [checked('a', 'teh cat', [])], () => 'teh cat')).toBe(true);
    const moved = new Map([['a', checked('a', 'teh cta', [[0, 3]])]]);
    expect(mergeResults(moved, [checked('a', 'teh cta', [[4, 7]])], () => 'teh cta')).toBe(true);
  });

  it('asks when a block whose old result was stale now matches its text', () => {
    const results = new Map([['a', checked('a', 'old', [[0, 3]])]]);
    expect(mergeResults(results, [checked('a', 'new wrod', [[4, 8]])], () => 'new wrod')).toBe(true);
  });

  it('ignores blocks that are gone', () => {
    const results = new Map<string, CheckedBlock>();
    expect(mergeResults(results, [checked('gone', 'teh', [[0, 3]])], () => undefined)).toBe(false);
  });
});
