/**
 * Parentheticals that a Final Draft writer split with Enter ("(looking about" / "the room)", as the
 * Nicholl format guide has them) and parentheticals missing a parenthesis: what the Fountain writer
 * makes of them, and what the reader takes back.
 */
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';

const script = (elements: ScriptElement[]): Screenplay => ({ version: 1, titlePage: [], elements });

function reparse(s: Screenplay): [string, string][] {
  const r = parseFountain(writeFountain(s));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.elements.map((e) => [e.type, e.text]);
}

describe('Fountain writer: parentheticals', () => {
  it('writes a parenthetical split over two paragraphs as one over two lines', () => {
    const s = script([
      { type: 'character', text: 'RANI' },
      { type: 'parenthetical', text: '(looking about' },
      { type: 'parenthetical', text: 'the room)' },
      { type: 'dialogue', text: 'Nobody here.' },
    ]);
    expect(writeFountain(s)).toBe('RANI\n(looking about\nthe room)\nNobody here.\n');
    expect(reparse(s)).toEqual([
      ['character', 'RANI'],
      ['parenthetical', '(looking about\nthe room)'],
      ['dialogue', 'Nobody here.'],
    ]);
  });

  it('joins a run over three paragraphs', () => {
    const s = script([
      { type: 'character', text: 'RANI' },
      { type: 'parenthetical', text: '(pointing to' },
      { type: 'parenthetical', text: 'the top of' },
      { type: 'parenthetical', text: 'the page)' },
      { type: 'dialogue', text: 'There.' },
    ]);
    expect(reparse(s)).toEqual([
      ['character', 'RANI'],
      ['parenthetical', '(pointing to\nthe top of\nthe page)'],
      ['dialogue', 'There.'],
    ]);
  });

  it('adds only the parenthesis a lone parenthetical lacks', () => {
    const s = script([
      { type: 'character', text: 'RANI' },
      { type: 'parenthetical', text: '(to herself' },
      { type: 'dialogue', text: 'Again.' },
      { type: 'parenthetical', text: 'beat)' },
      { type: 'dialogue', text: 'And again.' },
      { type: 'parenthetical', text: 'quietly' },
      { type: 'dialogue', text: 'Enough.' },
    ]);
    expect(reparse(s)).toEqual([
      ['character', 'RANI'],
      ['parenthetical', '(to herself)'],
      ['dialogue', 'Again.'],
      ['parenthetical', '(beat)'],
      ['dialogue', 'And again.'],
      ['parenthetical', '(quietly)'],
      ['dialogue', 'Enough.'],
    ]);
  });

  it('does not join the parentheticals of two speakers of a dual dialogue', () => {
    const s = script([
      { type: 'character', text: 'RANI' },
      { type: 'parenthetical', text: '(shouting' },
      { type: 'character', text: 'BUDI', dual: true },
      { type: 'parenthetical', text: 'back)', dual: true },
      { type: 'dialogue', text: 'No!', dual: true },
    ]);
    expect(reparse(s)).toEqual([
      ['character', 'RANI'],
      ['parenthetical', '(shouting)'],
      ['character', 'BUDI'],
      ['parenthetical', '(back)'],
      ['dialogue', 'No!'],
    ]);
  });

  it('leaves whole parentheticals as they are', () => {
    const s = script([
      { type: 'character', text: 'RANI' },
      { type: 'parenthetical', text: '(pelan)' },
      { type: 'parenthetical', text: '(melihat ke sekeliling\nruangan)' },
      { type: 'dialogue', text: 'Halo.' },
    ]);
    expect(reparse(s)).toEqual(s.elements.map((e) => [e.type, e.text]));
  });
});
