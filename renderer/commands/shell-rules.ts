/** The app shell's small decisions, pure for Node tests: theme order, zoom steps, what to reopen at start. */
import type { Settings } from '../../shared/api/settings.ts';
import { ZOOM } from '../../shared/commands/command-list.ts';

const THEMES: Settings['theme'][] = ['light', 'dark', 'contrast'];

export function nextTheme(theme: Settings['theme']): Settings['theme'] {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
}

/** One step of 10 % up or down, landing on the steps again from an odd value, kept within 50–200 %. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const snapped = direction > 0 ? Math.floor(zoom / ZOOM.step) * ZOOM.step + ZOOM.step : Math.ceil(zoom / ZOOM.step) * ZOOM.step - ZOOM.step;
  return Math.min(ZOOM.max, Math.max(ZOOM.min, snapped));
}

/**
 * The script to reopen when the app starts: the one open at the last close, in the desktop app
 * only — and only while the writer has not gone anywhere yet. A browser-mode tab that is reloaded
 * starts at the library, as a web page does (and as the browser-mode tests expect).
 */
export function reopenAtStart(o: { desktop: boolean; lastOpen: string | null; screen: string }): string | null {
  return o.desktop && o.lastOpen && o.screen === 'library' ? o.lastOpen : null;
}
