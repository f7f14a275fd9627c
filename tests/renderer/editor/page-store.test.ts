/**
 * The page store writes page markers onto the blocks that start a page. Blocks are stood in for
 * by objects with a `dataset`, which is all the store touches; the browser side (CSS drawing the
 * marker, React handing over elements) is covered by tests/e2e/page-markers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { PageStore } from '../../../renderer/editor/page-store.ts';

const fakeBlock = () => ({ dataset: {} as Record<string, string> });
const asElement = (b: ReturnType<typeof fakeBlock>) => b as unknown as HTMLElement;
const english = (n: number) => `Page ${n}`;

describe('PageStore', () => {
  it('marks the blocks that start a page and clears a block that no longer does', () => {
    const store = new PageStore(english);
    const [a, b, c] = [fakeBlock(), fakeBlock(), fakeBlock()];
    store.attach('a', asElement(a));
    store.attach('b', asElement(b));
    store.attach('c', asElement(c));
    store.update(new Map([['a', 1], ['c', 2]]));
    expect(a.dataset).toEqual({ page: '1', pageLabel: 'Page 1' });
    expect(b.dataset).toEqual({});
    expect(c.dataset).toEqual({ page: '2', pageLabel: 'Page 2' });

    store.update(new Map([['a', 1], ['b', 2], ['c', 3]]));
    expect(b.dataset).toEqual({ page: '2', pageLabel: 'Page 2' });
    expect(c.dataset).toEqual({ page: '3', pageLabel: 'Page 3' });

    store.update(new Map([['a', 1]]));
    expect(b.dataset).toEqual({});
    expect(c.dataset).toEqual({});
  });

  it('repaints only blocks whose page changed', () => {
    const store = new PageStore(english);
    const a = fakeBlock();
    store.attach('a', asElement(a));
    store.update(new Map([['a', 1]]));
    a.dataset.pageLabel = 'untouched';
    store.update(new Map([['a', 1]]));
    expect(a.dataset.pageLabel).toBe('untouched');
  });

  it('paints a block that mounts after the layout ran, and a stale detach leaves its successor alone', () => {
    const store = new PageStore(english);
    store.update(new Map([['x', 4]]));
    const first = fakeBlock();
    const detachFirst = store.attach('x', asElement(first));
    expect(first.dataset.page).toBe('4');
    // The block remounts (new DOM element) before the old one's cleanup runs.
    const second = fakeBlock();
    store.attach('x', asElement(second));
    detachFirst();
    store.update(new Map([['x', 5]]));
    expect(second.dataset).toEqual({ page: '5', pageLabel: 'Page 5' });
    expect(first.dataset.page).toBe('4');
  });

  it('rewrites every marker when the language changes', () => {
    const store = new PageStore(english);
    const [a, b] = [fakeBlock(), fakeBlock()];
    store.attach('a', asElement(a));
    store.attach('b', asElement(b));
    store.update(new Map([['a', 1], ['b', 2]]));
    store.setLabel((n) => `Halaman ${n}`);
    expect([a.dataset.pageLabel, b.dataset.pageLabel]).toEqual(['Halaman 1', 'Halaman 2']);
  });
});
