import { describe, expect, it } from 'vitest';
import { cueName, isVoiceOver, parseCue } from '../../../../shared/screenplay/rules/cue.ts';

describe('parseCue', () => {
  it.each([
    ['SARI', { name: 'SARI', extensions: [], contd: false, dual: false }],
    ['sari (V.O.)', { name: 'SARI', extensions: ['V.O.'], contd: false, dual: false }],
    ["SARI (V.O.) (CONT'D)", { name: 'SARI', extensions: ['V.O.'], contd: true, dual: false }],
    ['SARI (CONT’D) ^', { name: 'SARI', extensions: [], contd: true, dual: true }],
    ['BUDI ^', { name: 'BUDI', extensions: [], contd: false, dual: true }],
    ['DR. WIRA (O.S.)', { name: 'DR. WIRA', extensions: ['O.S.'], contd: false, dual: false }],
  ])('%s', (text, cue) => {
    expect(parseCue(text)).toEqual(cue);
    expect(cueName(text)).toBe(cue.name);
  });
});

describe('isVoiceOver', () => {
  it.each([
    ['SARI (V.O.)', true],
    ['SARI (V.O)', true],
    ['SARI(VO)', true],
    ['SARI (V. O.) (CONT’D)', true],
    ['SARI (O.S.) (V.O.)', true],
    ['SARI (O.S.)', false],
    ['SARI', false],
    ['VOLKOV (VOICE)', false],
  ])('%s → %s', (text, expected) => expect(isVoiceOver(parseCue(text))).toBe(expected));
});
