/** Scene list beside the page: click to jump, drag to reorder (one undo step). */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { listScenes, moveScene } from './scenes.ts';
import type { ScriptBlock } from './types.ts';

/** Memoised: a script of 900 scenes re-lists them after a layout, not whenever the desk renders. */
export const SceneNavigator = memo(function SceneNavigator({ version, readOnly }: { version: number; readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const editor = useSlateStatic();
  // `version` changes after edits; the list is recomputed then, not on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- Slate edits its children in place: `version` is the change counter that says when to recompute
  const scenes = useMemo(() => listScenes(editor.children as ScriptBlock[]), [editor, version]);
  const [dragging, setDragging] = useState<number | null>(null);

  const jump = (start: number) => {
    const point = Editor.start(editor, [start]);
    Transforms.select(editor, point);
    ReactEditor.focus(editor);
    const dom = ReactEditor.toDOMNode(editor, editor.children[start]);
    dom.scrollIntoView({ block: 'center' });
  };

  return (
    <nav className="scene-nav" aria-label={t('scenesPanel')}>
      <h2>{t('scenesPanel')}</h2>
      {scenes.length === 0 && <p className="muted">{t('noScenes')}</p>}
      <ol>
        {scenes.map((s) => (
          <li
            key={s.id}
            draggable={!readOnly}
            onDragStart={() => setDragging(s.index)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) moveScene(editor, dragging, s.index);
              setDragging(null);
            }}
            className={dragging === s.index ? 'dragging' : ''}
          >
            <button type="button" onClick={() => jump(s.start)} data-testid="scene-link">
              <span className="scene-no">{s.number ?? s.index + 1}</span> {s.heading || t('untitledScene')}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
