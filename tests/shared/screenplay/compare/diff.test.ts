/** The scene-aware draft diff: scenes matched, moved, added, removed; elements added, removed, changed. */
import { describe, expect, it } from 'vitest';
import { diffScreenplays } from '../../../../shared/screenplay/compare/diff.ts';
import type { ElementChange, SceneDiff } from '../../../../shared/screenplay/compare/types.ts';
import type { ElementType, Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';

/** A script from short lines: "H:" heading, "C:" character, "D:" dialogue, "T:" transition, else action. */
function script(...lines: string[]): Screenplay {
  const types: Record<string, ElementType> = { H: 'scene_heading', C: 'character', D: 'dialogue', T: 'transition', P: 'parenthetical' };
  const elements: ScriptElement[] = lines.map((l) => {
    const m = /^([HCDTP]):\s?(.*)$/.exec(l);
    return m ? { type: types[m[1]], text: m[2] } : { type: 'action', text: l };
  });
  return { version: 1, titlePage: [], elements };
}

const A = ['H: INT. RUMAH - MALAM', 'Hujan turun di atap seng.', 'C: SARI', 'D: Kamu datang juga.'];
const B = ['H: EXT. JALAN RAYA - PAGI', 'Budi berlari mengejar bus kota yang penuh.', 'C: BUDI', 'D: Tunggu!'];
const C = ['H: INT. WARUNG KOPI - SORE', 'Dewi menghitung uang di laci kasir.', 'C: DEWI', 'D: Kurang lima ribu.'];
const D = ['H: INT. STASIUN - MALAM', 'Kereta terakhir berangkat tanpa penumpang.'];

/** One line per change, for readable tables. */
function describeScene(s: SceneDiff): string {
  const where = s.change === 'moved' ? `moved ${s.old!.scene}→${s.new!.scene}` : s.change === 'removed' ? `removed ${s.old!.scene}` : s.change === 'added' ? `added ${s.new!.scene}` : `scene ${s.new!.scene}`;
  return where;
}
function describeElement(e: ElementChange): string {
  if (e.change === 'added') return `+${e.new.index} ${e.new.type} ${e.new.text}`;
  if (e.change === 'removed') return `-${e.old.index} ${e.old.type} ${e.old.text}`;
  return `~${e.old.index}>${e.new.index} ${e.old.type === e.new.type ? e.new.type : `${e.old.type}>${e.new.type}`} ${e.old.text} => ${e.new.text}`;
}
function changes(oldS: Screenplay, newS: Screenplay): string[] {
  const d = diffScreenplays(oldS, newS);
  return d.scenes.flatMap((s) => {
    const inner = s.change === 'added' || s.change === 'removed' ? [] : s.elements.map(describeElement);
    return s.change === 'matched' ? inner : [describeScene(s), ...inner];
  });
}

describe('diffScreenplays', () => {
  const cases: { name: string; old: string[]; new: string[]; expect: string[] }[] = [
    { name: 'identical drafts', old: [...A, ...B], new: [...A, ...B], expect: [] },
    { name: 'a line added', old: [...A, ...B], new: [...A, 'Petir menyambar.', ...B], expect: ['+4 action Petir menyambar.'] },
    { name: 'a line removed', old: [...A, ...B], new: [A[0], ...A.slice(2), ...B], expect: ['-1 action Hujan turun di atap seng.'] },
    { name: 'a speech reworded', old: [...A, ...B], new: [...A.slice(0, 3), 'D: Akhirnya kamu datang juga.', ...B], expect: ['~3>3 dialogue Kamu datang juga. => Akhirnya kamu datang juga.'] },
    { name: 'a line retyped', old: [...A], new: [...A.slice(0, 3), 'P: Kamu datang juga.'], expect: ['~3>3 dialogue>parenthetical Kamu datang juga. => Kamu datang juga.'] },
    { name: 'a scene moved (not removed and added)', old: [...A, ...B, ...C, ...D], new: [...A, ...C, ...D, ...B], expect: ['moved 2→4'] },
    { name: 'a scene moved and changed', old: [...A, ...B, ...C], new: [...B.slice(0, 3), 'D: Tunggu aku!', ...A, ...C], expect: ['moved 2→1', '~7>3 dialogue Tunggu! => Tunggu aku!'] },
    { name: 'a scene added', old: [...A, ...C], new: [...A, ...B, ...C], expect: ['added 2'] },
    { name: 'a scene removed', old: [...A, ...B, ...C], new: [...A, ...C], expect: ['removed 2'] },
    {
      name: 'a heading rewritten, the scene still itself',
      old: [...A, ...B],
      new: [...A, 'H: EXT. JALAN TOL - SIANG', ...B.slice(1)],
      expect: ['~4>4 scene_heading EXT. JALAN RAYA - PAGI => EXT. JALAN TOL - SIANG'],
    },
    {
      name: 'one of two scenes with the same heading removed: the other one kept',
      old: [...A, 'H: INT. RUMAH - MALAM', 'Sari mematikan lampu dapur.', ...B],
      new: [...A, ...B],
      expect: ['removed 2'],
    },
    { name: 'lead-in before the first scene changed', old: ['FADE IN:', ...A], new: ['FADE IN PELAN:', ...A], expect: ['~0>0 action FADE IN: => FADE IN PELAN:'] },
    { name: 'everything replaced', old: [...A], new: [...D], expect: ['removed 1', 'added 1'] },
  ];
  for (const c of cases) it(c.name, () => expect(changes(script(...c.old), script(...c.new))).toEqual(c.expect));

  it('lists removed scenes where they stood and counts every change in the summary', () => {
    const d = diffScreenplays(script(...A, ...B, ...C), script(...C, ...A, 'Petir.'));
    expect(d.scenes.map((s) => s.change)).toEqual(['moved', 'matched', 'removed']);
    expect(d.changed).toBe(true);
    expect(d.summary).toEqual({ scenesMoved: 1, scenesAdded: 0, scenesRemoved: 1, elementsAdded: 1, elementsRemoved: 4, elementsChanged: 0, titlePage: 0 });
  });

  it('an unchanged draft has changed: false and nothing but matched scenes', () => {
    const d = diffScreenplays(script(...A, ...B), script(...A, ...B));
    expect(d.changed).toBe(false);
    expect(d.scenes.every((s) => s.change === 'matched' && s.elements.length === 0)).toBe(true);
  });

  it('compares the title page by key', () => {
    const old: Screenplay = { ...script(...A), titlePage: [{ key: 'Title', value: 'Hujan' }, { key: 'Author', value: 'Sari' }] };
    const next: Screenplay = { ...script(...A), titlePage: [{ key: 'Title', value: 'Hujan Malam' }, { key: 'Draft date', value: '2026-12-02' }] };
    expect(diffScreenplays(old, next).titlePage).toEqual([
      { change: 'changed', key: 'Title', old: 'Hujan', new: 'Hujan Malam' },
      { change: 'removed', key: 'Author', old: 'Sari', new: null },
      { change: 'added', key: 'Draft date', old: null, new: '2026-12-02' },
    ]);
  });

  it('a draft rewritten throughout (headings too) still pairs each scene with itself', () => {
    const touched = (lines: string[]) => lines.map((l) => `${l} lagi`);
    const d = diffScreenplays(script(...A, ...B, ...C), script(...touched(A), ...touched(B), ...touched(C)));
    expect(d.scenes.map((s) => s.change)).toEqual(['matched', 'matched', 'matched']);
    expect(d.summary.elementsChanged).toBe(12);
  });

  it('stays linear on hostile input: thousands of scenes with one heading, all rewritten', () => {
    const many = (n: number, word: string) => script(...Array.from({ length: n }, (_, i) => [`H: INT. RUMAH - MALAM`, `${word} ${i} ${'x'.repeat(i % 7)}`]).flat());
    const d = diffScreenplays(many(5000, 'lama'), many(5000, 'baru'));
    expect(d.scenes).toHaveLength(5000);
    expect(d.summary.elementsChanged).toBe(5000);
  });
});
