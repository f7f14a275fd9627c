/**
 * Coach fixes applied to the live editor give the same script as the pure applyFix on the model,
 * each in one undo step, and do nothing when the script no longer matches the finding.
 */
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { applyCoachFix } from '../../../renderer/editor/coach-fix.ts';
import { fromSlate } from '../../../renderer/editor/convert.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';
import { applyFix, coachScript } from '../../../shared/screenplay/coach.ts';
import { block, editorWith, value } from './fixture.ts';

const model = (e: { children: unknown[] }) => fromSlate(e.children as ScriptBlock[], []);
const strip = (s: ReturnType<typeof model>) => s.elements.map(({ type, text }) => [type, text]);

describe('coach fixes in the editor', () => {
  const long = 'Hujan turun. '.repeat(40).trim();
  const script = () => [block('scene_heading', 'INT. WARUNG'), block('action', long), block('parenthetical', '(pelan)'), block('action', 'Sepi.')];

  it('matches applyFix on the model for every finding with a fix, in one undo step each', () => {
    const findings = coachScript(model(editorWith(script())), { language: 'id' }).filter((f) => f.fix);
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['coach.heading_no_time', 'coach.long_action', 'coach.orphan_parenthetical']));
    for (const finding of findings) {
      const e = editorWith(script());
      const before = value(e);
      const expected = strip(applyFix(model(e), finding, finding.fix?.kind === 'append_time' ? 'MALAM' : undefined));
      expect(applyCoachFix(e, finding, 'MALAM')).toBe(true);
      expect(value(e)).toEqual(expected);
      const ids = (e.children as ScriptBlock[]).map((b) => b.id);
      expect(new Set(ids).size).toBe(ids.length);
      HistoryEditor.undo(e);
      expect(value(e)).toEqual(before);
    }
  });

  it('changes nothing when the element was edited since the finding', () => {
    const e = editorWith(script());
    const finding = coachScript(model(e), { language: 'id' }).find((f) => f.code === 'coach.heading_no_time')!;
    e.apply({ type: 'insert_text', path: [0, 0], offset: 'INT. WARUNG'.length, text: ' - PAGI' });
    expect(applyCoachFix(e, finding, 'MALAM')).toBe(false);
    expect(value(e)[0]).toEqual(['scene_heading', 'INT. WARUNG - PAGI']);
  });
});
