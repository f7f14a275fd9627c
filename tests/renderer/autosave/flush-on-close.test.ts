/** Closing the desktop window: every registered flusher runs, then "flushed" is sent — once, even if one fails. */
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
    g.window = { naskah: { on: (event: string, cb: Listener) => (listeners.set(event, cb), () => listeners.delete(event)), flushed: () => flushed++, invoke: async () => ({ ok: true, result: null }) } };
    const order: string[] = [];
    const offA = registerFlusher(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('a');
    });
    const offB = registerFlusher(async () => {
      order.push('b');
      throw new Error('disk full');
    });
    const stop = answerFlushRequests();
    listeners.get('flush-request')!(undefined);
    await new Promise((r) => setTimeout(r, 60));
    expect(order.sort()).toEqual(['a', 'b']);
    expect(flushed).toBe(1);
    offA();
    offB();
    stop();
    expect(listeners.size).toBe(0);
  });
});
