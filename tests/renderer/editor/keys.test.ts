/**
 * Enter and Shift+Enter through the keydown handler (the editing host is plaintext-only, so the
 * browser's beforeinput no longer delivers Enter as a paragraph): same flow as insertBreak.
 */
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { handleKey } from '../../../renderer/editor/keys.ts';
import { block, caretBlock, editorWith, value } from './fixture.ts';

describe('Enter in the keydown handler', () => {
  it('creates the next element: character → dialogue, and Shift+Enter breaks the line inside', () => {
    const e = editorWith([block('scene_heading', 'INT. RUMAH - MALAM'), block('character', 'SARI')]);
    expect(handleKey(e, { key: 'Enter' })).toBe(true);
    expect(value(e)).toEqual([['scene_heading', 'INT. RUMAH - MALAM'], ['character', 'SARI'], ['dialogue', '']]);
    expect(caretBlock(e)).toBe(2);
    e.insertText('Pagi');
    expect(handleKey(e, { key: 'Enter', shiftKey: true })).toBe(true);
    e.insertText('semua');
    expect(value(e)[2]).toEqual(['dialogue', 'Pagi\nsemua']);
  });

  it('replaces a selection spanning text before breaking, and leaves Ctrl+Enter to others', () => {
    const e = editorWith([block('action', 'Hujan turun deras.')]);
    Transforms.select(e, { anchor: { path: [0, 0], offset: 5 }, focus: Editor.end(e, [0]) });
    handleKey(e, { key: 'Enter' });
    expect(value(e)).toEqual([['action', 'Hujan'], ['action', '']]);
    expect(handleKey(e, { key: 'Enter', ctrlKey: true })).toBe(false);
  });
});

describe('keys an input method owns', () => {
  it('leaves Enter and Tab alone while an IME composes, or when it sends keyCode 229', () => {
    const e = editorWith([block('action', '')]);
    expect(handleKey(e, { key: 'Enter', isComposing: true })).toBe(false);
    expect(handleKey(e, { key: 'Enter', keyCode: 229 })).toBe(false);
    expect(handleKey(e, { key: 'Tab', isComposing: true })).toBe(false);
    expect(handleKey(e, { key: 'b', ctrlKey: true, isComposing: true })).toBe(false);
    expect(value(e)).toEqual([['action', '']]);
    // Once the composition is committed, the same keys are the editor's again.
    expect(handleKey(e, { key: 'Tab', keyCode: 9 })).toBe(true);
    expect(value(e)).toEqual([['character', '']]);
  });
});

describe("the script's start and end", () => {
  it('Ctrl+End and Ctrl+Home move the caret to the last and first block, Shift extends the selection; ⌘↓/⌘↑ on a Mac', () => {
    const e = editorWith([block('scene_heading', 'INT. RUMAH - MALAM'), block('action', 'Sari masuk.'), block('character', 'SARI'), block('dialogue', 'Halo.')]);
    Transforms.select(e, Editor.end(e, [1]));
    expect(handleKey(e, { key: 'End', ctrlKey: true })).toBe(true);
    expect(e.selection).toEqual({ anchor: Editor.end(e, [3]), focus: Editor.end(e, [3]) });
    expect(handleKey(e, { key: 'Home', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(e.selection).toEqual({ anchor: Editor.end(e, [3]), focus: Editor.start(e, []) });
    expect(handleKey(e, { key: 'ArrowDown', metaKey: true }, true)).toBe(true);
    expect(e.selection).toEqual({ anchor: Editor.end(e, [3]), focus: Editor.end(e, [3]) });
    // Plain Home/End and Ctrl+↓ (the next paragraph on Windows and Linux) stay the browser's.
    expect(handleKey(e, { key: 'End' })).toBe(false);
    expect(handleKey(e, { key: 'ArrowDown', ctrlKey: true })).toBe(false);
    expect(value(e)).toEqual([['scene_heading', 'INT. RUMAH - MALAM'], ['action', 'Sari masuk.'], ['character', 'SARI'], ['dialogue', 'Halo.']]);
  });
});
