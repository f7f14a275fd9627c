import { describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../../renderer/autosave/autosave.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';

const model = (text: string): Screenplay => ({ version: 1, titlePage: [], elements: [{ type: 'action', text }] });

function setup(save: (s: Screenplay, base: number) => Promise<{ revision: number }>) {
  vi.useFakeTimers();
  const states: SaveState[] = [];
  const a = new Autosave({ revision: 0, save, onState: (s) => states.push(s), delayMs: 600 });
  return { a, states };
}

describe('Autosave', () => {
  it('saves once after typing pauses, with the whole latest model', async () => {
    const saved: string[] = [];
    const { a, states } = setup(async (s, base) => {
      saved.push(`${s.elements[0].text}@${base}`);
      return { revision: base + 1 };
    });
    a.edit(() => model('a'));
    await vi.advanceTimersByTimeAsync(100);
    a.edit(() => model('ab'));
    await vi.advanceTimersByTimeAsync(599);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab@0']);
    expect(states).toEqual(['unsaved', 'unsaved', 'saving', 'saved']);
  });

  it('saves during continuous typing at least every 800 ms (the maximum wait), never more than 1 s of edits unsaved', async () => {
    // Keys 40–90 ms apart for 9 s, never a pause long enough for the debounce; each save takes
    // 15 ms to commit (a deferred promise resolved by a timer, as a real round trip would).
    vi.useFakeTimers();
    const landed: { at: number; text: string }[] = [];
    const a = new Autosave({
      revision: 0,
      onState: () => {},
      save: (s, base) =>
        new Promise((resolve) =>
          setTimeout(() => {
            landed.push({ at: Date.now(), text: s.elements[0].text });
            resolve({ revision: base + 1 });
          }, 15),
        ),
    });
    const start = Date.now();
    const typed: { at: number; text: string }[] = [];
    let text = '';
    for (let i = 0; Date.now() - start < 9000; i++) {
      text += String.fromCharCode(97 + (i % 26));
      const snapshot = text;
      typed.push({ at: Date.now(), text: snapshot });
      a.edit(() => model(snapshot));
      await vi.advanceTimersByTimeAsync(40 + ((i * 37) % 51));
    }
    const end = Date.now();
    expect(landed.length).toBeGreaterThanOrEqual(9);
    // Between landings, and from the first key to the first landing, never more than a second.
    const times = [start, ...landed.map((l) => l.at)];
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1], `gap before save ${i}`).toBeLessThanOrEqual(1000);
    // If the renderer died now, the store would lack only the keys typed after the last save began.
    const last = landed.at(-1)!;
    const firstMissing = typed.find((k) => k.text.length > last.text.length);
    expect(end - (firstMissing?.at ?? end)).toBeLessThanOrEqual(1000);
    expect(a.state).not.toBe('saved');
    await vi.advanceTimersByTimeAsync(700);
    expect(landed.at(-1)!.text).toBe(text);
    expect(a.state).toBe('saved');
  });

  it('after a failure, typing waits for the backoff instead of retrying on every key', async () => {
    let calls = 0;
    const { a } = setup(async () => {
      calls++;
      throw new Error('disk full');
    });
    a.edit(() => model('x'));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toBe(1);
    // Retries 1 s and then 2 s later (backoff: at 1.6 s and 3.6 s), whatever the typing in between.
    for (let t = 0; t < 3100; t += 50) {
      a.edit(() => model(`x${t}`));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(calls).toBe(3);
    expect(a.state).toBe('error');
  });

  it('saves edits made during a save right after it, with the new base revision', async () => {
    const saved: string[] = [];
    let release!: () => void;
    const { a } = setup((s, base) => {
      saved.push(`${s.elements[0].text}@${base}`);
      return base === 0 ? new Promise((r) => (release = () => r({ revision: 1 }))) : Promise.resolve({ revision: base + 1 });
    });
    a.edit(() => model('one'));
    await vi.advanceTimersByTimeAsync(600);
    a.edit(() => model('two'));
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(saved).toEqual(['one@0', 'two@1']);
    expect(a.state).toBe('saved');
  });

  it('keeps edits after a failed save, reports the error, and retries with backoff', async () => {
    let fail = true;
    const saved: string[] = [];
    const { a, states } = setup(async (s, base) => {
      if (fail) throw new Error('disk full');
      saved.push(s.elements[0].text);
      return { revision: base + 1 };
    });
    a.edit(() => model('precious'));
    await vi.advanceTimersByTimeAsync(600);
    expect(a.state).toBe('error');
    expect(a.hasUnsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.filter((s) => s === 'error')).toHaveLength(2);
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['precious']);
    expect(a.state).toBe('saved');
  });

  it('flush saves immediately', async () => {
    const saved: string[] = [];
    const { a } = setup(async (s, base) => {
      saved.push(s.elements[0].text);
      return { revision: base + 1 };
    });
    a.edit(() => model('now'));
    await a.flush();
    expect(saved).toEqual(['now']);
    expect(a.hasUnsaved).toBe(false);
  });

  it('tells a flush that the save failed, and stops retrying when another window saved first', async () => {
    let calls = 0;
    const { a, states } = setup(async () => {
      calls++;
      throw Object.assign(new Error('stale'), { code: 'library.stale_draft' });
    });
    a.edit(() => model('mine'));
    expect(await a.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(120_000);
    // No retry loop: retrying a stale draft could only fail again (or overwrite the other window).
    expect(calls).toBe(1);
    expect(a.hasUnsaved).toBe(true);
  });

  it('stops for good once disposed (a restored snapshot hands over to a new instance)', async () => {
    let calls = 0;
    const { a } = setup(async () => {
      calls++;
      throw new Error('disk full');
    });
    a.edit(() => model('x'));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toBe(1);
    a.dispose();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toBe(1);
    expect(await a.flush()).toBe(true);
  });
});

