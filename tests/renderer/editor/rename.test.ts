/** Rename in the editor: the plan applied in place (ids kept), and taken back with one undo. */
import { Node } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { fromSlate } from '../../../renderer/editor/convert.ts';
import { applyRenamePlan } from '../../../renderer/editor/rename.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';
import { planRename } from '../../../shared/screenplay/rename/plan.ts';
import { block, editorWith, type } from './fixture.ts';

describe('applyRenamePlan', () => {
  it('renames cues and mentions across marked leaves in one undo step, keeping ids', () => {
    const marked: ScriptBlock = { type: 'action', id: 'm1', children: [{ text: 'Lalu ' }, { text: 'Sari', bold: true }, { text: ' pergi.' }] };
    const e = editorWith([block('scene_heading', 'INT. RUMAH - MALAM'), marked, block('character', 'SARI (V.O.)'), block('dialogue', 'Halo.')], 3);
    type(e, ' Apa?');
    const before = (e.children as ScriptBlock[]).map((b) => [b.id, Node.string(b)]);
    const ids = before.map(([id]) => id);
    const plan = planRename(fromSlate(e.children as ScriptBlock[], []).elements, { kind: 'character', from: 'SARI', to: 'DEWI', mentions: true });
    if (!plan.ok) throw new Error(plan.error.code);
    applyRenamePlan(e, plan.value);
    expect((e.children as ScriptBlock[]).map((b) => Node.string(b))).toEqual(['INT. RUMAH - MALAM', 'Lalu Dewi pergi.', 'DEWI (V.O.)', 'Halo. Apa?']);
    expect((e.children as ScriptBlock[]).map((b) => b.id)).toEqual(ids);
    expect((e.children[1] as ScriptBlock).children.find((l) => l.text === 'Dewi')?.bold).toBe(true);
    HistoryEditor.undo(e);
    expect((e.children as ScriptBlock[]).map((b) => [b.id, Node.string(b)])).toEqual(before);
  });
});
