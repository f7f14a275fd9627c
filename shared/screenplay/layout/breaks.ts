/**
 * Where pages start inside elements, read off a layout: what the page view needs to draw a page
 * break in the middle of a block, with the "(MORE)" and "NAME (CONT'D)" the PDF prints there.
 */
import type { LayoutResult } from './paginate.ts';

export interface InnerBreak {
  /** The page that starts here. */
  page: number;
  /** The element in which the new page's first text stands. */
  elementIndex: number;
  /** Offset in that element's text where the new page begins (0: the page starts with this element, inside a split speech). */
  offset: number;
  /** Printed at the foot of the page before, e.g. "(MORE)"; absent where action splits. */
  more?: string;
  /** Printed atop the new page, e.g. "SARI (CONT'D)"; absent where action splits. */
  contd?: string;
}

/** Every page that starts with the rest of a split element or speech, in page order. */
export function innerBreaks(layout: LayoutResult): InnerBreak[] {
  const out: InnerBreak[] = [];
  layout.pages.forEach((page, i) => {
    if (!page.continued) return;
    const first = page.lines.find((l) => !l.added && l.start >= 0);
    if (!first) return;
    const before = layout.pages[i - 1]?.lines.at(-1);
    const contd = page.lines.find((l) => l.added === 'contd');
    const brk: InnerBreak = { page: page.number, elementIndex: first.elementIndex, offset: first.start };
    if (before?.added === 'more') brk.more = before.text;
    if (contd) brk.contd = contd.text;
    out.push(brk);
  });
  return out;
}
