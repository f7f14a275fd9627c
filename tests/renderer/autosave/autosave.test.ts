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
    await vi.advanceTimersByTimeAsync(300);
    a.edit(() => model('ab'));
    await vi.advanceTimersByTimeAsync(599);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab@0']);
    expect(states).toEqual(['unsaved', 'unsaved', 'saving', 'saved']);
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

