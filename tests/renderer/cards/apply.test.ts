import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { moveCards, stepTarget } from '../../../shared/screenplay/outline/move.ts';
import { synopsisEdit } from '../../../shared/screenplay/outline/synopsis.ts';
import { applyOrder } from '../../../renderer/cards/apply-order.ts';
import { applySynopsis } from '../../../renderer/cards/apply-synopsis.ts';
import { chordLabels, moveDirection } from '../../../renderer/cards/move-keys.ts';
import { outlineOfBlocks } from '../../../renderer/cards/outline-of.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';
import { block, editorWith, value } from '../editor/fixture.ts';

const script = () => [
  block('scene_heading', 'INT. A - DAY'),
  block('action', 'a'),
  block('scene_heading', 'INT. B - DAY'),
  block('action', 'b'),
  block('scene_heading', 'INT. C - DAY'),
  block('action', 'c'),
];

describe('applying outline edits to the editor', () => {
  it('a move is one undo step, with every block of the scene', () => {
    const editor = editorWith(script());
    const outline = outlineOfBlocks(editor.children as ScriptBlock[]);
    const before = value(editor);
    applyOrder(editor, moveCards(outline, 6, [2], stepTarget(outline, 6, 2, 'up')!)!);
    expect(value(editor).map(([, t]) => t)).toEqual(['INT. A - DAY', 'a', 'INT. C - DAY', 'c', 'INT. B - DAY', 'b']);
    applyOrder(editor, moveCards(outlineOfBlocks(editor.children as ScriptBlock[]), 6, [0], 6)!);
    expect(value(editor).map(([, t]) => t)).toEqual(['INT. C - DAY', 'c', 'INT. B - DAY', 'b', 'INT. A - DAY', 'a']);
    HistoryEditor.undo(editor);
    expect(value(editor).map(([, t]) => t)).toEqual(['INT. A - DAY', 'a', 'INT. C - DAY', 'c', 'INT. B - DAY', 'b']);
    HistoryEditor.undo(editor);
    expect(value(editor)).toEqual(before);
  });

  it('a synopsis is inserted after the heading, rewritten, removed — each one undo step', () => {
    const editor = editorWith(script());
    const card = () => outlineOfBlocks(editor.children as ScriptBlock[]).cards[1];
    applySynopsis(editor, synopsisEdit(card(), 'B happens.'));
    expect(value(editor).slice(2, 5)).toEqual([['scene_heading', 'INT. B - DAY'], ['synopsis', 'B happens.'], ['action', 'b']]);
    applySynopsis(editor, synopsisEdit(card(), 'B happens twice.'));
    expect(value(editor)[3]).toEqual(['synopsis', 'B happens twice.']);
    applySynopsis(editor, synopsisEdit(card(), ''));
    expect(value(editor).map(([type]) => type)).not.toContain('synopsis');
    HistoryEditor.undo(editor);
    expect(value(editor)[3]).toEqual(['synopsis', 'B happens twice.']);
    HistoryEditor.undo(editor);
    expect(value(editor)[3]).toEqual(['synopsis', 'B happens.']);
  });
});

describe('the reorder chord', () => {
  const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }>) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  it('is Alt+↑/↓ on Windows and Linux, Ctrl+Option+↑/↓ on macOS, and nothing else', () => {
    expect(moveDirection(key('ArrowUp', { altKey: true }), false)).toBe('up');
    expect(moveDirection(key('ArrowDown', { altKey: true }), false)).toBe('down');
    expect(moveDirection(key('ArrowUp', { altKey: true, ctrlKey: true }), false)).toBeNull();
    expect(moveDirection(key('ArrowUp', { altKey: true }), true)).toBeNull(); // Option+↑ moves the caret by paragraph on macOS
    expect(moveDirection(key('ArrowUp', { altKey: true, ctrlKey: true }), true)).toBe('up');
    expect(moveDirection(key('ArrowUp', { altKey: true, shiftKey: true }), false)).toBeNull();
    expect(moveDirection(key('ArrowLeft', { altKey: true }), false)).toBeNull();
    expect(chordLabels(true)).toEqual({ up: '⌃⌥↑', down: '⌃⌥↓' });
  });
});
