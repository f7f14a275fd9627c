/**
 * The zoom at which the whole width of the page fits the page area now, measured by the editor
 * whenever that area changes size — the window resized, a panel opened or closed beside it, the
 * review's comment margin — and handed to the shell (AppCommands), which uses it while the zoom is
 * "fit page width" (shell-rules.ts paperZoomOf). A ResizeObserver on the page area only: nothing
 * of it runs while the writer types.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { fitZoom } from '../commands/shell-rules.ts';

/** Room left free on each side of the fitted page, so its edge and shadow stay in sight. */
const SIDE_PX = 12;

let fit: number | null = null;
const listeners = new Set<() => void>();

/** The fitting zoom in percent; null while no page is on screen. */
export function currentFit(): number | null {
  return fit;
}

export function subscribeFit(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(next: number | null): void {
  if (next === fit) return;
  fit = next;
  for (const l of listeners) l();
}

const px = (v: string) => parseFloat(v) || 0;

/** The width free for the page in its area: the area less its padding, the asides beside the page and the gaps to them. */
function roomFor(sheet: HTMLElement, area: HTMLElement): number {
  const style = getComputedStyle(area);
  let room = area.clientWidth - px(style.paddingLeft) - px(style.paddingRight) - 2 * SIDE_PX;
  for (const child of area.children) {
    if (child !== sheet && child.tagName === 'ASIDE') room -= (child as HTMLElement).offsetWidth + px(style.columnGap);
  }
  return room;
}

/**
 * Measures the page held by `paper` against its area (the paper's parent). `pageWidth`: the page
 * width the paper is drawn with (a new paper size or script layout measures again).
 */
export function usePaperFit(paper: RefObject<HTMLElement | null>, pageWidth: string): void {
  useLayoutEffect(() => {
    const sheet = paper.current;
    const area = sheet?.parentElement;
    if (!sheet || !area) return;
    // The computed width is the page's own, before the zoom scales it.
    const measure = () => publish(fitZoom(roomFor(sheet, area), px(getComputedStyle(sheet).width)));
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    for (const child of area.children) if (child.tagName === 'ASIDE') observer.observe(child);
    measure();
    return () => {
      observer.disconnect();
      publish(null);
    };
  }, [paper, pageWidth]);
}
