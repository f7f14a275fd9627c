/**
 * Keeps Slate's selection in step with the caret the browser shows before a key acts on it.
 * Slate learns about caret moves from throttled `selectionchange` events; a key handled in
 * keydown right after a caret move (End, a click) would act on the old position. So the DOM
 * selection is read first — the browser's beforeinput path does the same with its target range.
 */
import { useMemo, useRef } from 'react';
import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { commandHeld } from '../ui/modifier-key.ts';
import type { KeyData } from './keys.ts';
import type { ScreenplayEditor } from './types.ts';

const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Shift', 'Control', 'Alt', 'Meta', 'Escape']);

function syncSelectionFromDom(editor: ScreenplayEditor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}

export interface CaretSync {
  /** The caret may have moved without Slate knowing yet (a click). */
  caretMoved(): void;
  /** Call in keydown before the key is handled. */
  beforeKey(e: KeyData): void;
}

export function useCaretSync(editor: ScreenplayEditor): CaretSync {
  const moved = useRef(false);
  return useMemo(
    () => ({
      caretMoved: () => {
        moved.current = true;
      },
      beforeKey: (e) => {
        // A key that edits acts on the caret or selection the browser shows, which Slate may not have
        // caught up with after the caret moved (Shift+Home then typing, Ctrl+1…7 right after an arrow
        // key, a click): read it first. Plain typing pays nothing: reading the DOM selection on every
        // keystroke would force a layout each time.
        const navigation = NAVIGATION_KEYS.has(e.key);
        if (navigation && !commandHeld(e)) {
          moved.current = true;
          return;
        }
        if (moved.current || e.key === 'Enter' || e.key === 'Tab' || commandHeld(e)) {
          moved.current = false;
          syncSelectionFromDom(editor);
        }
        // Ctrl+Shift+End extends from the caret the browser shows (the editor's own key, keys.ts);
        // Ctrl+← and the like are the browser's, and move the caret after this.
        if (navigation) moved.current = true;
      },
    }),
    [editor],
  );
}
