/** The autosave splice: the smallest [start, deleteCount, insert] between two drafts, by element identity. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDraftPatch, diffDrafts, sameJson } from '../../../shared/screenplay/draft-patch.ts';
import type { Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';

const el = (text: string): ScriptElement => ({ type: 'action', text });
const draft = (elements: ScriptElement[], titlePage: Screenplay['titlePage'] = []): Screenplay => ({ version: 1, titlePage, elements });

describe('draft patches', () => {
  it('sends one changed element, an insertion, a deletion — and the title page only when it changed', () => {
    const [a, b, c] = [el('a'), el('b'), el('c')];
    const title = [{ key: 'Title', value: 'X' }];
    const before = draft([a, b, c], title);
    const b2 = el('b!');
    expect(diffDrafts(before, draft([a, b2, c], title))).toEqual({ start: 1, deleteCount: 1, insert: [b2] });
    const n = el('new');
    expect(diffDrafts(before, draft([a, n, b, c], title))).toEqual({ start: 1, deleteCount: 0, insert: [n] });
    expect(diffDrafts(before, draft([a, c], title))).toEqual({ start: 1, deleteCount: 1, insert: [] });
    const title2 = [{ key: 'Title', value: 'Y' }];
    expect(diffDrafts(before, draft([a, b, c], title2))).toEqual({ start: 3, deleteCount: 0, insert: [], titlePage: title2 });
  });

  it('always rebuilds the new draft from the old one (property)', () => {
    const pool = Array.from({ length: 8 }, (_, i) => el(String(i)));
    const list = fc.array(fc.integer({ min: 0, max: 7 }).map((i) => pool[i]), { maxLength: 20 });
    fc.assert(
      fc.property(list, list, (x, y) => {
        const p = diffDrafts(draft(x), draft(y));
        expect(applyDraftPatch(x, p.start, p.deleteCount, p.insert)).toEqual(y);
      }),
    );
  });

  it('by value, finds the one edited element among new objects with the same content', () => {
    const before = draft([el('a'), { type: 'dialogue', text: 'b', marks: [{ start: 0, end: 1, style: 'bold' }] }, el('c')], [{ key: 'Title', value: 'X' }]);
    const copy: Screenplay = structuredClone(before);
    expect(diffDrafts(before, copy)).toMatchObject({ start: 0, deleteCount: 3 });
    expect(diffDrafts(before, copy, { byValue: true })).toEqual({ start: 3, deleteCount: 0, insert: [] });
    copy.elements[1] = { ...copy.elements[1], marks: [{ start: 0, end: 1, style: 'italic' }] };
    expect(diffDrafts(before, copy, { byValue: true })).toEqual({ start: 1, deleteCount: 1, insert: [copy.elements[1]] });
  });

  it('compares JSON values as JSON does (undefined fields are absent; arrays by order)', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson({ a: [{ b: 'x' }] }, { a: [{ b: 'x' }] })).toBe(true);
  });
});
