/**
 * Where the window opens: the size, position and maximised state it had when it last closed, per
 * display arrangement (the laptop alone and the laptop at its desk monitor each keep their own),
 * corrected against the displays there are now — a window whose display was unplugged, or that
 * would open off-screen, comes back on the primary display at its old size (shrunk to fit).
 * Pure: main.ts passes Electron's screen values and stores the result in the settings table.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  workArea: Rect;
}

const rectSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });
const placementSchema = z.object({ bounds: rectSchema, maximized: z.boolean(), displayId: z.number().int() });
export type Placement = z.infer<typeof placementSchema>;

export const windowStateSchema = z.object({
  last: placementSchema.optional(),
  byLayout: z.record(z.string().max(400), placementSchema),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 640, height: 480 } as const;
/** How much of the title bar must be on a display for the window to be reachable (grab and move it). */
const GRIP = { width: 120, height: 32 } as const;
/** Arrangements remembered; the oldest goes first. */
const MAX_LAYOUTS = 8;

/** The key of a display arrangement: each display's id and work area, in a fixed order. */
export function layoutKey(displays: readonly DisplayInfo[]): string {
  return [...displays]
    .sort((a, b) => a.id - b.id)
    .map((d) => `${d.id}:${d.workArea.x},${d.workArea.y},${d.workArea.width}x${d.workArea.height}`)
    .join('|');
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** Whether the window's title bar can be reached on some display. */
function reachable(bounds: Rect, displays: readonly DisplayInfo[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRIP.height };
  return displays.some((d) => {
    const o = overlap(titleBar, d.workArea);
    return o.width >= Math.min(GRIP.width, bounds.width) && o.height >= GRIP.height / 2;
  });
}

function fitSize(size: { width: number; height: number }, area: Rect) {
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fitSize(size, area);
  return { x: area.x + Math.round((area.width - fitted.width) / 2), y: area.y + Math.round((area.height - fitted.height) / 2), ...fitted };
}

export interface Decision {
  bounds: Rect;
  maximized: boolean;
}

/** The bounds to open with. `saved` is whatever was stored (validated here: anything else counts as nothing). */
export function restoreWindow(saved: unknown, displays: readonly DisplayInfo[], primaryId: number): Decision {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  const parsed = windowStateSchema.safeParse(saved);
  const state = parsed.success ? parsed.data : { byLayout: {} };
  const placement = state.byLayout[layoutKey(displays)] ?? state.last;
  if (!primary) return { bounds: { x: 0, y: 0, ...DEFAULT_SIZE }, maximized: placement?.maximized ?? false };
  if (!placement) return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximized: false };
  const { bounds, maximized } = placement;
  if (reachable(bounds, displays)) {
    // On screen: as it was, only never larger than the display it is on.
    const home = displays.find((d) => d.id === placement.displayId) ?? primary;
    return { bounds: { x: bounds.x, y: bounds.y, ...fitSize(bounds, home.workArea) }, maximized };
  }
  // Its display is gone or it would open out of reach: on the display it was on if that is still there, else the primary one.
  const home = displays.find((d) => d.id === placement.displayId) ?? primary;
  return { bounds: centred(bounds, home.workArea), maximized };
}

/** The stored state after the window closes with `placement` on the displays there are now. */
export function rememberWindow(saved: unknown, displays: readonly DisplayInfo[], placement: Placement): WindowState {
  const parsed = windowStateSchema.safeParse(saved);
  const byLayout = { ...(parsed.success ? parsed.data.byLayout : {}) };
  const key = layoutKey(displays);
  delete byLayout[key];
  byLayout[key] = placement;
  const keys = Object.keys(byLayout);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_LAYOUTS))) delete byLayout[old];
  return { last: placement, byLayout };
}
