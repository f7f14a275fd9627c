import { describe, expect, it } from 'vitest';
import type { NodeEntry, Range } from 'slate';
import { BlockIndex, decorationsAtRoot } from '../../../renderer/editor/root-decorations.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';

const block = (id: string, ...texts: string[]): ScriptBlock => ({ type: 'action', id, children: texts.map((text) => ({ text })) }) as ScriptBlock;

/** A per-text decorate that marks each text node holding an "x" from that x to its end. */
const marksX = ([node, path]: NodeEntry): Range[] => {
  const text = (node as { text: string }).text;
  const at = text.indexOf('x');
  return at < 0 ? [] : [{ anchor: { path, offset: at }, focus: { path, offset: text.length } }];
};

describe('BlockIndex', () => {
  it('finds blocks by id and follows them when blocks are inserted before them', () => {
    const index = new BlockIndex();
    const a = block('a', 'one');
    const b = block('b', 'two');
    expect(index.indexOf([a, b], 'b')).toBe(1);
    expect(index.indexOf([block('new', ''), a, b], 'b')).toBe(2);
  });

  it('says -1 for a block that is gone, scanning each version of the script once', () => {
    const index = new BlockIndex();
    const blocks = [block('a', 'one')];
    expect(index.indexOf(blocks, 'gone')).toBe(-1);
    expect(index.indexOf(blocks, 'gone')).toBe(-1);
  });
});

describe('decorationsAtRoot', () => {
  it('gives the ranges the per-text decorate gives, with full paths, in document order', () => {
    const blocks = [block('a', 'plain'), block('b', 'ab', 'cxd'), block('c', 'xy')];
    const out = decorationsAtRoot(blocks, ['c', 'b'], new BlockIndex(), marksX);
    expect(out).toEqual([
      { anchor: { path: [1, 1], offset: 1 }, focus: { path: [1, 1], offset: 3 } },
      { anchor: { path: [2, 0], offset: 0 }, focus: { path: [2, 0], offset: 2 } },
    ]);
  });

  it('visits only the blocks named, and skips ids no longer in the script', () => {
    const seen: number[] = [];
    const spy = (entry: NodeEntry) => {
      seen.push(entry[1][0]);
      return [];
    };
    decorationsAtRoot([block('a', 'x'), block('b', 'x'), block('c', 'x')], ['b', 'gone'], new BlockIndex(), spy);
    expect(seen).toEqual([1]);
  });

  it('returns a new array every time (Slate appends its placeholders to it)', () => {
    const blocks = [block('a', 'x')];
    const index = new BlockIndex();
    const first = decorationsAtRoot(blocks, ['a'], index, marksX);
    first.push({ anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 } });
    expect(decorationsAtRoot(blocks, ['a'], index, marksX)).toHaveLength(1);
  });

  it("reuses a block's ranges while the block, its place and the decorator stay, and recomputes them otherwise", () => {
    let calls = 0;
    const counting = (entry: NodeEntry) => {
      calls++;
      return marksX(entry);
    };
    const index = new BlockIndex();
    const a = block('a', 'x');
    const b = block('b', 'x');
    decorationsAtRoot([a, b], ['a', 'b'], index, counting);
    expect(calls).toBe(2);
    // A keystroke in b: a is the same object, b a new one.
    const b2 = block('b', 'xx');
    decorationsAtRoot([a, b2], ['a', 'b'], index, counting);
    expect(calls).toBe(3);
    // A block inserted above: both move, so both paths change.
    const moved = decorationsAtRoot([block('new', ''), a, b2], ['a', 'b'], index, counting);
    expect(calls).toBe(5);
    expect(moved.map((r) => r.anchor.path[0])).toEqual([1, 2]);
    // A new decorator (a layout moved a turn, a spelling answer came): all again.
    decorationsAtRoot([block('new', ''), a, b2], ['a', 'b'], index, (e) => counting(e));
    expect(calls).toBe(7);
  });
});
