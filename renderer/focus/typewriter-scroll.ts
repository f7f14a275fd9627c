/**
 * Typewriter scrolling: while it is on, the page's scroller moves so the caret's line sits at the
 * same height of the window (a little above the middle, where the eye rests) as the writer types,
 * instead of the caret walking down to the window's edge. Runs after each selection change, one
 * frame late so Slate's own scroll-into-view has happened and is then corrected. Only the
 * scroller that holds the caret moves; nothing happens while the selection is outside the page.
 */

/** Where the caret's line is kept: this share of the scroller's visible height from its top. */
export const TYPEWRITER_LINE = 0.45;

/** How far the scroller must move for the caret at `caretY` to sit at the typewriter line (pure). */
export function typewriterDelta(caretY: number, scrollerTop: number, scrollerHeight: number): number {
  return Math.round(caretY - (scrollerTop + scrollerHeight * TYPEWRITER_LINE));
}

function caretRect(doc: Document): DOMRect | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0).cloneRange();
  range.collapse(false);
  const rects = range.getClientRects();
  if (rects.length > 0) return rects[rects.length - 1] ?? null;
  // An empty line has no text rect: its block's box stands in for it.
  const node = range.endContainer;
  const el = node instanceof Element ? node : node.parentElement;
  return el ? el.getBoundingClientRect() : null;
}

/** Starts typewriter scrolling on `doc`'s page scrollers; returns the function that stops it. */
export function startTypewriter(doc: Document, scrollerSelector = '.paper-scroll'): () => void {
  let frame = 0;
  const follow = () => {
    frame = 0;
    const sel = doc.getSelection();
    const anchor = sel?.anchorNode;
    const el = anchor instanceof Element ? anchor : anchor?.parentElement;
    const scroller = el?.closest<HTMLElement>(scrollerSelector);
    const rect = caretRect(doc);
    if (!scroller || !rect) return;
    const box = scroller.getBoundingClientRect();
    const delta = typewriterDelta(rect.top + rect.height / 2, box.top, scroller.clientHeight);
    if (Math.abs(delta) > 1) scroller.scrollTop += delta;
  };
  const onChange = () => {
    if (frame === 0) frame = requestAnimationFrame(follow);
  };
  doc.addEventListener('selectionchange', onChange);
  doc.addEventListener('input', onChange, true);
  return () => {
    doc.removeEventListener('selectionchange', onChange);
    doc.removeEventListener('input', onChange, true);
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}
