/**
 * The comments margin beside the page. It sits in the page's scroll area, so it scrolls with the
 * script; each card is placed level with the block it is about (layoutMargin keeps cards from
 * overlapping). `top` (headings, filters, forms) stays above the placed cards and is kept short so
 * it does not push them off their lines; `bottom` (general notes, detached comments: nothing to
 * stand beside) follows the last card.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { blockOf } from './dom-text.ts';
import { layoutMargin } from './margin-layout.ts';
import './review.css';

export interface PlacedCard {
  key: string;
  /** The block the card stands beside. */
  elementId: string | null;
  node: ReactNode;
}

const GAP = 8;
/** Layout key of the bottom section: it goes after every card. */
const TAIL = '\u0000tail';

function sameTops(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (Math.abs((b.get(k) ?? -1) - v) > 0.5) return false;
  return true;
}

export function CommentsMargin({ label, top, cards, bottom }: { label: string; top: ReactNode; cards: readonly PlacedCard[]; bottom?: ReactNode }) {
  const root = useRef<HTMLElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const tail = useRef<HTMLDivElement>(null);
  const cardEls = useRef(new Map<string, HTMLDivElement>());
  const [tops, setTops] = useState<Map<string, number>>(new Map());
  const [, setTick] = useState(0);
  const keys = cards.map((c) => c.key).join('\u0000');

  // The page grows as lines are added and cards grow as replies open: measure again then.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setTick((n) => n + 1));
    const editor = el.parentElement?.querySelector('[data-testid="script-editor"]');
    if (editor) ro.observe(editor);
    if (flow.current) ro.observe(flow.current);
    if (tail.current) ro.observe(tail.current);
    for (const card of cardEls.current.values()) ro.observe(card);
    return () => ro.disconnect();
  }, [keys]);

  // Measured after every render, before paint; state only changes when a card really moves.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- measures after every render on purpose; setTops keeps the old map unless a card moved, so it settles
  useLayoutEffect(() => {
    const el = root.current;
    const editor = el?.parentElement?.querySelector('[data-testid="script-editor"]');
    if (!el || !editor) return;
    const base = el.getBoundingClientRect().top;
    const items = cards.map((c) => {
      const text = c.elementId ? blockOf(editor, c.elementId)?.querySelector('.block-text') : null;
      return { key: c.key, anchorTop: text ? text.getBoundingClientRect().top - base : null, height: cardEls.current.get(c.key)?.offsetHeight ?? 0 };
    });
    const start = flow.current ? flow.current.offsetTop + flow.current.offsetHeight + GAP : 0;
    const next = layoutMargin([...items, { key: TAIL, anchorTop: null, height: tail.current?.offsetHeight ?? 0 }], start, GAP);
    setTops((prev) => (sameTops(prev, next) ? prev : next));
  });

  const tailTop = tops.get(TAIL) ?? 0;
  let end = tailTop + (tail.current?.offsetHeight ?? 0);
  for (const c of cards) end = Math.max(end, (tops.get(c.key) ?? 0) + (cardEls.current.get(c.key)?.offsetHeight ?? 0));

  return (
    <aside ref={root} className="comments-margin" aria-label={label} data-testid="comments-margin" style={{ minHeight: end + GAP }}>
      <div ref={flow} className="margin-flow">
        {top}
      </div>
      {cards.map((c) => {
        const y = tops.get(c.key);
        return (
          <div
            key={c.key}
            className="margin-slot"
            ref={(node) => {
              if (node) cardEls.current.set(c.key, node);
              else cardEls.current.delete(c.key);
            }}
            style={{ top: y ?? 0, visibility: y === undefined ? 'hidden' : undefined }}
          >
            {c.node}
          </div>
        );
      })}
      <div ref={tail} className="margin-slot margin-tail" style={{ top: tailTop, visibility: tops.has(TAIL) ? undefined : 'hidden' }}>
        {bottom}
      </div>
    </aside>
  );
}
