/** Escape, then Tab leaves the editor (no keyboard trap); otherwise Tab stays a screenplay key. */
import { describe, expect, it } from 'vitest';
import { handleKey } from '../../../renderer/editor/keys.ts';
import { block, editorWith, value } from './fixture.ts';

describe('Tab release', () => {
  it('Escape then Tab or Shift+Tab is left to the browser (focus moves on), once', () => {
    const e = editorWith([block('character', 'SARI')]);
    expect(handleKey(e, { key: 'Escape' })).toBe(false);
    expect(handleKey(e, { key: 'Tab' })).toBe(false);
    expect(value(e)).toEqual([['character', 'SARI']]);
    // Back in the editor, Tab is a screenplay key again.
    expect(handleKey(e, { key: 'Tab' })).toBe(true);
    expect(handleKey(e, { key: 'Escape' })).toBe(false);
    expect(handleKey(e, { key: 'Tab', shiftKey: true })).toBe(false);
  });

  it('any other key in between cancels the release', () => {
    const e = editorWith([block('action', 'Hujan')]);
    handleKey(e, { key: 'Escape' });
    handleKey(e, { key: 'ArrowLeft' });
    expect(handleKey(e, { key: 'Tab' })).toBe(true);
  });
});
