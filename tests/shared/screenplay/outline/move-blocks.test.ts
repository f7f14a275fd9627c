/**
 * Moving blocks of cards and whole sections (shared/screenplay/outline/move.ts): the selection
 * as one block in script order, sections with their scenes and nested sections, the walk of the
 * reorder chord at the edges and across sections, and a moved order that survives Fountain and FDX.
 */
import { describe, expect, it } from 'vitest';
import { parseFdx } from '../../../../shared/screenplay/fdx/parse.ts';
import { writeFdx } from '../../../../shared/screenplay/fdx/write.ts';
import { parseFountain } from '../../../../shared/screenplay/fountain/parse.ts';
import { writeFountain } from '../../../../shared/screenplay/fountain/write.ts';
import type { ScriptElement } from '../../../../shared/screenplay/model.ts';
import { blockStepTarget, hiddenByCollapse, moveCards, moveSections, scenesIn, sectionDropTarget, sectionStepTarget } from '../../../../shared/screenplay/outline/move.ts';
import { buildOutline } from '../../../../shared/screenplay/outline/outline.ts';

const el = (type: ScriptElement['type'], text: string, extra: Partial<ScriptElement> = {}): ScriptElement => ({ type, text, ...extra });

/*  0 FADE IN (preamble)          10 INT. C
 *  1 # Act One                   11 = C synopsis
 *  2 = act one synopsis          12 [[note C]]
 *  3 INT. A                      13 ## Seq 2
 *  4 a                           14 INT. D
 *  5 INT. B                      15 d
 *  6 = B synopsis                16 # Act Three
 *  7 b                           17 INT. E
 *  8 # Act Two                   18 e
 *  9 ## Seq 1                    */
const SCRIPT: ScriptElement[] = [
  el('action', 'FADE IN:'),
  el('section', 'Act One', { depth: 1 }),
  el('synopsis', 'Set up.'),
  el('scene_heading', 'INT. A - DAY'),
  el('action', 'a'),
  el('scene_heading', 'INT. B - DAY'),
  el('synopsis', 'B synopsis'),
  el('action', 'b'),
  el('section', 'Act Two', { depth: 1 }),
  el('section', 'Seq 1', { depth: 2 }),
  el('scene_heading', 'INT. C - DAY'),
  el('synopsis', 'C synopsis'),
  el('note', 'note C'),
  el('section', 'Seq 2', { depth: 2 }),
  el('scene_heading', 'INT. D - DAY'),
  el('action', 'd'),
  el('section', 'Act Three', { depth: 1 }),
  el('scene_heading', 'INT. E - DAY'),
  el('action', 'e'),
];
const N = SCRIPT.length;
const o = buildOutline(SCRIPT);
const texts = (order: number[] | null, from: readonly ScriptElement[] = SCRIPT) => order?.map((i) => from[i].text) ?? null;
const sec = (title: string) => o.sections.findIndex((s) => s.title === title);
const card = (letter: string) => o.cards.findIndex((c) => c.heading === `INT. ${letter} - DAY`);
/** The script as headings and section titles only, to read an order at a glance. */
const shape = (order: number[] | null) => order && order.map((i) => SCRIPT[i]).filter((e) => e.type === 'section' || e.type === 'scene_heading').map((e) => (e.type === 'section' ? `${'#'.repeat(e.depth ?? 1)}${e.text}` : e.text[5]));

describe('a block of cards', () => {
  it('moves together in script order, each scene with its synopsis and notes, whatever order they were picked in', () => {
    const order = moveCards(o, N, [card('C'), card('A')], o.cards[card('E')].end);
    expect(shape(order)).toEqual(['#Act One', 'B', '#Act Two', '##Seq 1', '##Seq 2', 'D', '#Act Three', 'E', 'A', 'C']);
    expect(texts(order)!.slice(-5)).toEqual(['INT. A - DAY', 'a', 'INT. C - DAY', 'C synopsis', 'note C']);
  });

  it('steps one place by the chord, by its first card going up and its last going down', () => {
    const ab = [card('A'), card('B')];
    // Down: past the neighbour of B — out of act one into act two, before its first sequence.
    expect(shape(moveCards(o, N, ab, blockStepTarget(o, N, ab, 'down')!))).toEqual(['#Act One', '#Act Two', 'A', 'B', '##Seq 1', 'C', '##Seq 2', 'D', '#Act Three', 'E']);
    // Up from the first card of act one: out of it, after the preamble.
    expect(shape(moveCards(o, N, ab, blockStepTarget(o, N, ab, 'up')!))).toEqual(['A', 'B', '#Act One', '#Act Two', '##Seq 1', 'C', '##Seq 2', 'D', '#Act Three', 'E']);
    expect(texts(moveCards(o, N, ab, blockStepTarget(o, N, ab, 'up')!))!.slice(0, 7)).toEqual(['FADE IN:', 'INT. A - DAY', 'a', 'INT. B - DAY', 'B synopsis', 'b', 'Act One']);
    const de = [card('D'), card('E')];
    expect(shape(moveCards(o, N, de, blockStepTarget(o, N, de, 'up')!))).toEqual(['#Act One', 'A', 'B', '#Act Two', '##Seq 1', 'C', 'D', 'E', '##Seq 2', '#Act Three']);
  });

  it('stops at either end of the script, except to gather a scattered selection there', () => {
    const bare = buildOutline([el('scene_heading', 'A'), el('scene_heading', 'B'), el('scene_heading', 'C')]);
    expect(blockStepTarget(bare, 3, [0, 1], 'up')).toBeNull();
    expect(blockStepTarget(bare, 3, [1, 2], 'down')).toBeNull();
    expect(blockStepTarget(bare, 3, [], 'down')).toBeNull();
    // A and C picked: up gathers C under A; down gathers A above C.
    const gatherUp = blockStepTarget(bare, 3, [0, 2], 'up');
    expect(moveCards(bare, 3, [0, 2], gatherUp!)).toEqual([0, 2, 1]);
    expect(moveCards(bare, 3, [0, 2], blockStepTarget(bare, 3, [0, 2], 'down')!)).toEqual([1, 0, 2]);
    // The last scene of the script still steps into an empty section after it.
    const empty = buildOutline([el('scene_heading', 'A'), el('section', 'Act Two', { depth: 1 }), el('synopsis', 's')]);
    expect(blockStepTarget(empty, 3, [0], 'down')).toBe(3);
  });
});

describe('a section', () => {
  it('moves with its synopsis, its scenes and its nested sections, as a span up to the next of its depth', () => {
    expect(texts(moveSections(o, N, [sec('Act Two')], o.sections[sec('Act One')].start))!.slice(0, 10)).toEqual([
      'FADE IN:', 'Act Two', 'Seq 1', 'INT. C - DAY', 'C synopsis', 'note C', 'Seq 2', 'INT. D - DAY', 'd', 'Act One',
    ]);
    expect(scenesIn(o, sec('Act Two'))).toBe(2);
    expect(scenesIn(o, sec('Seq 2'))).toBe(1);
  });

  it('steps past its neighbour under the same parent', () => {
    const s2 = sec('Seq 2');
    expect(shape(moveSections(o, N, [s2], sectionStepTarget(o, N, s2, 'up')!))).toEqual(['#Act One', 'A', 'B', '#Act Two', '##Seq 2', 'D', '##Seq 1', 'C', '#Act Three', 'E']);
    const a1 = sec('Act One');
    expect(shape(moveSections(o, N, [a1], sectionStepTarget(o, N, a1, 'down')!))).toEqual(['#Act Two', '##Seq 1', 'C', '##Seq 2', 'D', '#Act One', 'A', 'B', '#Act Three', 'E']);
    const a3 = sec('Act Three');
    expect(shape(moveSections(o, N, [a3], sectionStepTarget(o, N, a3, 'up')!))).toEqual(['#Act One', 'A', 'B', '#Act Three', 'E', '#Act Two', '##Seq 1', 'C', '##Seq 2', 'D']);
  });

  it('first or last under its parent, steps out into the neighbouring parent without taking its scenes', () => {
    const s1 = sec('Seq 1');
    // Up out of act two: the last part of act one.
    expect(shape(moveSections(o, N, [s1], sectionStepTarget(o, N, s1, 'up')!))).toEqual(['#Act One', 'A', 'B', '##Seq 1', 'C', '#Act Two', '##Seq 2', 'D', '#Act Three', 'E']);
    // Down out of act two: into act three after the scene that stands in it directly (E stays in act three).
    const s2 = sec('Seq 2');
    expect(shape(moveSections(o, N, [s2], sectionStepTarget(o, N, s2, 'down')!))).toEqual(['#Act One', 'A', 'B', '#Act Two', '##Seq 1', 'C', '#Act Three', 'E', '##Seq 2', 'D']);
    // Into an act that has sequences of its own: before the first of them.
    const two = buildOutline([el('section', 'One', { depth: 1 }), el('section', 'x', { depth: 2 }), el('section', 'Two', { depth: 1 }), el('scene_heading', 'Y'), el('section', 'y', { depth: 2 })]);
    expect(moveSections(two, 5, [1], sectionStepTarget(two, 5, 1, 'down')!)).toEqual([0, 2, 3, 1, 4]);
  });

  it('stops at the ends, and above scenes that stand before any section', () => {
    expect(sectionStepTarget(o, N, sec('Act One'), 'up')).toBeNull(); // the preamble would fall into it
    expect(sectionStepTarget(o, N, sec('Act Three'), 'down')).toBeNull();
    const top = buildOutline([el('section', 'One', { depth: 1 }), el('section', 'Two', { depth: 1 })]);
    expect(sectionStepTarget(top, 2, 0, 'up')).toBeNull();
    expect(moveSections(top, 2, [0], sectionStepTarget(top, 2, 0, 'down')!)).toEqual([1, 0]);
    expect(sectionStepTarget(o, N, 99, 'up')).toBeNull();
  });

  it('dropped on a header: beside a section of its depth, into a shallower one, never splitting an act or into itself', () => {
    const [a1, a2, s1, s2, a3] = ['Act One', 'Act Two', 'Seq 1', 'Seq 2', 'Act Three'].map(sec);
    expect(sectionDropTarget(o, a1, a3)).toBe(o.sections[a3].end); // down: after it
    expect(sectionDropTarget(o, a3, a1)).toBe(o.sections[a1].start); // up: before it
    expect(sectionDropTarget(o, a1, s2)).toBe(o.sections[a2].end); // an act dropped on a sequence goes beside that sequence's act
    expect(sectionDropTarget(o, s2, a1)).toBe(o.sections[a1].end); // a sequence dropped on an act goes into it
    expect(shape(moveSections(o, N, [s2], sectionDropTarget(o, s2, a1)!))).toEqual(['#Act One', 'A', 'B', '##Seq 2', 'D', '#Act Two', '##Seq 1', 'C', '#Act Three', 'E']);
    expect(sectionDropTarget(o, s2, s1)).toBe(o.sections[s1].start);
    expect(sectionDropTarget(o, a2, s1)).toBeNull(); // inside itself
    expect(sectionDropTarget(o, a2, a2)).toBeNull();
    // Dropped on its own parent: the first of the parent's sections, which Seq 1 already is.
    expect(moveSections(o, N, [s1], sectionDropTarget(o, s1, a2)!)).toBeNull();
  });

  it('collapsed, hides every card and section under it', () => {
    const h = hiddenByCollapse(o, new Set([sec('Act Two')]));
    expect([...h.cards].map((i) => o.cards[i].heading[5])).toEqual(['C', 'D']);
    expect([...h.sections].map((i) => o.sections[i].title)).toEqual(['Seq 1', 'Seq 2']);
    expect(hiddenByCollapse(o, new Set()).cards.size).toBe(0);
  });
});

describe('a moved order in the files', () => {
  const moved = moveSections(o, N, [sec('Act Three')], o.sections[sec('Act One')].start)!.map((i) => SCRIPT[i]);
  const outlineOf = (els: readonly ScriptElement[]) => els.filter((e) => e.type === 'section' || e.type === 'scene_heading' || e.type === 'synopsis').map((e) => `${e.type}:${e.depth ?? ''}:${e.text}`);

  it('Fountain keeps it: # and ## sections, = synopses, scenes in the new order', () => {
    const text = writeFountain({ version: 1, titlePage: [], elements: moved });
    expect(text).toMatch(/^# Act Three$[\s\S]*^# Act One$[\s\S]*^## Seq 1$/m);
    const back = parseFountain(text);
    if (!back.ok) throw new Error('fountain did not parse');
    expect(outlineOf(back.value.elements)).toEqual(outlineOf(moved));
  });

  it('FDX keeps it, section depths included', () => {
    const back = parseFdx(writeFdx({ version: 1, titlePage: [], elements: moved }));
    if (!back.ok) throw new Error('fdx did not parse');
    expect(outlineOf(back.value.elements)).toEqual(outlineOf(moved));
  });
});
