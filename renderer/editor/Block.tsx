/**
 * One screenplay element on screen. Its marks on the page (page start, sheet edge, automatic
 * CONT'D, scene number, dual column) are painted onto it by the PageStore; a page that starts
 * inside it is drawn by its text leaf (PageTurnMark). Memoised: a layout re-renders no block.
 */
import { memo, useContext } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { PageTurnMark } from './PageTurnMark.tsx';
import { EditorViewContext } from './view-context.ts';
import { blockRevision } from './revisions/with-revision-mode.ts';

export const Block = memo(function Block({ attributes, children, element }: RenderElementProps) {
  const { pages } = useContext(EditorViewContext);
  const revision = blockRevision(element.children);
  return (
    <div
      {...attributes}
      // Slate's ref, and the page store's: React 19 calls the returned cleanup instead of ref(null),
      // so the cleanup hands Slate its null.
      ref={(el: HTMLDivElement | null) => {
        attributes.ref(el);
        if (!el) return;
        const detach = pages.attach(element.id, el);
        return () => {
          detach();
          attributes.ref(null);
        };
      }}
      className={`block block-${element.type}${element.dual ? ' dual' : ''}`}
      data-element={element.type}
      data-id={element.id}
      data-revision={revision || undefined}
    >
      <div className="block-text">
        {children}
      </div>
    </div>
  );
});

export const Leaf = memo(function Leaf({ attributes, children, leaf, leafPosition }: RenderLeafProps) {
  let out = children;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.underline) out = <u>{out}</u>;
  if (leaf.spell) out = <span data-spell="error">{out}</span>;
  return (
    <span {...attributes} data-revision={leaf.revision}>
      {/* A leaf of its text node alone has no position; of several, only the one where the page starts draws the turn (page-turns.ts). */}
      {leaf.pageTurn && (leafPosition === undefined || leafPosition.start === leaf.pageTurnAt) ? <PageTurnMark turn={leaf.pageTurn} /> : null}
      {out}
    </span>
  );
});
