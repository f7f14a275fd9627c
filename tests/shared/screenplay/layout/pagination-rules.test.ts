/** The engine applies each pagination rule (rules.ts) on real layouts: fixtures reproduce what Final Draft's prints taught us. */
import { describe, expect, it } from 'vitest';
import { paginate, type LayoutPage, type LayoutResult } from '../../../../shared/screenplay/layout/paginate.ts';
import { PAPER_PROFILES, type PaperProfile } from '../../../../shared/screenplay/layout/profiles.ts';
import { printProfile } from '../../../../shared/screenplay/layout/print-profile.ts';
import type { Screenplay, ScriptElement } from '../../../../shared/screenplay/model.ts';

const letter = PAPER_PROFILES.letter;
const inBody: PaperProfile = { ...letter, marks: { ...letter.marks, inMargins: false } };
const script = (elements: ScriptElement[]): Screenplay => ({ version: 1, titlePage: [], elements });
/** n one-line action paragraphs: 2n - 1 lines. */
const filler = (n: number): ScriptElement[] => Array.from({ length: n }, (_, i) => ({ type: 'action', text: `Baris pengisi ${i}.` }));
const body = (p: LayoutPage) => p.lines.filter((l) => l.y >= 0 && l.added !== 'more');
const lastBodyY = (p: LayoutPage) => Math.max(...p.lines.filter((l) => l.y >= 0 && l.added !== 'more').map((l) => l.y));
const textOf = (layout: LayoutResult, page: number, el: number) => layout.pages[page].lines.filter((l) => l.elementIndex === el && !l.added && l.type !== 'character').map((l) => l.text);

const SPEECH = 'Aku sudah bilang dari awal bahwa rencana ini tidak akan berhasil tanpa bantuan. Kamu tidak mau dengar. Sekarang lihat akibatnya di depan mata kita berdua. Kita harus pergi malam ini juga, sebelum mereka datang.';

describe('dialogue breaks at a sentence end anywhere in the speech', () => {
  // 24 fillers take lines 0..46; the cue at 48 leaves lines 49..54 for the speech.
  const layout = paginate(script([...filler(24), { type: 'character', text: 'SARI (V.O.)' }, { type: 'dialogue', text: SPEECH }]), letter);

  it('cuts the line at the sentence end and re-wraps the rest on the next page', () => {
    const first = textOf(layout, 0, 25);
    const second = textOf(layout, 1, 25);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(second.length).toBeGreaterThanOrEqual(2);
    expect(first.at(-1)).toMatch(/[.!?]$/);
    // Every word is printed once, in order: nothing lost at the break.
    expect([...first, ...second].join(' ').replace(/\s+/g, ' ')).toBe(SPEECH.replace(/\s+/g, ' '));
    // The break is inside a wrapped line: the first page's last line is shorter than it would be unbroken.
    const whole = paginate(script([{ type: 'character', text: 'SARI' }, { type: 'dialogue', text: SPEECH }]), letter).pages[0].lines.map((l) => l.text);
    expect(whole).not.toContain(first.at(-1));
  });

  it('prints (MORE) below and "NAME (EXT) (CONT’D)" above, in the margins as Final Draft does', () => {
    const more = layout.pages[0].lines.at(-1)!;
    expect(more).toMatchObject({ text: '(MORE)', added: 'more', x: letter.elements.character.left });
    const contd = layout.pages[1].lines[0];
    expect(contd).toMatchObject({ text: "SARI (V.O.) (CONT'D)", added: 'contd', y: -1 });
    expect(body(layout.pages[1])[0].y).toBe(0);
  });

  it('puts both marks inside the body when the profile says so', () => {
    const l = paginate(script([...filler(24), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: SPEECH }]), inBody);
    expect(l.pages[0].lines.at(-1)!.y).toBeLessThan(inBody.linesPerPage);
    expect(l.pages[1].lines[0]).toMatchObject({ added: 'contd', y: 0 });
  });
});

describe('a speech longer than a page', () => {
  const long = Array.from({ length: 70 }, (_, i) => `Kalimat nomor ${i} ini cukup panjang untuk memenuhi satu baris dialog.`).join(' ');
  const layout = paginate(script([{ type: 'character', text: 'BUDI' }, { type: 'dialogue', text: long }]), letter);
  it('splits as often as needed, with marks on every break, never overflowing', () => {
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, p] of layout.pages.entries()) {
      expect(lastBodyY(p)).toBeLessThan(letter.linesPerPage);
      if (i < layout.pages.length - 1) expect(p.lines.at(-1)!.added).toBe('more');
      if (i > 0) expect(p.lines[0]).toMatchObject({ text: "BUDI (CONT'D)", added: 'contd' });
    }
  });

  it('breaks at the last word boundary keeping two lines each side when no sentence ends in it', () => {
    const words = Array.from({ length: 700 }, (_, i) => `kata${i}`).join(' ');
    const l = paginate(script([{ type: 'character', text: 'BUDI' }, { type: 'dialogue', text: words }]), letter);
    expect(l.pages.length).toBeGreaterThan(1);
    for (const [i, p] of l.pages.entries()) {
      expect(lastBodyY(p)).toBeLessThan(letter.linesPerPage);
      if (i < l.pages.length - 1) expect(p.lines.at(-1)!.text).toBe('(MORE)');
      expect(body(p).filter((x) => x.type === 'dialogue').length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('no page is left more than a third empty', () => {
  it('a speech with no sentence end breaks at a word boundary rather than leave 20 lines empty', () => {
    const words = Array.from({ length: 120 }, (_, i) => `kata${i}`).join(' ');
    const l = paginate(script([...filler(17), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: words }]), letter);
    expect(l.pages[0].lines.at(-1)!.text).toBe('(MORE)');
    expect(lastBodyY(l.pages[0])).toBeGreaterThan(letter.linesPerPage - 3);
  });

  it('but a short unbreakable block simply moves', () => {
    const l = paginate(script([...filler(27), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas' }]), letter);
    expect(l.pages[1].lines[0].text).toBe('SARI');
  });
});

describe('action', () => {
  const para = Array.from({ length: 8 }, (_, i) => `Kalimat aksi nomor ${i} yang cukup panjang untuk satu baris penuh.`).join(' ');
  it('breaks at a sentence end keeping at least two lines on each side', () => {
    for (let n = 20; n < 28; n++) {
      const l = paginate(script([...filler(n), { type: 'action', text: para }]), letter);
      const a = textOf(l, 0, n);
      const b = l.pages[1] ? textOf(l, 1, n) : [];
      expect(a.length === 0 || a.length >= 2).toBe(true);
      expect(b.length === 0 || b.length >= 2).toBe(true);
      if (a.length && b.length) expect(a.at(-1)).toMatch(/\.$/);
      expect([...a, ...b].join(' ').replace(/\s+/g, ' ')).toBe(para);
    }
  });

  it('counts the lines after a break as wrapped before it: a three-line paragraph never ends a page in its second line', () => {
    // 25 fillers and a two-line paragraph fill lines 0..51: two lines are left at the foot of the page.
    const start = [...filler(25), { type: 'action' as const, text: 'Paragraf dua baris ini cukup panjang untuk melewati satu baris penuh di halaman.' }];
    const three = 'Hujan turun deras sekali malam itu dan jalanan di depan rumah. Sari menutup jendela rapat-rapat sambil menunggu kabar dari kakaknya di kota.';
    expect(paginate(script([{ type: 'action', text: three }]), letter).pages[0].lines).toHaveLength(3);
    // Re-wrapped after "rumah." the rest would take two lines, but only one line follows the one the break is in: it moves whole.
    const moved = paginate(script([...start, { type: 'action', text: three }]), letter);
    expect(textOf(moved, 0, 26)).toEqual([]);
    expect(textOf(moved, 1, 26)).toHaveLength(3);
    // A fourth line makes two after the break's line: the paragraph splits after "rumah.".
    const four = `${three} Lampu padam sebentar lalu menyala lagi di ujung gang yang sepi.`;
    const split = paginate(script([...start, { type: 'action', text: four }]), letter);
    expect(textOf(split, 0, 26)).toEqual(['Hujan turun deras sekali malam itu dan jalanan di depan', 'rumah.']);
    expect(textOf(split, 1, 26)[0]).toMatch(/^Sari menutup/);
  });
});

describe('scene headings, parentheticals, transitions', () => {
  it('a scene heading keeps two lines of what follows, else moves with it', () => {
    const l = paginate(script([...filler(26), { type: 'scene_heading', text: 'INT. DAPUR - MALAM' }, { type: 'action', text: 'Kalimat satu yang panjang sekali sampai melewati satu baris penuh. Kalimat dua juga.' }]), letter);
    expect(l.pages[0].lines.at(-1)!.type).not.toBe('scene_heading');
    expect(l.pages[1].lines[0].type).toBe('scene_heading');
  });

  it('a parenthetical never ends a page before (MORE): it moves with its line', () => {
    for (let n = 22; n < 27; n++) {
      const l = paginate(
        script([...filler(n), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: 'Pertama. Kedua. Ketiga.' }, { type: 'parenthetical', text: '(berbisik)' }, { type: 'dialogue', text: 'Keempat. Kelima. Keenam. Ketujuh.' }]),
        letter,
      );
      for (const p of l.pages) {
        const lines = p.lines.filter((x) => x.added !== 'more');
        expect(lines.at(-1)!.type).not.toBe('parenthetical');
      }
    }
  });

  it('a transition never opens a page alone: the block before it comes along', () => {
    for (let n = 24; n < 29; n++) {
      const l = paginate(script([...filler(n), { type: 'action', text: 'Pintu tertutup.' }, { type: 'transition', text: 'CUT TO:' }]), letter);
      for (const p of l.pages) expect(body(p)[0].type === 'transition' && body(p).length === 1).toBe(false);
    }
  });
});

describe('dual dialogue', () => {
  const speech = (n: number) => Array.from({ length: n }, (_, i) => `Kalimat ${i} di kolom ini.`).join(' ');
  it('breaks both columns, each with its own marks, or moves whole — never overflowing', () => {
    for (let n = 18; n < 27; n++) {
      const l = paginate(script([...filler(n), { type: 'character', text: 'SARI' }, { type: 'dialogue', text: speech(12) }, { type: 'character', text: 'BUDI', dual: true }, { type: 'dialogue', text: speech(14), dual: true }]), letter);
      for (const p of l.pages) expect(lastBodyY(p)).toBeLessThanOrEqual(letter.linesPerPage);
      const mores = l.pages[0].lines.filter((x) => x.added === 'more');
      if (mores.length) {
        expect(new Set(mores.map((m) => m.x)).size).toBe(mores.length);
        expect(l.pages[1].lines.filter((x) => x.added === 'contd').map((x) => x.text).sort()).toEqual(mores.length === 2 ? ["BUDI (CONT'D)", "SARI (CONT'D)"] : expect.any(Array));
      }
    }
  });
});

describe('automatic (CONT’D)', () => {
  const els: ScriptElement[] = [
    { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
    { type: 'character', text: 'SARI (V.O.)' },
    { type: 'dialogue', text: 'Satu.' },
    { type: 'action', text: 'Dia minum.' },
    { type: 'character', text: 'SARI' },
    { type: 'dialogue', text: 'Dua.' },
    { type: 'character', text: 'BUDI' },
    { type: 'dialogue', text: 'Tiga.' },
    { type: 'scene_heading', text: 'EXT. JALAN - MALAM' },
    { type: 'character', text: 'BUDI' },
    { type: 'dialogue', text: 'Empat.' },
    { type: 'action', text: 'Hening.' },
    { type: 'character', text: "BUDI (CONT'D)" },
    { type: 'dialogue', text: 'Lima.' },
  ];
  it('prints beside a character who speaks again after only action, in the same scene', () => {
    const l = paginate(script(els), letter);
    expect(l.autoContd).toEqual([4]);
    const cues = l.pages[0].lines.filter((x) => x.type === 'character').map((x) => x.text);
    expect(cues).toEqual(['SARI (V.O.)', "SARI (CONT'D)", 'BUDI', 'BUDI', "BUDI (CONT'D)"]);
    // Never typed into the model's text.
    expect(els[4].text).toBe('SARI');
  });
  it('is a setting: off prints none', () => {
    const l = paginate(script(els), printProfile('letter', undefined, { automaticContd: false }));
    expect(l.autoContd).toEqual([]);
    expect(l.pages[0].lines.filter((x) => x.type === 'character').map((x) => x.text)).not.toContain("SARI (CONT'D)");
  });
  it('uses the script’s own mark text from Final Draft, in capitals as the cue prints', () => {
    const l = paginate(script(els), printProfile('letter', { continueds: { contd: '(lanj.)' } }));
    expect(l.pages[0].lines.find((x) => x.elementIndex === 4)!.text).toBe('SARI (LANJ.)');
  });
});

describe('automatic (CONT’D) as Final Draft prints it', () => {
  const c = (text: string): ScriptElement => ({ type: 'character', text });
  const d = (text: string): ScriptElement => ({ type: 'dialogue', text });
  const a = (text: string): ScriptElement => ({ type: 'action', text });
  const cut: ScriptElement = { type: 'transition', text: 'CUT TO:' };
  const heading: ScriptElement = { type: 'scene_heading', text: 'INT. RUMAH - MALAM' };
  // Each case: the elements after a scene heading, and the cues as printed.
  const cases: [string, ScriptElement[], string[]][] = [
    ['a narrator straight after their own speech', [c('NARATOR (V.O.)'), d('Satu.'), c('NARATOR (V.O.)'), d('Dua.')], ['NARATOR (V.O.)', 'NARATOR (V.O.)']],
    ['a narrator after action', [c('NARATOR (V.O.)'), d('Satu.'), a('Hujan.'), c('NARATOR (V.O)'), d('Dua.')], ['NARATOR (V.O.)', 'NARATOR (V.O)']],
    ['off screen after action', [c('SARI (O.S.)'), d('Satu.'), a('Hujan.'), c('SARI (O.S.)'), d('Dua.')], ['SARI (O.S.)', "SARI (O.S.) (CONT'D)"]],
    ['a speaker across a transition', [c('SARI'), d('Satu.'), a('Hujan.'), cut, a('Petir.'), c('SARI'), d('Dua.')], ['SARI', "SARI (CONT'D)"]],
    ['a speaker across a transition and a scene heading', [c('SARI'), d('Satu.'), cut, heading, a('Petir.'), c('SARI'), d('Dua.')], ['SARI', 'SARI']],
  ];
  it.each(cases)('%s', (_, els, cues) => {
    const l = paginate(script([heading, ...els]), letter);
    expect(l.pages[0].lines.filter((x) => x.type === 'character').map((x) => x.text)).toEqual(cues);
  });
});

describe('a feature-length script', () => {
  it('leaves no page more than a third empty except before a forced break or at the end', () => {
    const els: ScriptElement[] = [];
    for (let s = 0; s < 120; s++) {
      els.push({ type: 'scene_heading', text: `INT. RUANG ${s} - MALAM` });
      els.push({ type: 'action', text: 'Sari berjalan pelan ke jendela. '.repeat(1 + (s % 6)).trim() });
      for (let k = 0; k < 3; k++) {
        els.push({ type: 'character', text: k % 2 ? 'BUDI' : 'SARI' });
        els.push({ type: 'dialogue', text: 'Aku tidak tahu harus bilang apa lagi sekarang. '.repeat(1 + ((s * 7 + k) % 9)).trim() });
      }
    }
    const l = paginate(script(els), letter);
    for (const p of l.pages.slice(0, -1)) expect(letter.linesPerPage - 1 - lastBodyY(p)).toBeLessThanOrEqual(letter.linesPerPage / 3);
  });
});
