/** One screenplay element on screen, with its page marker when it starts a page. Memoised. */
import { memo, useContext, useSyncExternalStore, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { EditorViewContext } from './view-context.ts';

function PageMarker({ id }: { id: string }) {
  const { pages } = useContext(EditorViewContext);
  const { t } = useTranslation('editor');
  const page = useSyncExternalStore(
    (fn) => pages.subscribe(id, fn),
    () => pages.get(id),
  );
  if (!page) return null;
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
