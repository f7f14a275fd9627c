import { describe, expect, it } from 'vitest';
import type { ScriptElement } from '../../../../shared/screenplay/model.ts';
import { applyRevisedEdit, clearRevised, lineRevision, markRevised, mergeRevised, normaliseRevision, revisedRuns, splitRevised } from '../../../../shared/screenplay/revisions/runs.ts';

const action = (text: string, extra: Partial<ScriptElement> = {}): ScriptElement => ({ type: 'action', text, ...extra });

describe('revised runs', () => {
  it('reads revision and revisionMarks as one set per character, the later set on top', () => {
    const el = action('abcdef', { revision: 1, revisionMarks: [{ start: 2, end: 4, set: 2 }] });
    expect(revisedRuns(el)).toEqual([
      { start: 0, end: 2, set: 1 },
      { start: 2, end: 4, set: 2 },
      { start: 4, end: 6, set: 1 },
    ]);
  });

  it('writes a run over the whole text as the element revision', () => {
    expect(normaliseRevision(action('abc', { revisionMarks: [{ start: 0, end: 3, set: 2 }] }))).toEqual(action('abc', { revision: 2 }));
    expect(normaliseRevision(action('abc', { revisionMarks: [{ start: 0, end: 1, set: 2 }, { start: 1, end: 3, set: 2 }] }))).toEqual(action('abc', { revision: 2 }));
    expect(normaliseRevision(action('abcd', { revisionMarks: [{ start: 0, end: 1, set: 2 }, { start: 1, end: 2, set: 2 }] }))).toEqual(action('abcd', { revisionMarks: [{ start: 0, end: 2, set: 2 }] }));
    expect(normaliseRevision(action('abc'))).toEqual(action('abc'));
  });
});

describe('marking an edit', () => {
  it('marks the changed range with the set', () => {
    expect(markRevised(action('The door opens.'), 4, 8, 1)).toEqual(action('The door opens.', { revisionMarks: [{ start: 4, end: 8, set: 1 }] }));
  });

  it('marks text inserted while revision mode is on, moving the marks after it', () => {
    const el = action('Rain. Wind.', { revisionMarks: [{ start: 6, end: 11, set: 1 }] });
    const out = applyRevisedEdit(el, { start: 0, end: 0, insert: 'Cold. ' }, 2);
    expect(out.text).toBe('Cold. Rain. Wind.');
    expect(out.revisionMarks).toEqual([
      { start: 0, end: 6, set: 2 },
      { start: 12, end: 17, set: 1 },
    ]);
  });

  it('grows a mark when text is typed inside it with revision mode off', () => {
    const el = action('Rain falls.', { revisionMarks: [{ start: 0, end: 4, set: 1 }] });
    expect(applyRevisedEdit(el, { start: 2, end: 2, insert: 'AI' }).revisionMarks).toEqual([{ start: 0, end: 6, set: 1 }]);
  });

  it('typing inside a mark of the current set keeps one mark', () => {
    const el = action('Rain falls.', { revisionMarks: [{ start: 0, end: 4, set: 2 }] });
    expect(applyRevisedEdit(el, { start: 4, end: 4, insert: 'y' }, 2).revisionMarks).toEqual([{ start: 0, end: 5, set: 2 }]);
  });

  it('replaced text takes the set; deleted text takes its mark with it', () => {
    const el = action('one two three', { revisionMarks: [{ start: 4, end: 7, set: 1 }] });
    const replaced = applyRevisedEdit(el, { start: 0, end: 3, insert: 'ONE' }, 2);
    expect(replaced.revisionMarks).toEqual([{ start: 0, end: 3, set: 2 }, { start: 4, end: 7, set: 1 }]);
    const deleted = applyRevisedEdit(el, { start: 3, end: 7, insert: '' }, 2);
    expect(deleted.text).toBe('one three');
    expect(deleted.revisionMarks).toBeUndefined();
    const partly = applyRevisedEdit(el, { start: 5, end: 9, insert: '' });
    expect(partly).toEqual(action('one three', { revisionMarks: [{ start: 4, end: 5, set: 1 }] }));
  });

  it('a whole element typed in revision mode becomes `revision`', () => {
    let el = action('');
    for (const ch of 'Hi.') el = applyRevisedEdit(el, { start: el.text.length, end: el.text.length, insert: ch }, 3);
    expect(el).toEqual(action('Hi.', { revision: 3 }));
  });
});

describe('split and merge', () => {
  it('Enter inside a mark gives each half its part of the mark', () => {
    const el = action('abcdef', { revisionMarks: [{ start: 2, end: 5, set: 1 }] });
    const [a, b] = splitRevised(el, 3);
    expect(a).toEqual(action('abc', { revisionMarks: [{ start: 2, end: 3, set: 1 }] }));
    expect(b).toEqual(action('def', { revisionMarks: [{ start: 0, end: 2, set: 1 }] }));
  });

  it('a wholly revised element splits into two wholly revised ones', () => {
    const [a, b] = splitRevised(action('abcd', { revision: 2 }), 2);
    expect(a).toEqual(action('ab', { revision: 2 }));
    expect(b).toEqual(action('cd', { revision: 2 }));
  });

  it('merging keeps each part where it was and joins touching runs', () => {
    const a = action('ab', { revisionMarks: [{ start: 1, end: 2, set: 1 }] });
    const b = action('cd', { revisionMarks: [{ start: 0, end: 1, set: 1 }] });
    expect(mergeRevised(a, b)).toEqual(action('abcd', { revisionMarks: [{ start: 1, end: 3, set: 1 }] }));
    expect(mergeRevised(action('ab', { revision: 1 }), action('cd'))).toEqual(action('abcd', { revisionMarks: [{ start: 0, end: 2, set: 1 }] }));
  });

  it('split then merge gives the element back', () => {
    const el = action('The long road home.', { revision: 1, revisionMarks: [{ start: 4, end: 8, set: 2 }] });
    for (let at = 0; at <= el.text.length; at++) {
      const [a, b] = splitRevised(el, at);
      expect(mergeRevised(a, b)).toEqual(el);
    }
  });
});

describe('clearing and lines', () => {
  it('clears only the marks of one set', () => {
    const el = action('abcdef', { revision: 1, revisionMarks: [{ start: 2, end: 4, set: 2 }] });
    expect(clearRevised(el, 2)).toEqual(action('abcdef', { revision: 1 }));
    expect(clearRevised(el, 1)).toEqual(action('abcdef', { revisionMarks: [{ start: 2, end: 4, set: 2 }] }));
    expect(clearRevised(clearRevised(el, 1), 2)).toEqual(action('abcdef'));
  });

  it('a line holds revised text where any revised run touches it', () => {
    const el = action('aaaa bbbb cccc', { revisionMarks: [{ start: 5, end: 9, set: 2 }] });
    expect(lineRevision(el, 0, 5)).toBe(0);
    expect(lineRevision(el, 5, 9)).toBe(2);
    expect(lineRevision(el, 8, 14)).toBe(2);
    expect(lineRevision(el, 9, 14)).toBe(0);
    expect(lineRevision(action('x', { revision: 1 }), 0, 1)).toBe(1);
  });
});
