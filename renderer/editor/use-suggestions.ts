/**
 * The autocomplete state machine: which suggestions show for the block at the caret, which one is
 * chosen, and the vocabulary (names and places of this script) they are drawn from. The list
 * shows only with the caret at the end of its block; a content change recomputes it, a caret move
 * or leaving the editor hides it; arrows choose, Enter or Tab accepts, Escape dismisses.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../i18n/index.ts';
import { Editor, Node, Transforms } from 'slate';
import { collectVocabulary, suggest, type Suggestion, type Vocabulary } from './autocomplete.ts';
import type { KeyData } from './keys.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';
import { currentBlock } from './with-screenplay.ts';
import { markInserted } from './revisions/mark-inserted.ts';

const NO_SUGGESTIONS: Suggestion[] = [];

export interface Suggestions {
  list: Suggestion[];
  chosen: number;
  /** After a content change: suggestions for the block at the caret, the first one chosen. */
  refresh(): void;
  hide(): void;
  accept(s: Suggestion): void;
  /** Arrows, Enter, Tab and Escape while the list shows; true when the key was used (prevent its default). */
  handleKey(e: KeyData): boolean;
  /** Reads the script's names and places again (a cue or heading was finished, focus came back). */
  relearn(): void;
}

/**
 * `opening`: the blocks the editor opens with (Slate fills `editor.children` only when it mounts,
 * after this hook first runs). `layoutVersion`: the layout's counter (use-layout.ts); each layout
 * after the first re-reads the vocabulary.
 */
export function useSuggestions(editor: ScreenplayEditor, opening: ScriptBlock[], layoutVersion: number): Suggestions {
  const { i18n } = useTranslation('editor');
  const [vocab, setVocab] = useState<Vocabulary>(() => collectVocabulary(opening));
  const [list, setList] = useState<Suggestion[]>(NO_SUGGESTIONS);
  // An empty list replaces an empty list without a re-render (the common case while typing).
  const show = useCallback((next: Suggestion[]) => setList((old) => (old.length === 0 && next.length === 0 ? old : next)), []);
  const [chosen, setChosen] = useState(0);
  const hide = useCallback(() => show(NO_SUGGESTIONS), [show]);
  const relearn = useCallback(() => setVocab(collectVocabulary(editor.children as ScriptBlock[])), [editor]);

  const refresh = useCallback(() => {
    const entry = currentBlock(editor);
    if (!entry || !editor.selection || !Editor.isEnd(editor, editor.selection.anchor, entry[1])) return show(NO_SUGGESTIONS);
    show(suggest(entry[0].type, Node.string(entry[0]), vocab, uiLanguage(i18n.language)));
    setChosen(0);
  }, [editor, vocab, show, i18n.language]);

  // Names and places typed in this session join the suggestions after each (debounced) layout,
  // not only when the editor regains focus. Layout 1 is the opening one: the vocabulary above
  // was collected from that same text.
  useEffect(() => {
    if (layoutVersion > 1) relearn();
  }, [relearn, layoutVersion]);

  const accept = useCallback(
    (s: Suggestion) => {
      const entry = currentBlock(editor);
      if (!entry) return;
      Transforms.insertText(editor, s.replacement, { at: Editor.range(editor, entry[1]) });
      markInserted(editor, Editor.start(editor, entry[1]), s.replacement.length);
      Transforms.select(editor, Editor.end(editor, entry[1]));
      show(NO_SUGGESTIONS);
    },
    [editor, show],
  );

  const handleKey = (e: KeyData): boolean => {
    if (!list.length) return false;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      setChosen((c) => (c + (e.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length);
      return true;
    }
    if (e.key === 'Enter' || (e.key === 'Tab' && !e.shiftKey)) {
      accept(list[chosen]);
      return true;
    }
    if (e.key === 'Escape') {
      hide();
      return true;
    }
    return false;
  };

  return { list, chosen, refresh, hide, accept, handleKey, relearn };
}
