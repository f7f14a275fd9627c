/** Closing the desktop window: every registered flusher runs, then "flushed" is sent — once, after all of them, even if one fails. */
import { afterEach, describe, expect, it } from 'vitest';
import { answerFlushRequests, registerFlusher } from '../../../renderer/autosave/flush-on-close.ts';

type Listener = (payload: unknown) => void;
const g = globalThis as unknown as { window?: unknown };

afterEach(() => {
  delete g.window;
});

describe('flush on close', () => {
  it('answers a flush request after all flushers settle', async () => {
    const listeners = new Map<string, Listener>();
    let flushed = 0;
    let answered!: () => void;
    const answer = new Promise<void>((resolve) => (answered = resolve));
    g.window = {
      naskah: {
        on: (event: string, cb: Listener) => (listeners.set(event, cb), () => listeners.delete(event)),
        flushed: () => {
          flushed++;
          answered();
        },
        invoke: async () => ({ ok: true, result: null }),
      },
    };
    const order: string[] = [];
    let finishA!: () => void;
    const offA = registerFlusher(() => new Promise<void>((resolve) => (finishA = () => (order.push('a'), resolve()))));
    const offB = registerFlusher(async () => {
      order.push('b');
      throw new Error('disk full');
    });
    const stop = answerFlushRequests();
    listeners.get('flush-request')!(undefined);
    // A is still saving: no answer yet, although B has already failed.
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['b']);
    expect(flushed).toBe(0);
    finishA();
    await answer;
    expect(order).toEqual(['b', 'a']);
    expect(flushed).toBe(1);
    offA();
    offB();
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe('flushAll (before New, Open and a recent script replace the open one)', () => {
  it('runs every flusher and settles even when one fails', async () => {
    const { flushAll } = await import('../../../renderer/autosave/flush-on-close.ts');
    const ran: string[] = [];
    const offA = registerFlusher(async () => void ran.push('a'));
    const offB = registerFlusher(async () => {
      ran.push('b');
      throw new Error('disk full');
    });
    await expect(flushAll()).resolves.toBeUndefined();
    expect(ran.sort()).toEqual(['a', 'b']);
    offA();
    offB();
  });
});
