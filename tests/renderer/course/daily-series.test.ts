import { describe, expect, it } from 'vitest';
import { dailySeries } from '../../../renderer/course/daily-series.ts';

describe('words-per-day series', () => {
  it('fills the days without writing with zeros, in order', () => {
    const [xs, ys] = dailySeries([
      { day: '2026-11-20', words: 300 },
      { day: '2026-11-23', words: 120 },
    ]);
    expect(xs.map((t) => new Date(t * 1000).toISOString().slice(0, 10))).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(ys).toEqual([300, 0, 0, 120]);
    expect(dailySeries([])).toEqual([[], []]);
  });
});
