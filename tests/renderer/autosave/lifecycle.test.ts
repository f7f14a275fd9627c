/** Leaving the page saves now: hidden, pagehide, and beforeunload (which also asks to stay while edits are unsaved). */
import { describe, expect, it } from 'vitest';
import { flushWhenLeaving, type Flushable } from '../../../renderer/autosave/lifecycle.ts';

function page() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return { window: new EventTarget(), document: doc };
}

function work(unsaved: boolean) {
  const w = { flushes: 0, hasUnsaved: unsaved, flush: async () => void w.flushes++ };
  return w satisfies Flushable;
}

describe('flushWhenLeaving', () => {
  it('saves when the page is hidden or hidden away, not when it becomes visible', () => {
    const p = page();
    const w = work(true);
    flushWhenLeaving(p, () => w);
    p.document.dispatchEvent(new Event('visibilitychange'));
    expect(w.flushes).toBe(0);
    p.document.visibilityState = 'hidden';
    p.document.dispatchEvent(new Event('visibilitychange'));
    p.window.dispatchEvent(new Event('pagehide'));
    expect(w.flushes).toBe(2);
  });

  it('asks the browser to keep the page while edits are unsaved, and saves them', () => {
    const p = page();
    let w = work(true);
    flushWhenLeaving(p, () => w);
    const leaving = new Event('beforeunload', { cancelable: true });
    p.window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    expect(w.flushes).toBe(1);
    w = work(false);
    const clean = new Event('beforeunload', { cancelable: true });
    p.window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    expect(w.flushes).toBe(0);
  });

  it('does nothing before the draft is loaded, and nothing once unbound', () => {
    const p = page();
    const w = work(true);
    let current: Flushable | null = null;
    const unbind = flushWhenLeaving(p, () => current);
    p.window.dispatchEvent(new Event('pagehide'));
    current = w;
    unbind();
    p.window.dispatchEvent(new Event('pagehide'));
    p.window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    expect(w.flushes).toBe(0);
  });
});
