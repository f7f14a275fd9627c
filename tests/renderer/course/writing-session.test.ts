/**
 * A writing session recorded while it happens: totals of the committed draft sent every few
 * seconds while they change, time alone on a heartbeat, at once when the page goes; a new session
 * at UTC midnight; failures retried by the next record, never in a loop. Fake timers, no sleeps.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WritingSession, wordsIn, type SessionTotals } from '../../../renderer/course/writing-session.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';

afterEach(() => {
  vi.useRealTimers();
});

const draft = (words: number): Screenplay => ({
  version: 1,
  titlePage: [],
  elements: [{ type: 'scene_heading', text: 'INT. WARUNG - MALAM' }, { type: 'action', text: Array.from({ length: words }, () => 'kata').join(' ') }],
});

function setup(opts: { initial?: Screenplay; initialPages?: number | null; fail?: () => boolean } = {}) {
  const records: (SessionTotals & { at: number })[] = [];
  let n = 0;
  const session = new WritingSession({
    initial: opts.initial ?? draft(0),
    initialPages: 'initialPages' in opts ? opts.initialPages : 1,
    newId: () => `sesi-${++n}`,
    record: async (t) => {
      if (opts.fail?.()) throw new Error('back end gone');
      records.push({ ...t, at: Date.now() });
    },
  });
  return { session, records };
}

describe('WritingSession', () => {
  it('records the committed words at most every 2 s while they grow, so a crash loses at most the last seconds', async () => {
    vi.useFakeTimers();
    const { session, records } = setup();
    let words = 0;
    let worstLag = 0;
    const history: { at: number; words: number }[] = [];
    for (let t = 0; t < 20_000; t += 800) {
      words += 2; // a save lands every 800 ms during steady typing
      session.saved(draft(words));
      history.push({ at: Date.now(), words });
      await vi.advanceTimersByTimeAsync(800);
      const recorded = records.at(-1)?.words ?? 0;
      const firstUnrecorded = history.find((h) => h.words > recorded);
      if (firstUnrecorded) worstLag = Math.max(worstLag, Date.now() - firstUnrecorded.at);
    }
    for (let i = 1; i < records.length; i++) expect(records[i].at - records[i - 1].at).toBeGreaterThanOrEqual(2000);
    expect(records.length).toBeGreaterThanOrEqual(8);
    expect(worstLag).toBeLessThanOrEqual(3000);
    await session.flush();
    expect(records.at(-1)).toMatchObject({ sessionId: 'sesi-1', words, seconds: 20 });
    expect(new Set(records.map((r) => r.sessionId))).toEqual(new Set(['sesi-1']));
  });

  it('counts only the words added since it began, and pages only when words were added', async () => {
    vi.useFakeTimers();
    const { session, records } = setup({ initial: draft(100), initialPages: 2 });
    session.layout(3);
    session.saved(draft(100));
    await vi.advanceTimersByTimeAsync(5000);
    expect(records).toEqual([]);
    session.saved(draft(130));
    await session.flush();
    expect(records.at(-1)).toMatchObject({ words: 30, pages: 1 });
    session.saved(draft(90));
    await session.flush();
    expect(records.at(-1)).toMatchObject({ words: 0, pages: 0 });
  });

  it('takes the first layout as the page count at the start when none had run yet', async () => {
    vi.useFakeTimers();
    const { session, records } = setup({ initialPages: null });
    session.layout(4);
    session.saved(draft(300));
    session.layout(5);
    await session.flush();
    expect(records.at(-1)).toMatchObject({ words: 300, pages: 1 });
  });

  it('records time spent without words once a minute has passed, on the heartbeat', async () => {
    vi.useFakeTimers();
    const { session, records } = setup();
    await vi.advanceTimersByTimeAsync(59_000);
    await session.flush();
    expect(records).toEqual([]);
    // The heartbeat (every 30 s) records from the first minute on.
    await vi.advanceTimersByTimeAsync(31_000);
    expect(records).toEqual([expect.objectContaining({ words: 0, seconds: 60 }), expect.objectContaining({ words: 0, seconds: 90 })]);
    await session.end();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(records).toHaveLength(3);
    expect(records.at(-1)).toMatchObject({ seconds: 90 });
  });

  it('does not retry in a loop while the back end is away; the next save records the totals', async () => {
    vi.useFakeTimers();
    let down = true;
    let attempts = 0;
    const { session, records } = setup({ fail: () => (attempts++, down) });
    session.saved(draft(10));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(1);
    down = false;
    session.saved(draft(12));
    await vi.advanceTimersByTimeAsync(2000);
    expect(records).toEqual([expect.objectContaining({ words: 12 })]);
  });

  it('starts a new session at UTC midnight; the days together hold every word', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T23:59:50Z'));
    const { session, records } = setup();
    session.saved(draft(40));
    await session.flush();
    session.saved(draft(55));
    await vi.advanceTimersByTimeAsync(15_000);
    session.saved(draft(70));
    await session.flush();
    const last = new Map(records.map((r) => [r.sessionId, r]));
    expect([...last.keys()]).toEqual(['sesi-1', 'sesi-2']);
    expect(new Date(records.find((r) => r.sessionId === 'sesi-1')!.at).toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(last.get('sesi-1')!.words + last.get('sesi-2')!.words).toBe(70);
    // The 55 words saved at 23:59:50 were recorded (2 s later) before midnight, on their day.
    expect(last.get('sesi-1')!.words).toBe(55);
  });

  it('counts an unchanged element once, from the editor’s shared objects', () => {
    const model = draft(5);
    expect(wordsIn(model)).toBe(8); // the heading's three words and five in the action
    const edited: Screenplay = { ...model, elements: [model.elements[0], { type: 'action', text: 'satu dua' }] };
    expect(wordsIn(edited)).toBe(5);
  });

  it('records, when the page goes, the words of the model the draft’s last save is sending', async () => {
    vi.useFakeTimers();
    const { session, records } = setup();
    session.saved(draft(20));
    await vi.advanceTimersByTimeAsync(2000);
    expect(records.at(-1)).toMatchObject({ words: 20 });
    await session.flush(draft(23));
    expect(records.at(-1)).toMatchObject({ words: 23 });
  });
});
