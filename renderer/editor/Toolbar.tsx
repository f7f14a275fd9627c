/**
 * The element-type picker and the command buttons above the page. Each button runs its command
 * through the registry (toolbar-commands.ts lists them), exactly as the menu and the palette do.
 * Memoised: the desk re-renders after each layout (page count, scene list), and this bar's
 * translated labels need not follow it.
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Element } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import type { CommandId } from '../../shared/commands/command-list.ts';
import { ELEMENT_TYPES, type ElementType } from '../../shared/screenplay/model.ts';
import { commands } from '../commands/registry.ts';
import { TOOLBAR_LEFT, TOOLBAR_RIGHT } from './toolbar-commands.ts';
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
  scenesShown: boolean;
  /** The side panel open now: its button shows as pressed (and says so to screen readers). */
  panel: 'none' | 'find' | 'title' | 'coach';
  readOnly: boolean;
  /** Script-wide tools placed after undo/redo (scene number lock, rename). */
  tools?: ReactNode;
  /** More controls before the panel buttons (revision mode). */
  extra?: ReactNode;
}

interface ButtonLook {
  content: ReactNode;
  title?: string;
  label?: string;
  pressed?: boolean;
  testId?: string;
  /** Editing buttons are off in a read-only view. */
  edits?: boolean;
}

export const Toolbar = memo(function Toolbar({ scenesShown, panel, readOnly, tools, extra }: ToolbarProps) {
  const { t } = useTranslation('editor');
  const editor = useSlateStatic();
  const type = useSlateSelector((e) => {
    if (!e.selection) return '';
    const above = Editor.above(e, { match: (n) => Element.isElement(n), mode: 'lowest' });
    return above ? (above[0] as { type: ElementType }).type : '';
  });
  const looks: Partial<Record<CommandId, ButtonLook>> = {
    'format.bold': { content: <strong>B</strong>, title: t('bold'), label: t('bold'), edits: true },
    'format.italic': { content: <em>I</em>, title: t('italic'), label: t('italic'), edits: true },
    'format.underline': { content: <u>U</u>, title: t('underline'), label: t('underline'), edits: true },
    'format.dual': { content: t('dual'), title: t('dualHint'), edits: true },
    'edit.undo': { content: t('undo'), title: t('undo'), edits: true },
    'edit.redo': { content: t('redo'), title: t('redo'), edits: true },
    'view.scenes': { content: t('scenesPanel'), pressed: scenesShown, testId: 'toggle-scenes' },
    'view.coach': { content: t('coach.open'), pressed: panel === 'coach', testId: 'open-coach' },
    'edit.find': { content: t('find'), pressed: panel === 'find', title: t('findHint') },
    'view.titlePage': { content: t('titlePage'), pressed: panel === 'title' },
  };
  const button = (id: CommandId) => {
    const look = looks[id]!;
    return (
      <button
        key={id}
        type="button"
        disabled={look.edits ? readOnly : false}
        onClick={() => commands.run(id)}
        title={look.title}
        aria-label={look.label}
        aria-pressed={look.pressed}
        data-testid={look.testId}
        data-command={id}
      >
        {look.content}
      </button>
    );
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
      {TOOLBAR_LEFT.map(button)}
      {tools}
      {extra}
      <span className="spacer" />
      {TOOLBAR_RIGHT.map(button)}
    </div>
  );
});
