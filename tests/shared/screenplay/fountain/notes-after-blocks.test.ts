/**
 * Notes written straight under another block, without a blank line between: Beat's own tutorial
 * does it (two "[[marker …]]" lines in a row, under action). They were read as an inline note of
 * an action and dropped, leaving an empty action that the FDX writer then dropped too.
 */
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function parse(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
const types = (text: string) => parse(text).elements.map((e) => [e.type, e.text]);

describe('notes straight after another block', () => {
  it('keeps both of two notes on consecutive lines', () => {
    expect(types('INT. KAMAR - PAGI\n\n[[First note.]]\n[[Second note.]]\n\nRani bangun.\n')).toEqual([
      ['scene_heading', 'INT. KAMAR - PAGI'],
      ['note', 'First note.'],
      ['note', 'Second note.'],
      ['action', 'Rani bangun.'],
    ]);
  });

  it('keeps a note on the line under action, and the action whole', () => {
    expect(types('INT. KAMAR - PAGI\n\nRani bangun.\n[[Needs a sound cue.]]\n\nIa tersenyum.\n')).toEqual([
      ['scene_heading', 'INT. KAMAR - PAGI'],
      ['action', 'Rani bangun.'],
      ['note', 'Needs a sound cue.'],
      ['action', 'Ia tersenyum.'],
    ]);
  });

  it('keeps a note under a section', () => {
    expect(types('# Act One\n[[Tighten this act.]]\n\nINT. KAMAR - PAGI\n')).toEqual([
      ['section', 'Act One'],
      ['note', 'Tighten this act.'],
      ['scene_heading', 'INT. KAMAR - PAGI'],
    ]);
  });

  it('reads a line of notes only as those notes, never as an empty action', () => {
    const s = parse('INT. KAMAR - PAGI\n\n[[one]] [[two]]\n\nRani bangun.\n');
    expect(s.elements.map((e) => [e.type, e.text])).toEqual([
      ['scene_heading', 'INT. KAMAR - PAGI'],
      ['note', 'one'],
      ['note', 'two'],
      ['action', 'Rani bangun.'],
    ]);
  });

  it('still drops a note inside a line of action', () => {
    expect(types('Rani [[check name]] bangun.\n')).toEqual([['action', 'Rani bangun.']]);
  });

  it('round-trips the notes through Fountain and FDX', () => {
    const s = parse('INT. KAMAR - PAGI\n\nRani bangun.\n[[First note.]]\n[[Second note.]]\n');
    const again = parse(writeFountain(s));
    expect(again.elements).toEqual(s.elements);
    const fdx = parseFdx(writeFdx(s));
    if (!fdx.ok) throw new Error(JSON.stringify(fdx.error));
    expect(fdx.value.elements.map((e) => [e.type, e.text])).toEqual(s.elements.map((e) => [e.type, e.text]));
  });
});
