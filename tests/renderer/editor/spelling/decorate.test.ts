import { describe, expect, it } from 'vitest';
import type { Node, NodeEntry } from 'slate';
import { spellDecorations } from '../../../../renderer/editor/spelling/decorate.ts';
import type { CheckedBlock } from '../../../../renderer/editor/spelling/protocol.ts';

const root = {
  children: [
    { type: 'action', id: 'a', children: [{ text: 'A smal ' }, { text: 'lemmon', bold: true }, { text: ' here.' }] },
    { type: 'dialogue', id: 'b', children: [{ text: 'Teh end.' }] },
  ] as unknown as Node[],
};
const checked = (id: string, text: string, ranges: Array<[number, number]>): [string, CheckedBlock] => [id, { id, text, ranges }];
const leaf = (block: number, i: number): NodeEntry => [(root.children[block] as unknown as { children: Node[] }).children[i], [block, i]];
const offsets = (entry: NodeEntry, results: Map<string, CheckedBlock>) => spellDecorations(root, results, entry).map((r) => [r.anchor.offset, r.focus.offset]);

describe('spellDecorations', () => {
  const results = new Map([checked('a', 'A smal lemmon here.', [[2, 6], [7, 13]]), checked('b', 'Teh end.', [[0, 3]])]);

  it.each<[string, NodeEntry, number[][]]>([
    ['a range inside the first leaf', leaf(0, 0), [[2, 6]]],
    ['a range that is a whole later leaf, in its own offsets', leaf(0, 1), [[0, 6]]],
    ['a leaf with no range', leaf(0, 2), []],
    ['another block', leaf(1, 0), [[0, 3]]],
    ['a block, not a text', [root.children[0], [0]], []],
  ])('%s', (_name, entry, expected) => {
    expect(offsets(entry, results)).toEqual(expected);
  });

  it('drops a result whose block text has changed since it was checked', () => {
    expect(offsets(leaf(1, 0), new Map([checked('b', 'Teh end', [[0, 3]])]))).toEqual([]);
  });

  it('marks every range spell', () => {
    expect(spellDecorations(root, results, leaf(1, 0))).toEqual([{ anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 3 }, spell: true }]);
  });
});
