import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../renderer/editor/autocomplete.ts';
import { handleKey } from '../../../renderer/editor/keys.ts';
import { block, caretBlock, editorWith, type, value } from './fixture.ts';

const press = (e: ReturnType<typeof editorWith>, key: string, mods: { shiftKey?: boolean; ctrlKey?: boolean } = {}) => {
  if (key === 'Enter') return e.insertBreak();
  return handleKey(e, { key, ...mods });
};

describe('Enter creates the next element (Final Draft flow)', () => {
  const cases: [string, string, string][] = [
    ['scene_heading', 'INT. A - DAY', 'action'],
    ['action', 'Go.', 'action'],
    ['character', 'SARI', 'dialogue'],
    ['parenthetical', '(pelan)', 'dialogue'],
    ['dialogue', 'Halo.', 'action'],
    ['transition', 'CUT TO:', 'scene_heading'],
    ['shot', 'CLOSE ON SARI', 'action'],
  ];
  for (const [from, text, to] of cases) {
    it(`${from} → ${to}`, () => {
      const e = editorWith([block(from as never, text)]);
      press(e, 'Enter');
      expect(value(e)).toEqual([
        [from, text],
        [to, to === 'parenthetical' ? '()' : ''],
      ]);
      expect(caretBlock(e)).toBe(1);
    });
  }

  it('dialogue → character when the setting says so (Trelby, Celtx)', () => {
    const e = editorWith([block('dialogue', 'Halo.')], 0, 'character');
    press(e, 'Enter');
    expect(value(e)[1]).toEqual(['character', '']);
  });

  it('Enter on an empty element turns it into action; Enter mid-text splits with a fresh id', () => {
    const e = editorWith([block('character')]);
    press(e, 'Enter');
    expect(value(e)).toEqual([['action', '']]);
    const f = editorWith([block('action', 'Satu dua')]);
    Transforms.select(f, { path: [0, 0], offset: 4 });
    press(f, 'Enter');
    expect(value(f)).toEqual([
      ['action', 'Satu'],
      ['action', ' dua'],
    ]);
    const ids = (f.children as { id: string }[]).map((b) => b.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('Tab and Shift+Tab', () => {
  it('empty action → character → (Shift+Tab) action', () => {
    const e = editorWith([block('action')]);
    press(e, 'Tab');
    expect(value(e)).toEqual([['character', '']]);
    press(e, 'Tab', { shiftKey: true });
    expect(value(e)).toEqual([['action', '']]);
  });

  it('empty character → transition', () => {
    const e = editorWith([block('character')]);
    press(e, 'Tab');
    expect(value(e)).toEqual([['transition', '']]);
  });

  it('end of character → new parenthetical with the caret inside the parentheses', () => {
    const e = editorWith([block('character', 'SARI')]);
    press(e, 'Tab');
    type(e, 'pelan');
    expect(value(e)).toEqual([
      ['character', 'SARI'],
      ['parenthetical', '(pelan)'],
    ]);
    press(e, 'Enter');
    expect(value(e)[2]).toEqual(['dialogue', '']);
  });

  it('dialogue ↔ parenthetical', () => {
    const e = editorWith([block('character', 'SARI'), block('dialogue')]);
    press(e, 'Tab');
    expect(value(e)[1]).toEqual(['parenthetical', '()']);
    press(e, 'Tab');
    expect(value(e)[1]).toEqual(['dialogue', '']);
    type(e, 'Halo.');
    press(e, 'Tab');
    expect(value(e)).toEqual([
      ['character', 'SARI'],
      ['dialogue', 'Halo.'],
      ['parenthetical', '()'],
    ]);
  });
});

describe('typing', () => {
  it('stores headings, cues, transitions and shots in capitals as typed', () => {
    for (const t of ['scene_heading', 'character', 'transition', 'shot'] as const) {
      const e = editorWith([block(t)]);
      type(e, 'int. warung');
      expect(value(e)[0][1]).toBe('INT. WARUNG');
    }
    const a = editorWith([block('action')]);
    type(a, 'Pelan');
    expect(value(a)[0]).toEqual(['action', 'Pelan']);
  });

  it('wraps a typed parenthetical in parentheses', () => {
    const e = editorWith([block('parenthetical')]);
    type(e, 'sambil tertawa');
    expect(value(e)[0]).toEqual(['parenthetical', '(sambil tertawa)']);
  });

  it('turns INT./EXT./EST./I/E at the start of an empty action into a scene heading', () => {
    for (const start of ['int.', 'ext.', 'est.', 'i/e ']) {
      const e = editorWith([block('action')]);
      type(e, start + ' rumah');
      expect(value(e)[0][0]).toBe('scene_heading');
      expect(value(e)[0][1]).toBe((start + ' rumah').toUpperCase());
    }
    const e = editorWith([block('action')]);
    type(e, 'Interior design.');
    expect(value(e)[0]).toEqual(['action', 'Interior design.']);
  });

  it('Ctrl+1…7 set the element type; Ctrl+Z undoes', async () => {
    const e = editorWith([block('action', 'halo')]);
    handleKey(e, { key: '3', ctrlKey: true });
    expect(value(e)[0]).toEqual(['character', 'HALO']);
    // Each keystroke is its own undo step: Slate closes a batch when the tick's operations flush.
    await Promise.resolve();
    handleKey(e, { key: '4', ctrlKey: true });
    expect(value(e)[0]).toEqual(['parenthetical', '(HALO)']);
    handleKey(e, { key: 'z', ctrlKey: true });
    expect(value(e)[0][0]).toBe('character');
  });

  it("Ctrl+1 then Ctrl+2 gives the writer's own letters back; an edit in between keeps the capitals", async () => {
    const e = editorWith([block('action', 'Sari masuk pelan.')]);
    handleKey(e, { key: '1', ctrlKey: true });
    expect(value(e)[0]).toEqual(['scene_heading', 'SARI MASUK PELAN.']);
    await Promise.resolve();
    handleKey(e, { key: '2', ctrlKey: true });
    expect(value(e)[0]).toEqual(['action', 'Sari masuk pelan.']);

    const edited = editorWith([block('action', 'halo')]);
    handleKey(edited, { key: '3', ctrlKey: true });
    type(edited, ' x');
    handleKey(edited, { key: '2', ctrlKey: true });
    expect(value(edited)[0]).toEqual(['action', 'HALO X']);
  });

  it('typing " - " after an accepted location suggestion does not double the separator', () => {
    const [accepted] = suggest('scene_heading', 'INT. WARUNG K', { characters: [], locations: ['WARUNG KOPI'] });
    expect(accepted.replacement).toBe('INT. WARUNG KOPI - ');
    const e = editorWith([block('scene_heading', accepted.replacement)]);
    type(e, ' - sore');
    expect(value(e)[0]).toEqual(['scene_heading', 'INT. WARUNG KOPI - SORE']);
    const plain = editorWith([block('scene_heading', 'INT. RUMAH')]);
    type(plain, ' - dapur - malam');
    expect(value(plain)[0]).toEqual(['scene_heading', 'INT. RUMAH - DAPUR - MALAM']);
  });

  it('Ctrl+B marks the selection bold', () => {
    const e = editorWith([block('action', 'Halo dunia')]);
    Transforms.select(e, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 4 } });
    handleKey(e, { key: 'b', ctrlKey: true });
    expect(Editor.marks(e)).toMatchObject({ bold: true });
  });
});
