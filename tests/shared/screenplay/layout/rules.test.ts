/** The pagination rules as tables of cases (shared/screenplay/layout/rules.ts). */
import { describe, expect, it } from 'vitest';
import { continuedCue, endsSentence, leavesEnoughAfter, mayEndPageAfter, opensPageAlone, keepsWithNext, printsAutoContd, sentenceEnds, speakerBefore, tooEmptyToMove } from '../../../../shared/screenplay/layout/rules.ts';
import type { ScriptElement } from '../../../../shared/screenplay/model.ts';

describe('sentenceEnds: where a speech or a paragraph may break', () => {
  const cases: [string, string[]][] = [
    ['Pergi. Sekarang!', ['Pergi.']],
    ['Kenapa? Aku tidak tahu. Sudahlah', ['Kenapa?', 'Kenapa? Aku tidak tahu.']],
    ['"Pergi!" katanya.', []], // a lower-case word goes on: one sentence
    ['Dia bilang, "Pergi." Lalu diam.', ['Dia bilang, "Pergi."']],
    ['Tunggu... mungkin nanti.', ['Tunggu...']], // after an ellipsis Final Draft breaks before a lower-case word too
    ['Tunggu… mungkin nanti.', ['Tunggu…']],
    ['Tunggu.. mungkin nanti.', ['Tunggu..']],
    ['Tunggu... Mungkin nanti.', ['Tunggu...']],
    ['(Dia tertawa.) Baiklah.', ['(Dia tertawa.)']],
    ['Satu.  Dua.', ['Satu.']],
    ['我们走吧。明天见。', ['我们走吧。']],
    ['No full stop at all', []],
    ['Ends here.', []], // the text's own end is not a break inside it
  ];
  it.each(cases)('%s', (text, before) => {
    expect(sentenceEnds(text).map((o) => text.slice(0, o))).toEqual(before);
  });
});

describe('leavesEnoughAfter: lines after the one a page ends in, as wrapped before the break', () => {
  it.each([
    [0, false],
    [1, false],
    [2, true],
    [5, true],
  ] as const)('%i → %s', (n, expected) => expect(leavesEnoughAfter(n)).toBe(expected));
});

describe('endsSentence', () => {
  it.each([
    ['Pergi.', true],
    ['Pergi!"', true],
    ['Kenapa?)', true],
    ['Aku mau --', true],
    ['Aku mau…', true],
    ['Aku mau', false],
    ['Dan,', false],
  ] as const)('%s → %s', (text, expected) => expect(endsSentence(text)).toBe(expected));
});

describe('element rules', () => {
  it.each([
    ['parenthetical', false, false, true],
    ['dialogue', true, false, true],
    ['scene_heading', true, true, true],
    ['shot', true, true, true],
    ['transition', true, false, false],
    ['action', true, false, true],
  ] as const)('%s: may end a page %s, keeps with next %s, may open a page alone %s', (type, end, keep, open) => {
    expect(mayEndPageAfter(type)).toBe(end);
    expect(keepsWithNext(type)).toBe(keep);
    expect(opensPageAlone(type)).toBe(open);
  });

  it.each([
    [10, 55, false],
    [18, 55, false],
    [19, 55, true],
    [20, 59, true],
  ] as const)('%i empty lines of %i: too empty to move on: %s', (empty, max, expected) => expect(tooEmptyToMove(empty, max)).toBe(expected));
});

describe('continuedCue: the line atop a continued speech', () => {
  it.each([
    ['SARI', "SARI (CONT'D)"],
    ['SARI (V.O.)', "SARI (V.O.) (CONT'D)"],
    ["SARI (CONT'D)", "SARI (CONT'D)"],
    ['SARI (cont’d)', 'SARI (cont’d)'],
    ['BUDI ^', "BUDI (CONT'D)"],
  ])('%s → %s', (cue, expected) => expect(continuedCue(cue, "(CONT'D)")).toBe(expected));
  it('uses the script’s own mark (Final Draft’s DialogueTop)', () => expect(continuedCue('SARI', "(cont'd)")).toBe("SARI (cont'd)"));
});

describe('automatic CONT’D', () => {
  const e = (type: ScriptElement['type'], text = 'x', dual?: true): ScriptElement => ({ type, text, ...(dual ? { dual } : {}) });
  const cases: [string, ScriptElement[], string | null][] = [
    ['after only action', [e('character', 'SARI'), e('dialogue'), e('action')], 'SARI'],
    ['after action and a note', [e('character', 'SARI (V.O.)'), e('dialogue'), e('action'), e('note')], 'SARI'],
    ['straight after the speech', [e('character', 'SARI'), e('dialogue')], 'SARI'],
    ['a scene heading between', [e('character', 'SARI'), e('dialogue'), e('scene_heading', 'INT. A - DAY'), e('action')], null],
    // Final Draft carries the speaker across a transition that no scene heading follows.
    ['a transition between', [e('character', 'SARI'), e('dialogue'), e('transition', 'CUT TO:')], 'SARI'],
    ['action, a transition and action', [e('character', 'SARI'), e('dialogue'), e('action'), e('transition', 'CUT TO:'), e('action')], 'SARI'],
    ['a transition, then a scene heading', [e('character', 'SARI'), e('dialogue'), e('transition', 'CUT TO:'), e('scene_heading', 'INT. A - DAY')], null],
    ['a shot between', [e('character', 'SARI'), e('dialogue'), e('shot', 'ON SARI')], null],
    ['after dual dialogue', [e('character', 'SARI'), e('dialogue'), e('character', 'BUDI', true), e('dialogue', 'y', true), e('action')], null],
    ['nothing before', [e('action')], null],
  ];
  it.each(cases)('speaker %s', (_, els, speaker) => expect(speakerBefore(els, els.length)).toBe(speaker));

  it.each([
    ['SARI', 'SARI', true],
    ['SARI (O.S.)', 'SARI', true],
    ['SARI (SPANISH)', 'SARI', true],
    // A voice-over cue: Final Draft prints the narrator's cue again without CONT'D.
    ['SARI (V.O.)', 'SARI', false],
    ['SARI (V.O)', 'SARI', false],
    ['SARI (vo)', 'SARI', false],
    ["SARI (CONT'D)", 'SARI', false], // typed by the writer: printed once
    ['BUDI', 'SARI', false],
    ['SARI', null, false],
  ] as const)('cue %s after %s prints CONT’D: %s', (cue, before, expected) => expect(printsAutoContd(e('character', cue), before)).toBe(expected));
});
