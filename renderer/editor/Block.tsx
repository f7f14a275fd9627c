/** One screenplay element on screen, with its page marker when it starts a page. Memoised. */
import { memo, useContext, useSyncExternalStore, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { EditorViewContext } from './view-context.ts';

function PageMarker({ id }: { id: string }) {
  const { pages } = useContext(EditorViewContext);
  const page = useSyncExternalStore(
    (fn) => pages.subscribe(id, fn),
    () => pages.get(id),
  );
  return page ? <PageLabel page={page} /> : null;
}

/**
 * Only blocks that start a page render this, so only they subscribe to i18n: a hook per block of
 * a 12,000-block script measurably slows opening it.
 */
function PageLabel({ page }: { page: number }) {
  const { t } = useTranslation('editor');
  return (
    <div className="page-marker" data-page={page} contentEditable={false} aria-label={t('page', { n: page })}>
      <span>{t('page', { n: page })}</span>
    </div>
  );
}

export const Block = memo(function Block({ attributes, children, element }: RenderElementProps) {
  const { styles } = useContext(EditorViewContext);
  const style: CSSProperties = styles[element.type];
  return (
    <div {...attributes} className={`block block-${element.type}${element.dual ? ' dual' : ''}`} data-element={element.type} data-id={element.id}>
      <PageMarker id={element.id} />
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
  return <span {...attributes}>{out}</span>;
});
