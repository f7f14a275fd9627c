/**
 * Applies a format-coach fix (shared/screenplay/coach.ts) to the live editor as Slate operations,
 * so it is one undo step and element ids stay stable — the same effect `applyFix` has on the model.
 */
import { Editor, Node, Transforms, type Point } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { CoachFinding } from '../../shared/screenplay/coach.ts';
import { parseHeading } from '../../shared/screenplay/rules/heading.ts';
import type { ScreenplayEditor, ScriptBlock } from './types.ts';
import { setBlockType } from './with-screenplay.ts';

/** The Slate point at a character offset of block `index`, across its leaves. */
function pointAt(editor: Editor, index: number, offset: number): Point {
  const block = editor.children[index] as ScriptBlock;
  let left = offset;
  for (let i = 0; i < block.children.length; i++) {
    const len = block.children[i].text.length;
    if (left <= len) return { path: [index, i], offset: left };
    left -= len;
  }
  return Editor.end(editor, [index]);
}

/** Returns false (and changes nothing) when the script no longer matches the finding. */
export function applyCoachFix(editor: ScreenplayEditor, finding: CoachFinding, choice?: string): boolean {
  const fix = finding.fix;
  if (!fix || fix.elementIndex >= editor.children.length) return false;
  const i = fix.elementIndex;
  const block = editor.children[i] as ScriptBlock;
  const text = Node.string(block);
  let applied = false;
  const apply = () =>
    Editor.withoutNormalizing(editor, () => {
      switch (fix.kind) {
        case 'append_time': {
          const time = (choice ?? fix.choices[0] ?? '').trim().toUpperCase();
          if (block.type !== 'scene_heading' || !time || parseHeading(text).time !== '') return;
          const trimmed = text.trimEnd().length;
          if (trimmed < text.length) Transforms.delete(editor, { at: { anchor: pointAt(editor, i, trimmed), focus: Editor.end(editor, [i]) } });
          Transforms.insertText(editor, ` - ${time}`, { at: Editor.end(editor, [i]) });
          applied = true;
          return;
        }
        case 'convert':
          if (block.type !== fix.from) return;
          setBlockType(editor, [i], fix.to);
          if (fix.from === 'parenthetical') {
            // As the model's fix: "(beat)" as action reads "Beat" — brackets off (setBlockType), first letter up.
            const now = Node.string(editor.children[i]);
            const lead = now.length - now.trimStart().length;
            const first = now.charAt(lead);
            if (first && first !== first.toUpperCase()) {
              Transforms.insertText(editor, first.toUpperCase(), { at: { anchor: pointAt(editor, i, lead), focus: pointAt(editor, i, lead + 1) } });
            }
          }
          applied = true;
          return;
        case 'split': {
          if (block.type !== 'action' || fix.end <= 0 || fix.start >= text.length || fix.end > fix.start) return;
          if (fix.start > fix.end) Transforms.delete(editor, { at: { anchor: pointAt(editor, i, fix.end), focus: pointAt(editor, i, fix.start) } });
          Transforms.splitNodes(editor, { at: pointAt(editor, i, fix.end), always: true });
          applied = true;
        }
      }
    });
  // A batch of its own: one undo step, never merged into the typing before it.
  HistoryEditor.withNewBatch(editor, apply);
  return applied;
}
