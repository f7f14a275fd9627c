/** One screenplay element on screen; its page marker, when it starts a page, comes from the PageStore. Memoised. */
import { memo, useContext, type CSSProperties } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { EditorViewContext } from './view-context.ts';

export const Block = memo(function Block({ attributes, children, element }: RenderElementProps) {
  const { pages, styles } = useContext(EditorViewContext);
  const style: CSSProperties = styles[element.type];
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
    >
      <div style={style} className="block-text">
        {element.type === 'scene_heading' && element.sceneNumber ? (
          <span className="scene-number" contentEditable={false}>
            {element.sceneNumber}
          </span>
        ) : null}
        {children}
      </div>
    </div>
  );
});

export const Leaf = memo(function Leaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = children;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.underline) out = <u>{out}</u>;
  if (leaf.spell) out = <span data-spell="error">{out}</span>;
  return <span {...attributes}>{out}</span>;
});
