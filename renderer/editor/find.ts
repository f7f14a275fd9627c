/** Find and replace over the editor's text leaves (a match never spans two differently styled runs). */
import { Editor, Point, Range, Transforms, type BaseRange } from 'slate';
import type { ScriptBlock } from './types.ts';
import { markInserted } from './revisions/mark-inserted.ts';

export interface FindOptions {
  matchCase: boolean;
}

export function findAll(blocks: readonly ScriptBlock[], query: string, opts: FindOptions): BaseRange[] {
  if (!query) return [];
  const q = opts.matchCase ? query : query.toLowerCase();
  const out: BaseRange[] = [];
  blocks.forEach((b, bi) =>
    b.children.forEach((leaf, li) => {
      const text = opts.matchCase ? leaf.text : leaf.text.toLowerCase();
      for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length)) {
        out.push({ anchor: { path: [bi, li], offset: i }, focus: { path: [bi, li], offset: i + q.length } });
      }
    }),
  );
  return out;
}

/** The first match after the caret (or the last before it, going backwards), wrapping around. */
export function findNext(editor: Editor, query: string, opts: FindOptions, backwards = false): BaseRange | undefined {
  const matches = findAll(editor.children as ScriptBlock[], query, opts);
  if (matches.length === 0) return undefined;
  const sel = editor.selection;
  if (!sel) return backwards ? matches[matches.length - 1] : matches[0];
  const [start, end] = Range.edges(sel);
  if (backwards) {
    const before = matches.filter((m) => Point.isBefore(Range.start(m), start));
    return before.length ? before[before.length - 1] : matches[matches.length - 1];
  }
  return matches.find((m) => !Point.isBefore(Range.start(m), end)) ?? matches[0];
}

/** Replaces every match; returns how many. Goes backwards so earlier offsets stay valid. */
export function replaceAll(editor: Editor, query: string, replacement: string, opts: FindOptions): number {
  const matches = findAll(editor.children as ScriptBlock[], query, opts);
  Editor.withoutNormalizing(editor, () => {
    for (const m of [...matches].reverse()) {
      Transforms.insertText(editor, replacement, { at: m });
      markInserted(editor, Range.start(m), replacement.length);
    }
  });
  return matches.length;
}
