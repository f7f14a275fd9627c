/** The app shell's small decisions, pure for Node tests: theme order, zoom steps and fitting, what to reopen at start. */
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
 * The zoom, in whole percent within 50–200 %, at which a page `pagePx` wide (at 100 %) fits in
 * `roomPx`; null when there is nothing to measure (no page on screen).
 */
export function fitZoom(roomPx: number, pagePx: number): number | null {
  if (!(pagePx > 0) || !(roomPx > 0)) return null;
  return Math.min(ZOOM.max, Math.max(ZOOM.min, Math.floor((roomPx / pagePx) * 100)));
}

/**
 * The paper's zoom from the settings and the fitting zoom of the window now (`fit`, null while no
 * page is measured): fit chosen → fit; a zoom picked → that zoom; neither (the first open) → 100 %,
 * or the fitting zoom where 100 % would cut the page.
 */
export function paperZoomOf(settings: Pick<Settings, 'paperZoom' | 'paperFit'>, fit: number | null): number {
  if (settings.paperFit) return fit ?? settings.paperZoom ?? ZOOM.default;
  if (settings.paperZoom !== undefined) return settings.paperZoom;
  return fit === null ? ZOOM.default : Math.min(ZOOM.default, fit);
}

/**
 * The script to reopen when the app starts: the one open at the last close, in the desktop app
 * only — and only while the writer has not gone anywhere yet. A browser-mode tab that is reloaded
 * starts at the library, as a web page does (and as the browser-mode tests expect).
 */
export function reopenAtStart(o: { desktop: boolean; lastOpen: string | null; screen: string }): string | null {
  return o.desktop && o.lastOpen && o.screen === 'library' ? o.lastOpen : null;
}
