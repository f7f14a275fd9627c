/** Tints the text every comment is about, the active one more strongly, and the mentor's pending selection. */
import { useEffect } from 'react';
import { domRangeFor } from './dom-text.ts';
import { clearHighlights, paintHighlight } from './highlights.ts';

export interface HighlightTarget {
  key: string;
  elementId: string;
  start: number;
  end: number;
}

function editorRoot(): Element | null {
  return document.querySelector('[data-testid="script-editor"]');
}

function ranges(targets: readonly HighlightTarget[]): Range[] {
  const root = editorRoot();
  if (!root) return [];
  return targets.flatMap((t) => {
    const r = t.end > t.start ? domRangeFor(root, t.elementId, t.start, t.end) : null;
    return r ? [r] : [];
  });
}

/** `version` changes when the page's text may have been re-rendered (after an edit), so ranges are rebuilt. */
export function useHighlights(targets: readonly HighlightTarget[], activeKey: string | null, pending: HighlightTarget | null, version = 0): void {
  const signature = JSON.stringify([targets, activeKey, pending, version]);
  useEffect(() => {
    paintHighlight('review-comment', ranges(targets));
    paintHighlight('review-active', ranges(targets.filter((t) => t.key === activeKey)));
    paintHighlight('review-pending', pending ? ranges([pending]) : []);
    // Keyed on content, not identity: callers rebuild the target arrays on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `signature` is the content of targets, activeKey, pending and version
  }, [signature]);
  useEffect(() => clearHighlights, []);
}

/** Brings a block into view, centred, as a click on its comment asks. */
export function showBlock(elementId: string): void {
  const root = editorRoot();
  const block = root ? root.querySelector(`[data-id="${CSS.escape(elementId)}"]`) : null;
  block?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
