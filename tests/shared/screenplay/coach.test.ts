import { describe, expect, it } from 'vitest';
import { applyFix, coachScript, fixMessage, type CoachFinding } from '../../../shared/screenplay/coach.ts';
import { offeredTimes } from '../../../shared/screenplay/rules/time-of-day.ts';
import { PAPER_PROFILES } from '../../../shared/screenplay/layout/profiles.ts';
import { wrapText } from '../../../shared/screenplay/layout/wrap.ts';
import type { ElementType, Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';

const el = (type: ElementType, text: string, extra: Partial<ScriptElement> = {}): ScriptElement => ({ type, text, ...extra });
const script = (...elements: ScriptElement[]): Screenplay => ({ version: 1, titlePage: [], elements });
const only = (s: Screenplay, code: string): CoachFinding => {
  const found = coachScript(s).filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('coachScript', () => {
  it('finds nothing in a clean script', () => {
    const s = script(
      el('scene_heading', 'INT. RUMAH - MALAM'),
      el('action', 'Sari masuk.'),
      el('character', 'SARI'),
      el('parenthetical', '(pelan)'),
      el('dialogue', 'Halo.'),
      el('transition', 'CUT TO:'),
      el('note', 'ganti lokasi'),
      el('scene_heading', 'EXT. JALAN - PAGI'),
      el('scene_heading', 'MONTAGE'),
      el('transition', 'FADE OUT.'),
      el('centered', 'THE END'),
    );
    expect(coachScript(s)).toEqual([]);
  });

  it('heading without a time of day: offers times in the script’s language, used ones first', () => {
    const s = script(el('scene_heading', 'INT. RUMAH - SORE'), el('scene_heading', 'EXT. SAWAH'), el('action', 'Angin.'));
    const f = only(s, 'coach.heading_no_time');
    expect(f).toMatchObject({ elementIndex: 1, params: { scene: 2, heading: 'EXT. SAWAH' } });
    expect(f.fix).toEqual({ kind: 'append_time', elementIndex: 1, choices: ['SORE', ...offeredTimes('id').filter((t) => t !== 'SORE')] });
    expect(applyFix(s, f).elements[1].text).toBe('EXT. SAWAH - SORE');
    expect(applyFix(s, f, 'malam').elements[1].text).toBe('EXT. SAWAH - MALAM');
    expect(fixMessage(f.fix!, 'PAGI')).toEqual({ code: 'coach.fix.append_time', params: { time: 'PAGI' } });
  });

  it('heading choices follow the language option when the script shows none', () => {
    const s = script(el('scene_heading', 'INT. KITCHEN'));
    expect(coachScript(s)[0].fix).toMatchObject({ choices: [...offeredTimes('en')] });
    expect(coachScript(s, { language: 'id' })[0].fix).toMatchObject({ choices: [...offeredTimes('id')] });
  });

  it('orphan parenthetical: converted to action without its brackets, marks kept', () => {
    const s = script(el('character', 'SARI'), el('dialogue', 'Pergi.'), el('parenthetical', '(beat)', { marks: [{ start: 1, end: 5, style: 'italic' }] }), el('action', 'Ia diam.'));
    const f = only(s, 'coach.orphan_parenthetical');
    expect(f).toMatchObject({ elementIndex: 2, params: { text: '(beat)' }, fix: { kind: 'convert', elementIndex: 2, from: 'parenthetical', to: 'action' } });
    const fixed = applyFix(s, f);
    expect(fixed.elements[2]).toEqual({ type: 'action', text: 'Beat', marks: [{ start: 0, end: 4, style: 'italic' }] });
    expect(s.elements[2].type).toBe('parenthetical');
    expect(coachScript(fixed)).toEqual([]);
  });

  it('cue without dialogue: text typed as action under it becomes dialogue', () => {
    const s = script(el('character', 'SARI'), el('action', 'Aku pulang.'));
    const f = only(s, 'coach.cue_without_dialogue');
    expect(f).toMatchObject({ elementIndex: 0, params: { character: 'SARI' }, fix: { kind: 'convert', elementIndex: 1, from: 'action', to: 'dialogue' } });
    expect(applyFix(s, f).elements.map((e) => e.type)).toEqual(['character', 'dialogue']);
    expect(fixMessage(f.fix!)).toEqual({ code: 'coach.fix.to_dialogue', params: {} });
  });

  it('cue without anything under it becomes action', () => {
    const s = script(el('character', 'DOR!', { dual: true }), el('scene_heading', 'INT. A - DAY'));
    const f = only(s, 'coach.cue_without_dialogue');
    expect(f.fix).toEqual({ kind: 'convert', elementIndex: 0, from: 'character', to: 'action' });
    expect(applyFix(s, f).elements[0]).toEqual({ type: 'action', text: 'DOR!' });
  });

  it('transition not leading to a scene heading; the fix when a heading was typed as action', () => {
    const s = script(el('scene_heading', 'INT. A - DAY'), el('transition', 'CUT TO:'), el('action', 'ext. pasar - pagi'));
    const f = only(s, 'coach.transition_misplaced');
    expect(f).toMatchObject({ elementIndex: 1, params: { transition: 'CUT TO:', scene: 1 }, fix: { kind: 'convert', elementIndex: 2, to: 'scene_heading' } });
    expect(applyFix(s, f).elements[2].type).toBe('scene_heading');
    const plain = script(el('transition', 'CUT TO:'), el('action', 'Sari tertawa.'), el('scene_heading', 'INT. B - DAY'));
    const g = only(plain, 'coach.transition_misplaced');
    expect(g.fix).toBeUndefined();
    expect(applyFix(plain, g)).toBe(plain);
  });

  it('overlong action: flagged past the limit, split at the sentence nearest the middle', () => {
    const width = PAPER_PROFILES.letter.elements.action.width;
    const sentences = Array.from({ length: 8 }, (_, i) => `Kalimat nomor ${i} berisi beberapa kata tambahan.`);
    const text = sentences.join(' ');
    const lines = wrapText(text, width).length;
    const s = script(el('action', text, { id: 'a1', marks: [{ start: 0, end: text.length, style: 'bold' }] }));
    expect(coachScript(s, { maxActionLines: lines })).toEqual([]);
    const f = coachScript(s, { maxActionLines: lines - 1 })[0];
    expect(f).toMatchObject({ code: 'coach.long_action', elementIndex: 0, params: { found: lines, max: lines - 1 } });
    const fixed = applyFix(s, f);
    expect(fixed.elements.map((e) => e.text)).toEqual([sentences.slice(0, 4).join(' '), sentences.slice(4).join(' ')]);
    expect(fixed.elements[0].id).toBe('a1');
    expect(fixed.elements[1].id).toBeUndefined();
    expect(fixed.elements[1].marks).toEqual([{ start: 0, end: fixed.elements[1].text.length, style: 'bold' }]);
  });

  it('uses the default limit of 5 lines and offers no split without a sentence break', () => {
    const width = PAPER_PROFILES.letter.elements.action.width;
    const text = 'kata '.repeat(width * 6 / 5).trim();
    expect(wrapText(text, width).length).toBeGreaterThan(5);
    const f = only(script(el('action', text)), 'coach.long_action');
    expect(f.params.max).toBe(5);
    expect(f.fix).toBeUndefined();
  });

  it('leaves the script alone when a fix no longer fits it', () => {
    const s = script(el('character', 'SARI'), el('action', 'Aku pulang.'));
    const f = only(s, 'coach.cue_without_dialogue');
    const changed = script(el('character', 'SARI'), el('dialogue', 'Aku pulang.'));
    expect(applyFix(changed, f)).toBe(changed);
  });
});

describe('a doubled heading separator', () => {
  const heading = (text: string): Screenplay => ({ version: 1, titlePage: [], elements: [{ type: 'scene_heading', text }, { type: 'action', text: 'Sepi.' }] });
  it('flags "WARUNG KOPI -  - SORE", not a heading with two parts', () => {
    expect(coachScript(heading('INT. WARUNG KOPI -  - SORE')).map((f) => [f.code, f.params.heading])).toEqual([['coach.heading_double_separator', 'INT. WARUNG KOPI -  - SORE']]);
    expect(coachScript(heading('INT. RUMAH - DAPUR - MALAM'))).toEqual([]);
    expect(coachScript(heading('INT. WARUNG KOPI - SORE'))).toEqual([]);
  });
});
