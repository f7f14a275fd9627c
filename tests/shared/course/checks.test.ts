import { describe, expect, it } from 'vitest';
import { runChecks, allPassed, type Check } from '../../../shared/course/checks/run.ts';
import { paginate } from '../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../shared/screenplay/layout/profiles.ts';
import { wrapText } from '../../../shared/screenplay/layout/wrap.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import type { ElementType, Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';

const el = (type: ElementType, text: string, extra: Partial<ScriptElement> = {}): ScriptElement => ({ type, text, ...extra });
const script = (elements: ScriptElement[], titlePage: Screenplay['titlePage'] = []): Screenplay => ({ version: 1, titlePage, elements });

function fountain(src: string): Screenplay {
  const r = parseFountain(src);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const one = (s: Screenplay, check: Check, paper: 'letter' | 'a4' = 'letter') => runChecks(s, [check], paper)[0];

const SHORT = fountain(`Title: Hujan
Author: Sari

FADE IN:

INT. RUMAH SARI - MALAM

Sari menutup jendela.

SARI
Hujan lagi.

BUDI (O.S.)
(dari dapur)
Sudah kubilang.

EXT. JALAN - PAGI

Jalanan basah.

> FADE OUT.
`);

describe('runChecks', () => {
  it('returns one result per check, identified by id or kind', () => {
    const results = runChecks(SHORT, [{ kind: 'scenes', min: 1 }, { kind: 'scenes', id: 'few', max: 1 }], 'a4');
    expect(results.map((r) => [r.id, r.kind, r.passed])).toEqual([
      ['scenes', 'scenes', true],
      ['few', 'scenes', false],
    ]);
    expect(allPassed(results)).toBe(false);
    expect(allPassed(runChecks(SHORT, [], 'a4'))).toBe(true);
  });

  it('pages: counts pages as the layout engine does, per paper', () => {
    const long = script(Array.from({ length: 100 }, (_, i) => el('action', `Paragraph ${i}. ${'word '.repeat(40)}`)));
    const letter = paginate(long, PAPER_PROFILES.letter).pages.length;
    const a4 = paginate(long, PAPER_PROFILES.a4).pages.length;
    expect(letter).toBeGreaterThan(a4);
    expect(one(long, { kind: 'pages', min: letter }, 'letter')).toMatchObject({ passed: true, message: { code: 'checks.pages.ok', params: { found: letter } } });
    expect(one(long, { kind: 'pages', max: letter - 1 }, 'letter')).toMatchObject({ passed: false, message: { code: 'checks.pages.too_many', params: { found: letter, max: letter - 1 } } });
    expect(one(long, { kind: 'pages', min: a4 + 1 }, 'a4')).toMatchObject({ passed: false, message: { code: 'checks.pages.too_few', params: { found: a4, min: a4 + 1 } } });
  });

  it('scenes: min and max', () => {
    expect(one(SHORT, { kind: 'scenes', min: 2, max: 2 })).toMatchObject({ passed: true, message: { params: { found: 2 } } });
    expect(one(SHORT, { kind: 'scenes', min: 3 })).toMatchObject({ passed: false, message: { code: 'checks.scenes.too_few', params: { found: 2, min: 3 } } });
    expect(one(SHORT, { kind: 'scenes', max: 1 })).toMatchObject({ passed: false, message: { code: 'checks.scenes.too_many', params: { found: 2, max: 1 } } });
  });

  it('title_page: required fields, case-blind, non-empty', () => {
    expect(one(SHORT, { kind: 'title_page', fields: ['title', 'AUTHOR'] })).toMatchObject({ passed: true, message: { code: 'checks.title_page.ok' } });
    const blank = script([], [{ key: 'Title', value: 'X' }, { key: 'Author', value: '  ' }]);
    expect(one(blank, { kind: 'title_page', fields: ['Title', 'Author', 'Contact'] })).toMatchObject({
      passed: false,
      message: { code: 'checks.title_page.missing', params: { fields: 'Author, Contact', total: 2 } },
    });
  });

  it('int_and_ext: both settings needed; INT./EXT. counts for both', () => {
    expect(one(SHORT, { kind: 'int_and_ext' })).toMatchObject({ passed: true, message: { params: { interior: 1, exterior: 1 } } });
    const inside = script([el('scene_heading', 'INT. A - DAY'), el('scene_heading', 'INT. B - DAY')]);
    expect(one(inside, { kind: 'int_and_ext' })).toMatchObject({ passed: false, message: { code: 'checks.int_and_ext.missing_exterior', params: { interior: 2, exterior: 0 } } });
    const outside = script([el('scene_heading', 'EXT. A - DAY')]);
    expect(one(outside, { kind: 'int_and_ext' }).message.code).toBe('checks.int_and_ext.missing_interior');
    expect(one(script([el('action', 'Nothing.')]), { kind: 'int_and_ext' }).message.code).toBe('checks.int_and_ext.missing_both');
    expect(one(script([el('scene_heading', 'INT./EXT. MOBIL - MALAM')]), { kind: 'int_and_ext' }).passed).toBe(true);
  });

  it('characters: every named character speaks (extensions ignored)', () => {
    expect(one(SHORT, { kind: 'characters', names: ['Sari', 'BUDI'] })).toMatchObject({ passed: true, message: { code: 'checks.characters.ok', params: { total: 2 } } });
    expect(one(SHORT, { kind: 'characters', names: ['SARI', 'Tono', 'Wati'] })).toMatchObject({
      passed: false,
      message: { code: 'checks.characters.missing', params: { names: 'TONO, WATI', total: 2 } },
    });
  });

  it('fade_in_out: first and last printed elements, any type', () => {
    expect(one(SHORT, { kind: 'fade_in_out' })).toMatchObject({ passed: true, message: { code: 'checks.fade_in_out.ok' } });
    const noOut = script([el('action', 'FADE IN:'), el('scene_heading', 'INT. A - DAY'), el('action', 'End.'), el('note', 'FADE OUT.')]);
    expect(one(noOut, { kind: 'fade_in_out' }).message.code).toBe('checks.fade_in_out.missing_fade_out');
    const noIn = script([el('note', 'FADE IN'), el('scene_heading', 'INT. A - DAY'), el('transition', 'FADE TO BLACK.')]);
    expect(one(noIn, { kind: 'fade_in_out' }).message.code).toBe('checks.fade_in_out.missing_fade_in');
    expect(one(script([el('action', 'Hi.')]), { kind: 'fade_in_out' }).message.code).toBe('checks.fade_in_out.missing_both');
  });

  it('time_of_day: every heading ends with an allowed word', () => {
    const allowed = ['PAGI', 'SIANG', 'SORE', 'MALAM'];
    expect(one(SHORT, { kind: 'time_of_day', allowed })).toMatchObject({ passed: true, message: { params: { total: 2 } } });
    const s = script([el('scene_heading', 'INT. RUMAH - malam'), el('action', 'x'), el('scene_heading', 'EXT. PASAR - DAY'), el('scene_heading', 'EXT. SAWAH'), el('scene_heading', 'INT. KAMAR - SIANGAN')]);
    expect(one(s, { kind: 'time_of_day', allowed })).toMatchObject({
      passed: false,
      message: { code: 'checks.time_of_day.bad_heading', params: { elementIndex: 2, scene: 2, heading: 'EXT. PASAR - DAY', total: 3, allowed: 'PAGI, SIANG, SORE, MALAM' } },
    });
  });

  it('max_action_lines: lines as wrapped at the action width', () => {
    const width = PAPER_PROFILES.letter.elements.action.width;
    const text = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const lines = wrapText(text, width).length;
    expect(lines).toBeGreaterThan(2);
    const s = script([el('scene_heading', 'INT. A - DAY'), el('action', 'Short.'), el('action', text)]);
    expect(one(s, { kind: 'max_action_lines', lines })).toMatchObject({ passed: true, message: { code: 'checks.max_action_lines.ok', params: { longest: lines, max: lines } } });
    expect(one(s, { kind: 'max_action_lines', lines: lines - 1 })).toMatchObject({
      passed: false,
      message: { code: 'checks.max_action_lines.too_long', params: { elementIndex: 2, scene: 1, found: lines, max: lines - 1, total: 1 } },
    });
  });

  it('max_speech_lines: dialogue and parentheticals of one cue, at their widths', () => {
    const d = PAPER_PROFILES.letter.elements.dialogue.width;
    const p = PAPER_PROFILES.letter.elements.parenthetical.width;
    const speech = 'Aku sudah bilang berkali-kali, jangan taruh ember di depan pintu kalau hujan.';
    const paren = '(sambil memeras handuk yang basah kuyup)';
    const expected = wrapText(speech, d).length * 2 + wrapText(paren, p).length;
    const s = script([el('character', 'SARI'), el('dialogue', 'Ya.'), el('character', 'BUDI'), el('dialogue', speech), el('parenthetical', paren), el('dialogue', speech)]);
    expect(one(s, { kind: 'max_speech_lines', lines: expected }).passed).toBe(true);
    expect(one(s, { kind: 'max_speech_lines', lines: expected - 1 })).toMatchObject({
      passed: false,
      message: { code: 'checks.max_speech_lines.too_long', params: { elementIndex: 2, character: 'BUDI', found: expected, max: expected - 1, total: 1 } },
    });
  });

  it('dialogue_share: share of words spoken, shown in whole percent', () => {
    // 4 words of action, 1 in the cue, 5 of dialogue: 5 / 10.
    const s = script([el('action', 'Sari opens the door.'), el('character', 'SARI'), el('dialogue', 'Jangan masuk dulu, lantainya basah.')]);
    const share = 5 / 10;
    const words = 4 + 1 + 5;
    expect(words).toBe(10);
    expect(one(s, { kind: 'dialogue_share', min: share - 0.01, max: share + 0.01 })).toMatchObject({ passed: true, message: { code: 'checks.dialogue_share.ok', params: { found: 50 } } });
    expect(one(s, { kind: 'dialogue_share', min: 0.6 })).toMatchObject({ passed: false, message: { code: 'checks.dialogue_share.too_low', params: { found: 50, min: 60 } } });
    expect(one(s, { kind: 'dialogue_share', max: 0.25 })).toMatchObject({ passed: false, message: { code: 'checks.dialogue_share.too_high', params: { found: 50, max: 25 } } });
    expect(one(script([]), { kind: 'dialogue_share', min: 0.1 }).passed).toBe(false);
  });
});
