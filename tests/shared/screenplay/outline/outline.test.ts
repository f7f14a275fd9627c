import { describe, expect, it } from 'vitest';
import { paginate } from '../../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';
import type { ScriptElement } from '../../../../shared/screenplay/model.ts';
import { CARD_COLOURS, UNSECTIONED_COLOUR } from '../../../../shared/screenplay/outline/colour.ts';
import { moveCards, moveSections, moveSpans, stepTarget } from '../../../../shared/screenplay/outline/move.ts';
import { buildOutline } from '../../../../shared/screenplay/outline/outline.ts';
import { formatEighths, sceneEighths } from '../../../../shared/screenplay/outline/page-length.ts';
import { synopsisEdit } from '../../../../shared/screenplay/outline/synopsis.ts';
import { STRUCTURE_TEMPLATES, templateElements } from '../../../../shared/screenplay/outline/templates.ts';

const el = (type: ScriptElement['type'], text: string, extra: Partial<ScriptElement> = {}): ScriptElement => ({ type, text, ...extra });

// 0 preamble action, 1 act one, 2 its synopsis, 3 scene A, 4 synopsis A, 5 action, 6 scene B, 7 action,
// 8 act two, 9 sequence, 10 scene C, 11 character, 12 dialogue
const SCRIPT: ScriptElement[] = [
  el('action', 'FADE IN:'),
  el('section', 'Act One', { depth: 1 }),
  el('synopsis', 'Set up the world.'),
  el('scene_heading', 'INT. WARUNG - NIGHT'),
  el('synopsis', 'Rina meets Budi.'),
  el('action', 'Rain on the tin roof.'),
  el('scene_heading', 'EXT. STREET - NIGHT'),
  el('action', 'Budi runs.'),
  el('section', 'Act Two', { depth: 1 }),
  el('section', 'The chase', { depth: 2 }),
  el('scene_heading', 'INT. CAR - NIGHT', { sceneNumber: '12A' }),
  el('character', 'RINA'),
  el('dialogue', 'Faster.'),
];
const labels = (order: number[] | null) => order?.map((i) => SCRIPT[i].text);

describe('buildOutline', () => {
  const o = buildOutline(SCRIPT);
  it('reads scenes with synopsis, first lines and their section', () => {
    expect(o.cards.map((c) => [c.heading, c.start, c.end, c.synopsis, c.firstLines, c.section, c.sceneNumber])).toEqual([
      ['INT. WARUNG - NIGHT', 3, 6, 'Rina meets Budi.', 'Rain on the tin roof.', 0, undefined],
      ['EXT. STREET - NIGHT', 6, 8, '', 'Budi runs.', 0, undefined],
      ['INT. CAR - NIGHT', 10, 13, '', 'RINA Faster.', 2, '12A'],
    ]);
    expect(o.cards[0].synopsisAt).toBe(4);
  });
  it('nests sections by depth, each with its extent and synopsis', () => {
    expect(o.sections.map((s) => [s.title, s.start, s.end, s.depth, s.parent, s.synopsis])).toEqual([
      ['Act One', 1, 8, 1, -1, 'Set up the world.'],
      ['Act Two', 8, 13, 1, -1, ''],
      ['The chase', 9, 13, 2, 1, ''],
    ]);
  });
  it('colours a card by its act; cards before any section are grey', () => {
    expect(o.cards.map((c) => c.colour)).toEqual([CARD_COLOURS[0], CARD_COLOURS[0], CARD_COLOURS[1]]);
    expect(buildOutline([el('scene_heading', 'INT. A - DAY')]).cards[0].colour).toBe(UNSECTIONED_COLOUR);
  });
  it('a synopsis later in a scene, after its action, is not the card text', () => {
    const c = buildOutline([el('scene_heading', 'INT. A - DAY'), el('action', 'x'), el('synopsis', 'late')]).cards[0];
    expect([c.synopsis, c.synopsisAt]).toEqual(['', undefined]);
  });
  it('cuts long first lines with an ellipsis', () => {
    const c = buildOutline([el('scene_heading', 'INT. A - DAY'), el('action', 'word '.repeat(100))]).cards[0];
    expect(c.firstLines.length).toBe(160);
    expect(c.firstLines.endsWith('…')).toBe(true);
  });
});

describe('moving', () => {
  const o = buildOutline(SCRIPT);
  const n = SCRIPT.length;
  it('moves a scene with all its elements before another', () => {
    expect(labels(moveCards(o, n, [1], o.cards[0].start))).toEqual([
      'FADE IN:', 'Act One', 'Set up the world.', 'EXT. STREET - NIGHT', 'Budi runs.', 'INT. WARUNG - NIGHT', 'Rina meets Budi.', 'Rain on the tin roof.',
      'Act Two', 'The chase', 'INT. CAR - NIGHT', 'RINA', 'Faster.',
    ]);
  });
  it('moves several scenes together, in script order, to the end', () => {
    expect(labels(moveCards(o, n, [2, 0], n))?.slice(-6)).toEqual(['INT. WARUNG - NIGHT', 'Rina meets Budi.', 'Rain on the tin roof.', 'INT. CAR - NIGHT', 'RINA', 'Faster.']);
  });
  it('moves a section with its scenes and nested sections', () => {
    expect(labels(moveSections(o, n, [1], o.sections[0].start))?.slice(0, 6)).toEqual(['FADE IN:', 'Act Two', 'The chase', 'INT. CAR - NIGHT', 'RINA', 'Faster.']);
  });
  it('refuses a no-op and a target inside the moved span', () => {
    expect(moveSpans(n, [{ start: 3, end: 6 }], 3)).toBeNull();
    expect(moveSpans(n, [{ start: 3, end: 6 }], 6)).toBeNull();
    expect(moveSpans(n, [{ start: 3, end: 6 }], 4)).toBeNull();
    expect(moveSpans(n, [], 0)).toBeNull();
  });
  it('steps a card by keyboard through every place, in and out of sections', () => {
    expect(stepTarget(o, n, 1, 'up')).toBe(3); // before scene A, same act
    expect(stepTarget(o, n, 0, 'up')).toBe(1); // out of act one, after the preamble
    expect(stepTarget(o, n, 1, 'down')).toBe(9); // into act two, before its sequence
    expect(stepTarget(o, n, 2, 'up')).toBe(9); // out of the sequence, into act two itself
    expect(stepTarget(o, n, 2, 'down')).toBeNull();
    const bare = buildOutline([el('scene_heading', 'A'), el('scene_heading', 'B')]);
    expect(stepTarget(bare, 2, 0, 'up')).toBeNull();
    expect(stepTarget(bare, 2, 0, 'down')).toBe(2);
    expect(stepTarget(bare, 2, 1, 'down')).toBeNull();
  });
  it('into a section with a synopsis, a card lands after the synopsis', () => {
    const s = [el('scene_heading', 'A'), el('section', 'Two', { depth: 1 }), el('synopsis', 'x'), el('scene_heading', 'B')];
    expect(stepTarget(buildOutline(s), s.length, 0, 'down')).toBe(3);
  });
});

describe('synopsisEdit', () => {
  const o = buildOutline(SCRIPT);
  it('sets, inserts after the heading, removes when cleared, and does nothing for the same text', () => {
    expect(synopsisEdit(o.cards[0], ' Rina meets Budi again. ')).toEqual({ kind: 'set', at: 4, text: 'Rina meets Budi again.' });
    expect(synopsisEdit(o.cards[1], 'Budi escapes.')).toEqual({ kind: 'insert', at: 7, text: 'Budi escapes.' });
    expect(synopsisEdit(o.cards[0], '  ')).toEqual({ kind: 'remove', at: 4 });
    expect(synopsisEdit(o.cards[1], '')).toEqual({ kind: 'none' });
    expect(synopsisEdit(o.cards[0], 'Rina meets Budi.')).toEqual({ kind: 'none' });
    expect(synopsisEdit(o.sections[1], 'Everything goes wrong.')).toEqual({ kind: 'insert', at: 9, text: 'Everything goes wrong.' });
  });
});

describe('page length', () => {
  it('counts a scene in eighths of the laid-out page, at least one eighth', () => {
    const long = Array.from({ length: 40 }, (_, i) => el('action', `Line ${i}.`));
    const script = { version: 1 as const, titlePage: [], elements: [el('scene_heading', 'INT. A - DAY'), el('action', 'Short.'), el('scene_heading', 'INT. B - DAY'), ...long] };
    const layout = paginate(script, PAPER_PROFILES.letter);
    const o = buildOutline(script.elements);
    const [a, b] = sceneEighths(layout, o.cards);
    expect(a).toBe(1);
    // 40 one-line paragraphs with a blank line between: 79 lines of 55 a page, 11–12 eighths.
    expect(b).toBeGreaterThanOrEqual(11);
    expect(b).toBeLessThanOrEqual(12);
  });
  it('writes eighths as a breakdown does', () => {
    expect([3, 8, 13, 0].map(formatEighths)).toEqual(['3/8', '1', '1 5/8', '0']);
  });
});

describe('structure templates', () => {
  it('each gives a section and a synopsis per part, in the given language', () => {
    const t = (k: string) => `<${k}>`;
    const sizes = STRUCTURE_TEMPLATES.map((id) => templateElements(id, t).filter((e) => e.type === 'section').length);
    expect(sizes).toEqual([3, 11, 15]);
    const eight = templateElements('eightSequences', t);
    expect(eight.filter((e) => e.depth === 2).length).toBe(8);
    expect(eight[0]).toEqual({ type: 'section', text: '<structure.act1.title>', depth: 1 });
    expect(eight[1]).toEqual({ type: 'synopsis', text: '<structure.act1.synopsis>' });
  });
});
