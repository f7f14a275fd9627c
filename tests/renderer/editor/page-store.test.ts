/**
 * The page store writes the page view's block marks onto the blocks. Blocks are stood in for by
 * objects with a `dataset`, a `style` and a text child, which is all the store touches; the browser
 * side (CSS drawing the marks, React handing over elements) is covered by
 * tests/e2e/page-markers.test.ts and tests/e2e/page-view.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { BlockMarks } from '../../../renderer/editor/page-marks.ts';
import { PageStore, type Paintable } from '../../../renderer/editor/page-store.ts';

interface Fake extends Paintable {
  props: Record<string, string>;
  text: Fake | null;
}

function fakeBlock(withText = true): Fake {
  const props: Record<string, string> = {};
  const text = withText ? fakeBlock(false) : null;
  return {
    dataset: {},
    props,
    text,
    firstElementChild: text as unknown as Element,
    style: {
      getPropertyValue: (k) => props[k] ?? '',
      setProperty: (k, v) => void (props[k] = v),
      removeProperty: (k) => {
        const v = props[k] ?? '';
        delete props[k];
        return v;
      },
    },
  };
}

const starts = (entries: [string, number][]) => new Map<string, BlockMarks>(entries.map(([id, page]) => [id, { page }]));

describe('PageStore', () => {
  it('marks the blocks that start a page and clears a block that no longer does', () => {
    const store = new PageStore();
    const [a, b, c] = [fakeBlock(), fakeBlock(), fakeBlock()];
    store.attach('a', a);
    store.attach('b', b);
    store.attach('c', c);
    store.update(starts([['a', 1], ['c', 2]]));
    expect(a.dataset).toEqual({ page: '1' });
    expect(b.dataset).toEqual({});
    expect(c.dataset).toEqual({ page: '2' });

    store.update(starts([['a', 1], ['b', 2], ['c', 3]]));
    expect(b.dataset).toEqual({ page: '2' });
    expect(c.dataset).toEqual({ page: '3' });

    store.update(starts([['a', 1]]));
    expect(b.dataset).toEqual({});
    expect(c.dataset).toEqual({});
  });

  it('paints the sheet edge with its page number and blank lines, and takes them off again', () => {
    const store = new PageStore();
    const a = fakeBlock();
    store.attach('a', a);
    store.update(new Map([['a', { page: 2, sheet: { label: '2.', rest: 3 } }]]));
    expect(a.dataset).toEqual({ page: '2', sheet: '2.' });
    expect(a.props).toEqual({ '--rest': '3' });
    store.update(new Map([['a', { page: 2 }]]));
    expect(a.dataset).toEqual({ page: '2' });
    expect(a.props).toEqual({});
  });

  it("puts the automatic CONT'D and scene numbers on the block's text, the dual column on the block", () => {
    const store = new PageStore();
    const [cue, heading] = [fakeBlock(), fakeBlock()];
    store.attach('cue', cue);
    store.attach('h', heading);
    store.update(new Map<string, BlockMarks>([['cue', { autoContd: " (CONT'D)", dual: 'left' }], ['h', { sceneNumber: '12A' }]]));
    expect(cue.text!.dataset).toEqual({ autoContd: " (CONT'D)" });
    expect(cue.dataset).toEqual({ dual: 'left' });
    expect(heading.text!.dataset).toEqual({ sceneNumber: '12A' });
    store.update(new Map());
    expect([cue.dataset, cue.text!.dataset, heading.text!.dataset]).toEqual([{}, {}, {}]);
  });

  it('repaints only blocks whose marks changed', () => {
    const store = new PageStore();
    const a = fakeBlock();
    store.attach('a', a);
    store.update(starts([['a', 1]]));
    a.dataset.page = 'untouched';
    store.update(starts([['a', 1]]));
    expect(a.dataset.page).toBe('untouched');
  });

  it('paints a block that mounts after the layout ran, and a stale detach leaves its successor alone', () => {
    const store = new PageStore();
    store.update(starts([['x', 4]]));
    const first = fakeBlock();
    const detachFirst = store.attach('x', first);
    expect(first.dataset.page).toBe('4');
    // The block remounts (new DOM element) before the old one's cleanup runs.
    const second = fakeBlock();
    store.attach('x', second);
    detachFirst();
    store.update(starts([['x', 5]]));
    expect(second.dataset).toEqual({ page: '5' });
    expect(first.dataset.page).toBe('4');
  });

  it('fills out the last sheet on the page container, before and after it mounts', () => {
    const store = new PageStore();
    store.update(new Map(), 7);
    const paper = fakeBlock(false);
    store.attachPaper(paper);
    expect(paper.props).toEqual({ '--last-rest': '7' });
    store.update(new Map(), 2);
    expect(paper.props).toEqual({ '--last-rest': '2' });
  });
});
