/** The element-type picker and commands above the page. Reads the caret's block type only. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Element } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { ELEMENT_TYPES, type ElementType } from '../../shared/screenplay/model.ts';
import { toggleDual, toggleMark } from './keys.ts';
import { currentBlock, setBlockType } from './with-screenplay.ts';

const SHORTCUT: Partial<Record<ElementType, string>> = {
  scene_heading: '1',
  action: '2',
  character: '3',
  parenthetical: '4',
  dialogue: '5',
  transition: '6',
  shot: '7',
};

interface ToolbarProps {
  onFind(): void;
  onTitlePage(): void;
  onCoach(): void;
  onScenes(): void;
  scenesShown: boolean;
  /** The side panel open now: its button shows as pressed (and says so to screen readers). */
  panel: 'none' | 'find' | 'title' | 'coach';
  readOnly: boolean;
  /** More controls before the panel buttons (revision mode). */
  extra?: ReactNode;
}

export function Toolbar({ onFind, onTitlePage, onCoach, onScenes, scenesShown, panel, readOnly, extra }: ToolbarProps) {
  const { t } = useTranslation('editor');
  const editor = useSlateStatic();
  const type = useSlateSelector((e) => {
    if (!e.selection) return '';
    const above = Editor.above(e, { match: (n) => Element.isElement(n), mode: 'lowest' });
    return above ? (above[0] as { type: ElementType }).type : '';
  });
  const run = (fn: () => void) => () => {
    fn();
    ReactEditor.focus(editor);
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      <label className="type-picker">
        <span className="visually-hidden">{t('elementType')}</span>
        <select
          value={type}
          disabled={readOnly || !type}
          data-testid="element-type"
          onChange={(e) => {
            const entry = currentBlock(editor);
            if (entry) setBlockType(editor, entry[1], e.target.value as ElementType);
            ReactEditor.focus(editor);
          }}
        >
          {!type && <option value="">—</option>}
          {ELEMENT_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`types.${ty}`)}
              {SHORTCUT[ty] ? `  (Ctrl+${SHORTCUT[ty]})` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={readOnly} onClick={run(() => toggleMark(editor, 'bold'))} title={t('bold')} aria-label={t('bold')}>
        <strong>B</strong>
      </button>
      <button type="button" disabled={readOnly} onClick={run(() => toggleMark(editor, 'italic'))} title={t('italic')} aria-label={t('italic')}>
        <em>I</em>
      </button>
      <button type="button" disabled={readOnly} onClick={run(() => toggleMark(editor, 'underline'))} title={t('underline')} aria-label={t('underline')}>
        <u>U</u>
      </button>
      <button type="button" disabled={readOnly} onClick={run(() => toggleDual(editor))} title={t('dualHint')}>
        {t('dual')}
      </button>
      <button type="button" disabled={readOnly} onClick={run(() => HistoryEditor.undo(editor))} title={t('undo')}>
        {t('undo')}
      </button>
      <button type="button" disabled={readOnly} onClick={run(() => HistoryEditor.redo(editor))} title={t('redo')}>
        {t('redo')}
      </button>
      {extra}
      <span className="spacer" />
      <button type="button" onClick={onScenes} aria-pressed={scenesShown} data-testid="toggle-scenes">
        {t('scenesPanel')}
      </button>
      <button type="button" onClick={onCoach} aria-pressed={panel === 'coach'} data-testid="open-coach">
        {t('coach.open')}
      </button>
      <button type="button" onClick={onFind} aria-pressed={panel === 'find'} title={t('findHint')}>
        {t('find')}
      </button>
      <button type="button" onClick={onTitlePage} aria-pressed={panel === 'title'}>
        {t('titlePage')}
      </button>
    </div>
  );
}
