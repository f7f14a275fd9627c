import { describe, expect, it } from 'vitest';
import { CloseFlow } from '../../../electron/desktop/close-flow.ts';

describe('closing the window flushes the draft first', () => {
  it('holds the first close, asks for a flush, and destroys on the page’s answer', () => {
    const f = new CloseFlow();
    expect(f.closeRequested()).toBe('hold-and-flush');
    expect(f.flushed(true)).toBe('destroy');
    // The destroy itself fires close again: let it through.
    expect(f.closeRequested()).toBe('allow');
    expect(f.timedOut()).toBe('ignore');
  });

  it('a second close while flushing keeps waiting instead of cutting the save short', () => {
    const f = new CloseFlow();
    f.closeRequested();
    expect(f.closeRequested()).toBe('keep-waiting');
    expect(f.state).toBe('flushing');
  });

  it('an answer from another page is ignored; the time limit still closes a hung page', () => {
    const f = new CloseFlow();
    f.closeRequested();
    expect(f.flushed(false)).toBe('ignore');
    expect(f.timedOut()).toBe('destroy');
    expect(f.flushed(true)).toBe('ignore');
  });

  it('an answer nobody asked for does nothing', () => {
    const f = new CloseFlow();
    expect(f.flushed(true)).toBe('ignore');
    expect(f.closeRequested()).toBe('hold-and-flush');
  });
});
