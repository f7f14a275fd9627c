/**
 * Scene list beside the page: click to jump, drag or the reorder chord (Alt+↑/↓; Ctrl+Option+↑/↓
 * on macOS) to reorder (one undo step). It is re-read after each layout (the debounced pass after
 * an idle pause, use-layout.ts), so headings typed, renamed or deleted show within a moment; the
 * scene holding the caret is marked (aria-current) and kept in view in the list.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { moveDirection } from '../cards/move-keys.ts';
import { mountAllChunks } from './chunk-mount.tsx';
import { listScenes, moveScene, sameScenes, sceneHeadingAt, sceneIndexOf, stepScene, type SceneInfo } from './scenes.ts';
import type { ScriptBlock } from './types.ts';

/** Memoised: a script of 900 scenes re-lists them after a layout, not whenever the desk renders. */
export const SceneNavigator = memo(function SceneNavigator({ version, readOnly }: { version: number; readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const editor = useSlateStatic();
  // `version` changes after edits; the list is recomputed then, not on every render, and kept
  // (the same array) when it shows what it showed: typing inside a scene re-renders no row.
  const shown = useRef<SceneInfo[] | null>(null);
  const scenes = useMemo(() => {
    const next = listScenes(editor.children as ScriptBlock[]);
    return shown.current && sameScenes(shown.current, next) ? shown.current : next;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Slate edits its children in place: `version` is the change counter that says when to recompute
  }, [editor, version]);
  useEffect(() => {
    shown.current = scenes;
  }, [scenes]);
  // The caret's scene: looked up on each change (a walk back to the nearest heading), and the list
  // re-renders only when it is another scene. A script without scenes skips the walk.
  const anyScenes = useRef(false);
  anyScenes.current = scenes.length > 0;
  const caretScene = useSlateSelector(
    useCallback((e: Editor) => (anyScenes.current && e.selection ? sceneHeadingAt(e.children as ScriptBlock[], e.selection.focus.path[0]) : null), []),
  );
  // The dragged scene by id: places are looked up when it is dropped (sceneIndexOf), not when the list was drawn.
  const [dragging, setDragging] = useState<string | null>(null);
  // A scene moved by keys keeps the focus once the list has been re-read (React moving a node drops it).
  const refocus = useRef<string | null>(null);
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!refocus.current) return;
    list.current?.querySelector<HTMLElement>(`[data-scene-id="${refocus.current}"]`)?.focus();
    refocus.current = null;
  }, [scenes]);
  // The caret's scene stays in view in the list (scrolling the list only, never the page).
  useEffect(() => {
    const nav = list.current;
    const item = caretScene ? nav?.querySelector<HTMLElement>(`[data-scene-id="${caretScene}"]`) : null;
    if (!nav || !item) return;
    const box = nav.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    if (at.top < box.top) nav.scrollTop -= box.top - at.top + at.height;
    else if (at.bottom > box.bottom) nav.scrollTop += at.bottom - box.bottom + at.height;
  }, [caretScene, scenes]);

  const jump = (start: number) => {
    const point = Editor.start(editor, [start]);
    Transforms.select(editor, point);
    ReactEditor.focus(editor);
    mountAllChunks(editor);
    const dom = ReactEditor.toDOMNode(editor, editor.children[start]);
    dom.scrollIntoView({ block: 'center' });
  };

  return (
    <nav className="scene-nav" ref={list} aria-label={t('scenesPanel')}>
      <h2>{t('scenesPanel')}</h2>
      {scenes.length === 0 && <p className="muted">{t('noScenes')}</p>}
      <ol>
        {scenes.map((s) => (
          <li
            key={s.id}
            draggable={!readOnly}
            onDragStart={() => setDragging(s.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const blocks = editor.children as ScriptBlock[];
              const from = dragging === null ? -1 : sceneIndexOf(blocks, dragging);
              const to = sceneIndexOf(blocks, s.id);
              if (from >= 0 && to >= 0) moveScene(editor, from, to);
              setDragging(null);
            }}
            className={dragging === s.id ? 'dragging' : ''}
          >
            <button
              type="button"
              onClick={() => jump(s.start)}
              data-testid="scene-link"
              data-scene-id={s.id}
              aria-current={s.id === caretScene ? 'location' : undefined}
              onKeyDown={(e) => {
                const direction = readOnly ? null : moveDirection(e);
                if (!direction) return;
                e.preventDefault();
                // The index cards' walk (stepScene), so a section heading between two scenes is one
                // place of its own: the scene stops at the end of the act above before passing the next scene.
                // Its place now, not the list's: a second press before the list is re-read would
                // otherwise move the neighbour that took its old place.
                const index = sceneIndexOf(editor.children as ScriptBlock[], s.id);
                if (index >= 0 && stepScene(editor, index, direction)) refocus.current = s.id;
              }}
            >
              <span className="scene-no">{s.number ?? s.index + 1}</span> {s.heading || t('untitledScene')}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
