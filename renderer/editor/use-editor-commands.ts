/**
 * The page's commands — undo, redo, find, the element types, marks, dual dialogue and the side
 * panels — registered for the editor's life, so the toolbar, the menu, the palette and the key
 * map all do exactly what the editor's own keys do (keys.ts). The editor also tells the registry
 * it is on screen, whether it can be edited, and which of its panels are open.
 */
import { useEffect } from 'react';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { ELEMENT_COMMANDS } from '../../shared/commands/command-list.ts';
import type { ElementType } from '../../shared/screenplay/model.ts';
import { commands } from '../commands/registry.ts';
import { useCommandArea } from '../commands/use-commands.ts';
import { toggleDual, toggleMark } from './keys.ts';
import type { ScreenplayEditor } from './types.ts';
import { currentBlock, setBlockType } from './with-screenplay.ts';

type Panel = 'none' | 'find' | 'title' | 'coach';

export interface EditorCommandOptions {
  readOnly: boolean;
  panel: Panel;
  setPanel(panel: Panel): void;
  showScenes: boolean;
  setShowScenes(shown: boolean): void;
}

const typeOf = (id: (typeof ELEMENT_COMMANDS)[number]) => id.slice('format.'.length) as ElementType;

export function useEditorCommands(editor: ScreenplayEditor, o: EditorCommandOptions): void {
  // Editing runs on the page: the caret comes back to it first (a menu or the palette had the focus).
  const onPage = (fn: () => void) => () => {
    ReactEditor.focus(editor);
    fn();
  };
  const setType = (id: (typeof ELEMENT_COMMANDS)[number]) =>
    onPage(() => {
      const entry = currentBlock(editor);
      if (entry) setBlockType(editor, entry[1], typeOf(id));
    });
  const toggle = (panel: Exclude<Panel, 'none'>) => () => o.setPanel(o.panel === panel ? 'none' : panel);

  useCommandArea('editor', {
    'edit.undo': onPage(() => HistoryEditor.undo(editor)),
    'edit.redo': onPage(() => HistoryEditor.redo(editor)),
    'edit.find': toggle('find'),
    'edit.replace': () => o.setPanel('find'),
    'format.scene_heading': setType('format.scene_heading'),
    'format.action': setType('format.action'),
    'format.character': setType('format.character'),
    'format.parenthetical': setType('format.parenthetical'),
    'format.dialogue': setType('format.dialogue'),
    'format.transition': setType('format.transition'),
    'format.shot': setType('format.shot'),
    'format.bold': onPage(() => toggleMark(editor, 'bold')),
    'format.italic': onPage(() => toggleMark(editor, 'italic')),
    'format.underline': onPage(() => toggleMark(editor, 'underline')),
    'format.dual': onPage(() => toggleDual(editor)),
    'view.scenes': () => o.setShowScenes(!o.showScenes),
    'view.coach': toggle('coach'),
    'view.titlePage': toggle('title'),
  });

  const { readOnly, panel, showScenes } = o;
  useEffect(() => {
    commands.setState({ editor: true, editable: !readOnly });
    return () => commands.setState({ editor: false, editable: false });
  }, [readOnly]);
  useEffect(() => {
    commands.setPanels('editor', [...(showScenes ? (['scenes'] as const) : []), ...(panel === 'none' ? [] : [panel])]);
    return () => commands.setPanels('editor', []);
  }, [panel, showScenes]);
}
