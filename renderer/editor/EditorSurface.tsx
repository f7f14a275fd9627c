/**
 * The writing surface: Slate's Editable, memoised, with handlers that never change identity.
 * Why a boundary here: Editable's render walks every top-level block of the script (about 9 ms at
 * 12,000 blocks), and it re-rendered whenever the desk around it did — the page count and scene
 * list after each layout, suggestions, panels, and the save state twice per autosave. Now it
 * renders only for Slate's own changes.
 */
import { memo, type KeyboardEvent } from 'react';
import type { NodeEntry, Range } from 'slate';
import { Editable, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import { Block, Leaf } from './Block.tsx';
import { renderChunk } from './chunk-mount.tsx';

// Module-level render functions: slate-react memoises each element on the identity of these
// callbacks, so an inline arrow would re-render every block of the script on every keystroke.
const renderElement = (p: RenderElementProps) => <Block {...p} />;
const renderLeaf = (p: RenderLeafProps) => <Leaf {...p} />;

export interface SurfaceHandlers {
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
  onMouseUp(): void;
  onBlur(): void;
  onFocus(): void;
}

/**
 * `decorate`: the page turns inside blocks (page-turns.ts) and the spelling marks (spelling/use-spelling.ts),
 * all given at the root (root-decorations.ts): the same function for the editor's life. `redecorate`
 * changes when the turns or the spelling results did: the surface renders again for it, and the
 * Editable, rendering, asks the root for its decorations anew (the blocks whose share changed re-render).
 */
export const EditorSurface = memo(function EditorSurface({
  readOnly,
  label,
  handlers,
  decorate,
}: {
  readOnly: boolean;
  label: string;
  handlers: SurfaceHandlers;
  decorate: (entry: NodeEntry) => Range[];
  redecorate: unknown;
}) {
  return (
    <Editable
      data-testid="script-editor"
      className="script-editor"
      readOnly={readOnly}
      renderElement={renderElement}
      renderLeaf={renderLeaf}
      renderChunk={renderChunk}
      decorate={decorate}
      onKeyDown={handlers.onKeyDown}
      onMouseUp={handlers.onMouseUp}
      onBlur={handlers.onBlur}
      onFocus={handlers.onFocus}
      // Chromium's spellchecker re-checks the editing host as it changes (work on the typing path), needs a
      // download and knows no Indonesian: Naskah's own checker (spelling/) marks misspellings instead.
      spellCheck={false}
      aria-label={label}
      aria-multiline
    />
  );
});
