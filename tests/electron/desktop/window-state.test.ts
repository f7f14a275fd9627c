import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, layoutKey, rememberWindow, restoreWindow, type DisplayInfo } from '../../../electron/desktop/window-state.ts';

const LAPTOP: DisplayInfo = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const MONITOR: DisplayInfo = { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };
const LEFT_MONITOR: DisplayInfo = { id: 3, workArea: { x: -1920, y: 0, width: 1920, height: 1080 } };

describe('restoreWindow', () => {
  it('first run: the default size, centred on the primary display', () => {
    expect(restoreWindow(undefined, [LAPTOP], 1)).toEqual({ bounds: { x: 80, y: 33, width: DEFAULT_SIZE.width, height: 860 }, maximized: false });
    // A small screen: shrunk to fit its work area.
    const small = { id: 9, workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    expect(restoreWindow(null, [small], 9).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });

  it('puts the window back where it was, maximised or not, on the same displays', () => {
    const placement = { bounds: { x: 1600, y: 100, width: 1400, height: 1000 }, maximized: true, displayId: 2 };
    const saved = rememberWindow(undefined, [LAPTOP, MONITOR], placement);
    expect(restoreWindow(saved, [MONITOR, LAPTOP], 1)).toEqual({ bounds: placement.bounds, maximized: true });
  });

  it('each display arrangement keeps its own place', () => {
    let saved = rememberWindow(undefined, [LAPTOP], { bounds: { x: 10, y: 40, width: 1200, height: 800 }, maximized: false, displayId: 1 });
    saved = rememberWindow(saved, [LAPTOP, MONITOR], { bounds: { x: 2000, y: 50, width: 1800, height: 1200 }, maximized: false, displayId: 2 });
    expect(restoreWindow(saved, [LAPTOP], 1).bounds).toEqual({ x: 10, y: 40, width: 1200, height: 800 });
    expect(restoreWindow(saved, [LAPTOP, MONITOR], 1).bounds).toEqual({ x: 2000, y: 50, width: 1800, height: 1200 });
  });

  it('a window whose display was unplugged comes back on the primary display, at its size shrunk to fit', () => {
    // Last placed on the monitor; this arrangement (laptop alone) was never seen before.
    const saved = rememberWindow(undefined, [LAPTOP, MONITOR], { bounds: { x: 2000, y: 50, width: 1800, height: 1200 }, maximized: true, displayId: 2 });
    expect(restoreWindow(saved, [LAPTOP], 1)).toEqual({ bounds: { x: 0, y: 25, width: 1440, height: 875 }, maximized: true });
  });

  it('off-screen (negative coordinates of a gone left monitor, or only a sliver visible) is brought back', () => {
    const left = rememberWindow(undefined, [LEFT_MONITOR, LAPTOP], { bounds: { x: -1500, y: 100, width: 1000, height: 700 }, maximized: false, displayId: 3 });
    expect(restoreWindow(left, [LAPTOP], 1).bounds).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
    // Only 50 px of the title bar on screen: not enough to grab it.
    const sliver = { last: { bounds: { x: 1390, y: 100, width: 800, height: 600 }, maximized: false, displayId: 1 }, byLayout: {} };
    expect(restoreWindow(sliver, [LAPTOP], 1).bounds).toEqual({ x: 320, y: 163, width: 800, height: 600 });
    // Title bar above the top of every display.
    const above = { last: { bounds: { x: 100, y: -400, width: 800, height: 600 }, maximized: false, displayId: 1 }, byLayout: {} };
    expect(restoreWindow(above, [LAPTOP], 1).bounds.y).toBe(163);
    // Straddling two displays is fine as long as the title bar can be reached.
    const straddle = { last: { bounds: { x: 1000, y: 100, width: 1200, height: 700 }, maximized: false, displayId: 1 }, byLayout: {} };
    expect(restoreWindow(straddle, [LAPTOP, MONITOR], 1).bounds).toEqual({ x: 1000, y: 100, width: 1200, height: 700 });
  });

  it('a damaged stored value counts as none; no display at all still gives a window', () => {
    expect(restoreWindow({ last: { bounds: { x: 'a' } } }, [LAPTOP], 1).bounds.width).toBe(DEFAULT_SIZE.width);
    expect(restoreWindow('junk', [LAPTOP], 1).maximized).toBe(false);
    expect(restoreWindow(undefined, [], 1)).toEqual({ bounds: { x: 0, y: 0, ...DEFAULT_SIZE }, maximized: false });
  });

  it('remembers at most eight arrangements, keeping the newest', () => {
    let saved: unknown;
    for (let i = 0; i < 10; i++) {
      const d = { id: 100 + i, workArea: { x: 0, y: 0, width: 1000 + i, height: 800 } };
      saved = rememberWindow(saved, [d], { bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: false, displayId: d.id });
    }
    const keys = Object.keys((saved as { byLayout: object }).byLayout);
    expect(keys).toHaveLength(8);
    expect(keys.at(-1)).toBe(layoutKey([{ id: 109, workArea: { x: 0, y: 0, width: 1009, height: 800 } }]));
  });
});
