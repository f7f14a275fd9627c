/**
 * Comment highlights painted with the CSS Custom Highlight API: ranges are drawn over the page
 * without touching Slate's document or re-rendering blocks (styles in review.css). Where the API
 * is missing, the margin still works; the text is just not tinted.
 */
export type HighlightName = 'review-comment' | 'review-active' | 'review-pending';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistry | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

export function paintHighlight(name: HighlightName, ranges: readonly Range[]): void {
  const reg = registry();
  if (!reg) return;
  if (ranges.length === 0) {
    reg.delete(name);
    return;
  }
  const Ctor = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  reg.set(name, new Ctor(...ranges));
}

export function clearHighlights(): void {
  const reg = registry();
  for (const name of ['review-comment', 'review-active', 'review-pending']) reg?.delete(name);
}
