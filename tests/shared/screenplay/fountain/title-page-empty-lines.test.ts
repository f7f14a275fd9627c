/**
 * Title-page values with empty lines (a contact over two blocks; a cast list in groups, as the Oregon
 * Shakespeare Festival's Final Draft title page has it). The writer writes an empty line of a value
 * as a line of spaces; the reader took that line for the end of the title page and put the rest of
 * the value into the script as action.
 */
import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';

function parse(text: string): Screenplay {
  const r = parseFountain(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('Fountain title page: empty lines inside a value', () => {
  it('round-trips a value with empty lines', () => {
    const s: Screenplay = {
      version: 1,
      titlePage: [
        { key: 'Title', value: 'Richard the Third' },
        { key: 'Contact', value: 'KING EDWARD IV\nDUCHESS OF YORK\n\nQUEEN ELIZABETH\n\n\nLADY ANNE' },
      ],
      elements: [{ type: 'scene_heading', text: 'EXT. LONDON - DAY' }],
    };
    expect(parse(writeFountain(s))).toEqual(s);
  });

  it('reads a line of spaces between two continuation lines as an empty line of the value', () => {
    const s = parse('Title: Warung\nContact:\n    Dewi\n    \n    Jl. Melati 3\n\nINT. WARUNG - MALAM\n');
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung' },
      { key: 'Contact', value: 'Dewi\n\nJl. Melati 3' },
    ]);
    expect(s.elements.map((e) => e.type)).toEqual(['scene_heading']);
  });

  it('still ends the title page at a line of spaces before the script', () => {
    const s = parse('Title: Warung\nContact:\n    Dewi\n    \nFADE IN:\n\nINT. WARUNG - MALAM\n');
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung' },
      { key: 'Contact', value: 'Dewi' },
    ]);
    expect(s.elements.map((e) => [e.type, e.text])).toEqual([
      ['action', 'FADE IN:'],
      ['scene_heading', 'INT. WARUNG - MALAM'],
    ]);
  });

  it('still ends the title page at a truly empty line, even before an indented line', () => {
    const s = parse('Title: Warung\nContact:\n    Dewi\n\n    Jl. Melati 3\n');
    expect(s.titlePage).toEqual([
      { key: 'Title', value: 'Warung' },
      { key: 'Contact', value: 'Dewi' },
    ]);
    expect(s.elements.map((e) => [e.type, e.text.trim()])).toEqual([['action', 'Jl. Melati 3']]);
  });
});
