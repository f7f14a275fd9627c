import { describe, expect, it } from 'vitest';
import { paginate, repaginateFrom } from '../../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES } from '../../../../shared/screenplay/layout/profiles.ts';
import { wrapText } from '../../../../shared/screenplay/layout/wrap.ts';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';

const letter = PAPER_PROFILES.letter;
const script = (elements: ScriptElement[]): Screenplay => ({ version: 1, titlePage: [], elements });
const action = (n: number, words = 'Sari menyeka meja dengan lambat.') => ({ type: 'action' as const, text: Array(n).fill(words).join(' ') });

/** A feature-like script: scenes of action and speeches, deterministic. */
function feature(scenes: number): Screenplay {
  const els: ScriptElement[] = [];
  for (let s = 0; s < scenes; s++) {
    els.push({ type: 'scene_heading', text: `INT. RUANG ${s} - ${s % 2 ? 'MALAM' : 'SIANG'}` });
    els.push(action(1 + (s % 4)));
    for (let k = 0; k < 3; k++) {
      els.push({ type: 'character', text: k % 2 ? 'BUDI' : 'SARI' });
      if (k === 1) els.push({ type: 'parenthetical', text: '(pelan)' });
      els.push({ type: 'dialogue', text: 'Aku tidak tahu. '.repeat(1 + ((s + k) % 5)).trim() });
    }
  }
  return script(els);
}

describe('wrapText', () => {
  it('wraps at spaces, keeps hard breaks and cuts overlong words', () => {
    expect(wrapText('aaa bbb ccc', 7).map((l) => l.text)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('a\nb', 10).map((l) => [l.start, l.text])).toEqual([[0, 'a'], [2, 'b']]);
    expect(wrapText('x'.repeat(25), 10).map((l) => l.text.length)).toEqual([10, 10, 5]);
  });
});

describe('paginate', () => {
  it('positions elements by the profile: indents, blank lines before, uppercase cues', () => {
    const r = paginate(script([{ type: 'scene_heading', text: 'int. a - day' }, { type: 'action', text: 'Go.' }, { type: 'character', text: 'sari' }, { type: 'dialogue', text: 'Hi.' }, { type: 'transition', text: 'CUT TO:' }]), letter);
    const lines = r.pages[0].lines.map((l) => [l.y, l.x, l.text]);
    expect(lines).toEqual([
      [0, 1.5, 'INT. A - DAY'],
      [2, 1.5, 'Go.'],
      [4, 3.7, 'SARI'],
      [5, 2.5, 'Hi.'],
      [7, 7.5 - 0.7, 'CUT TO:'],
    ]);
  });

  it('fills about 55 lines a page on Letter and more on A4', () => {
    const s = script(Array.from({ length: 200 }, () => ({ type: 'action' as const, text: 'Satu baris.' })));
    const l = paginate(s, letter);
    const a4 = paginate(s, PAPER_PROFILES.a4);
    expect(Math.max(...l.pages[0].lines.map((x) => x.y))).toBeLessThan(55);
    expect(Math.max(...l.pages[0].lines.map((x) => x.y))).toBeGreaterThanOrEqual(53);
    expect(a4.pages.length).toBeLessThan(l.pages.length);
  });

  it('never ends a page on a scene heading, and keeps a cue with its speech', () => {
    const r = paginate(feature(80), letter);
    expect(r.pages.length).toBeGreaterThan(10);
    for (const page of r.pages) {
      const last = page.lines[page.lines.length - 1];
      expect(last.type).not.toBe('scene_heading');
      expect(last.type === 'character' && last.text !== '(MORE)').toBe(false);
      expect(last.type).not.toBe('parenthetical');
    }
  });

  it("splits long speeches at a sentence with (MORE) and NAME (CONT'D)", () => {
    const filler = Array.from({ length: 24 }, () => ({ type: 'action' as const, text: 'Baris pengisi.' }));
    const r = paginate(script([...filler, { type: 'character', text: 'SARI' }, { type: 'dialogue', text: 'Kalimat pendek sekali. '.repeat(30).trim() }]), letter);
    expect(r.pages.length).toBe(2);
    expect(r.pages[0].lines.at(-1)!.text).toBe('(MORE)');
    expect(r.pages[1].lines[0].text).toBe("SARI (CONT'D)");
    expect(r.pages[0].lines.at(-2)!.text.endsWith('.')).toBe(true);
  });

  it('splits action only with at least two lines on each side', () => {
    const filler = Array.from({ length: 26 }, () => ({ type: 'action' as const, text: 'Baris pengisi.' }));
    const r = paginate(script([...filler, action(12)]), letter);
    const idx = filler.length;
    const onFirst = r.pages[0].lines.filter((l) => l.elementIndex === idx).length;
    const onSecond = r.pages[1]?.lines.filter((l) => l.elementIndex === idx).length ?? 0;
    expect(onFirst === 0 || onFirst >= 2).toBe(true);
    expect(onSecond === 0 || onSecond >= 2).toBe(true);
  });

  it('honours forced page breaks and lays dual dialogue side by side', () => {
    const r = paginate(script([{ type: 'action', text: 'A.' }, { type: 'page_break', text: '' }, { type: 'character', text: 'SARI' }, { type: 'dialogue', text: 'Tutup!' }, { type: 'character', text: 'BUDI', dual: true }, { type: 'dialogue', text: 'Buka!', dual: true }]), letter);
    expect(r.pages.length).toBe(2);
    const ys = r.pages[1].lines.map((l) => l.y);
    expect(new Set(ys).size).toBe(2);
    expect(r.elementPage).toEqual([1, 1, 2, 2, 2, 2]);
  });

  it('incremental re-layout equals a full one and reuses earlier pages', () => {
    const s = feature(60);
    const full = paginate(s, letter);
    const at = s.elements.length - 20;
    const edited: Screenplay = { ...s, elements: s.elements.map((e, i) => (i === at ? { ...e, text: `${e.text} Tambahan kalimat baru di sini.` } : e)) };
    const inc = repaginateFrom(full, edited, at);
    expect(inc.pages.map((p) => p.lines)).toEqual(paginate(edited, letter).pages.map((p) => p.lines));
    expect(inc.pages[0]).toBe(full.pages[0]);
  });
});
