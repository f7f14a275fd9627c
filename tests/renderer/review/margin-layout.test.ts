import { describe, expect, it } from 'vitest';
import { layoutMargin, type MarginItem } from '../../../renderer/review/margin-layout.ts';

const item = (key: string, anchorTop: number | null, height = 50): MarginItem => ({ key, anchorTop, height });

describe('layoutMargin', () => {
  it('puts each card level with its block when there is room', () => {
    const tops = layoutMargin([item('a', 100), item('b', 300)], 0);
    expect([...tops]).toEqual([
      ['a', 100],
      ['b', 300],
    ]);
  });

  it('pushes a card down rather than overlap the one above, in document order', () => {
    // Given out of order: b's block comes first on the page.
    const tops = layoutMargin([item('a', 120, 80), item('b', 100, 60), item('c', 130, 10)], 0, 8);
    expect(tops.get('b')).toBe(100);
    expect(tops.get('a')).toBe(100 + 60 + 8);
    expect(tops.get('c')).toBe(168 + 80 + 8);
  });

  it('keeps the given order for cards on the same block', () => {
    const tops = layoutMargin([item('first', 200, 40), item('second', 200, 40)], 0, 8);
    expect(tops.get('first')).toBe(200);
    expect(tops.get('second')).toBe(248);
  });

  it('never places a card above the start (the margin header)', () => {
    const tops = layoutMargin([item('a', 10)], 90);
    expect(tops.get('a')).toBe(90);
  });

  it('appends cards whose block is not on screen after the placed ones', () => {
    const tops = layoutMargin([item('lost', null, 30), item('a', 400, 50), item('tail', null, 20)], 0, 8);
    expect(tops.get('a')).toBe(400);
    expect(tops.get('lost')).toBe(458);
    expect(tops.get('tail')).toBe(496);
  });
});
