import { describe, expect, it } from 'vitest';
import { revisionRules } from '../../../../renderer/editor/revisions/revision-css.ts';

describe('revision colours in the page view', () => {
  it('writes one scoped rule per set, a wash of its colour behind the text', () => {
    const css = revisionRules(
      [
        { set: 1, name: 'Blue', color: '#2f6fd6', date: '2026-12-01' },
        { set: 2, name: 'Pink', color: '#d6337f' },
      ],
      '.page-3',
    );
    expect(css.split('\n')).toEqual([
      '.page-3 span[data-revision="1"] { background-color: rgba(47, 111, 214, 0.22); text-decoration: underline dotted #2f6fd6; }',
      '.page-3 span[data-revision="2"] { background-color: rgba(214, 51, 127, 0.22); text-decoration: underline dotted #d6337f; }',
    ]);
  });

  it('leaves out a set whose colour could inject CSS', () => {
    expect(revisionRules([{ set: 1, name: 'x', color: 'red;} body{display:none' }], '.p')).toBe('');
  });
});
