/**
 * Follows the reader's selection in the read-only page view: the last non-empty text selection
 * (what a new comment is anchored to) and the block the caret was last in (for scene notes).
 * Moving focus to the margin's form does not clear either: only a new click in the page does.
 */
import { useEffect, useState } from 'react';
import { focusedBlockId, readSelection, type TextSelection } from './dom-text.ts';

export function useEditorSelection(): { selection: TextSelection | null; blockId: string | null; clear(): void } {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [blockId, setBlockId] = useState<string | null>(null);

  useEffect(() => {
    const onChange = () => {
      const root = document.querySelector('[data-testid="script-editor"]');
      const sel = document.getSelection();
      if (!root) return;
      const block = focusedBlockId(root, sel);
      if (!block) return; // the selection is elsewhere (a form field): keep what the page had
      setBlockId(block);
      const text = readSelection(root, sel);
      setSelection((prev) => (text && prev && text.elementId === prev.elementId && text.start === prev.start && text.end === prev.end ? prev : text));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  return {
    selection,
    blockId,
    clear: () => {
      setSelection(null);
      document.getSelection()?.removeAllRanges();
    },
  };
}
