/**
 * Today's words for the daily goal: the course's WritingSession counts, DailyWords tallies its
 * records per UTC day. Fake timers drive the session's record gaps and the clock across midnight.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WritingSession } from '../../../renderer/course/writing-session.ts';
import { DAILY_WORDS_KEY, DailyWords, formatElapsed } from '../../../renderer/focus/daily-words.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';

const script = (...texts: string[]): Screenplay => ({ version: 1, titlePage: [], elements: texts.map((text) => ({ type: 'action', text })) });

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), map: m };
}

let ids = 0;
const newId = () => `s${++ids}`;

describe('DailyWords', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the words a session adds, once each save is recorded', async () => {
    const daily = new DailyWords({ storage: memoryStorage() });
    const session = new WritingSession({ initial: script('Satu dua tiga.'), newId, record: (t) => daily.record(t) });
    expect(daily.today()).toBe(0);
    session.saved(script('Satu dua tiga.', 'Empat lima.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(daily.today()).toBe(2);
    // The next save waits the session's gap; its total replaces the session's previous one.
    session.saved(script('Satu dua tiga.', 'Empat lima enam tujuh.'));
    await vi.advanceTimersByTimeAsync(1999);
    expect(daily.today()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(daily.today()).toBe(4);
    await session.end();
  });

  it('adds up the day’s sessions and keeps them in storage across a restart', async () => {
    const storage = memoryStorage();
    const daily = new DailyWords({ storage });
    const a = new WritingSession({ initial: script('a'), newId, record: (t) => daily.record(t) });
    a.saved(script('a', 'b c d'));
    await a.end();
    const b = new WritingSession({ initial: script('x'), newId, record: (t) => daily.record(t) });
    b.saved(script('x', 'y z'));
    await b.end();
    expect(daily.today()).toBe(5);
    expect(new DailyWords({ storage }).today()).toBe(5);
    const seen: number[] = [];
    const again = new DailyWords({ storage });
    again.subscribe((w) => seen.push(w));
    await again.record({ sessionId: 'later', words: 1, pages: 0, seconds: 10 });
    expect(seen).toEqual([6]);
  });

  it('starts from nothing on a new UTC day', async () => {
    const storage = memoryStorage();
    vi.setSystemTime(new Date('2026-12-02T23:59:00Z'));
    const daily = new DailyWords({ storage });
    await daily.record({ sessionId: 'late', words: 300, pages: 1, seconds: 600 });
    expect(daily.today()).toBe(300);
    vi.setSystemTime(new Date('2026-12-03T00:00:01Z'));
    expect(daily.today()).toBe(0);
    expect(new DailyWords({ storage }).today()).toBe(0);
    await daily.record({ sessionId: 'early', words: 12, pages: 0, seconds: 60 });
    expect(daily.today()).toBe(12);
    expect(JSON.parse(storage.map.get(DAILY_WORDS_KEY)!)).toEqual({ day: '2026-12-03', sessions: { early: 12 } });
  });

  it('treats a damaged stored value as nothing written yet', () => {
    const storage = memoryStorage();
    storage.setItem(DAILY_WORDS_KEY, '{not json');
    expect(new DailyWords({ storage }).today()).toBe(0);
    storage.setItem(DAILY_WORDS_KEY, JSON.stringify({ day: '2026-12-02', sessions: { a: 5, b: -3, c: 'x' } }));
    expect(new DailyWords({ storage }).today()).toBe(5);
  });
});

describe('formatElapsed', () => {
  it('m:ss under an hour, h:mm:ss after', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65)).toBe('1:05');
    expect(formatElapsed(3600 + 62)).toBe('1:01:02');
  });
});
