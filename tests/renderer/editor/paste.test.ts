import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { mergeTitlePage, pastedBlocks } from '../../../renderer/editor/paste.ts';
import type { ScriptBlock } from '../../../renderer/editor/types.ts';
import { block, caretBlock, editorWith, value } from './fixture.ts';

/** What a browser hands to insertData on paste: plain text only (as from a mail or a chat). */
const clipboard = (text: string, extra: Record<string, string> = {}) =>
  ({ getData: (type: string) => (type === 'text/plain' ? text : (extra[type] ?? '')) }) as unknown as DataTransfer;

const SCENE = 'INT. WARUNG - MALAM\n\nHujan deras.\n\nSARI\n(pelan)\nKami sudah tutup.\n\nCUT TO:';
const SCENE_BLOCKS = [
  ['scene_heading', 'INT. WARUNG - MALAM'],
  ['action', 'Hujan deras.'],
  ['character', 'SARI'],
  ['parenthetical', '(pelan)'],
  ['dialogue', 'Kami sudah tutup.'],
  ['transition', 'CUT TO:'],
];
const ids = (e: Editor) => (e.children as ScriptBlock[]).map((b) => b.id);

describe('pastedBlocks', () => {
  it('reads several lines as Fountain, with a fresh id on every block and emphasis as marks', () => {
    const blocks = pastedBlocks(`${SCENE}\n\nIa *berbisik*.`)!;
    expect(blocks.map((b) => b.type)).toEqual([...SCENE_BLOCKS.map(([t]) => t), 'action']);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
    expect(blocks.at(-1)!.children).toEqual([{ text: 'Ia ' }, { text: 'berbisik', italic: true }, { text: '.' }]);
  });

  it('leaves a single line (even with a trailing newline) to ordinary typing', () => {
    expect(pastedBlocks('Halo semua.')).toBeNull();
    expect(pastedBlocks('Halo semua.\n')).toBeNull();
    expect(pastedBlocks('\n\n')).toBeNull();
  });

  it('never takes "Key: value" lines of a paste as a title page (nothing is lost)', () => {
    const blocks = pastedBlocks('Sari: Halo.\nBudi: Hai.')!;
    expect(blocks.map((b) => [b.type, b.children.map((c) => c.text).join('')])).toEqual([['action', 'Sari: Halo.\nBudi: Hai.']]);
  });

  it('handles Windows line endings', () => {
    expect(pastedBlocks(SCENE.replace(/\n/g, '\r\n'))!.map((b) => b.type)).toEqual(SCENE_BLOCKS.map(([t]) => t));
  });
});

describe('insertData (paste) in the editor', () => {
  it('replaces an empty block with the pasted scene and puts the caret at its end', () => {
    const e = editorWith([block('scene_heading', 'EXT. JALAN - PAGI'), block('action', '')]);
    e.insertData(clipboard(SCENE));
    expect(value(e)).toEqual([['scene_heading', 'EXT. JALAN - PAGI'], ...SCENE_BLOCKS]);
    expect(caretBlock(e)).toBe(6);
    expect(Editor.isEnd(e, e.selection!.anchor, [6])).toBe(true);
    expect(new Set(ids(e)).size).toBe(7);
  });

  it('inserts after a block when the caret is at its end, before it when at its start', () => {
    const e = editorWith([block('action', 'Pertama.')]);
    e.insertData(clipboard('SARI\nHalo.'));
    expect(value(e)).toEqual([
      ['action', 'Pertama.'],
      ['character', 'SARI'],
      ['dialogue', 'Halo.'],
    ]);
    const f = editorWith([block('action', 'Terakhir.')]);
    Transforms.select(f, Editor.start(f, [0]));
    f.insertData(clipboard('SARI\nHalo.'));
    expect(value(f)).toEqual([
      ['character', 'SARI'],
      ['dialogue', 'Halo.'],
      ['action', 'Terakhir.'],
    ]);
  });

  it('splits a block when pasting mid-text, the second half with a new id', () => {
    const e = editorWith([block('action', 'Satu dua')]);
    Transforms.select(e, { path: [0, 0], offset: 4 });
    e.insertData(clipboard('BUDI\nApa?'));
    expect(value(e)).toEqual([
      ['action', 'Satu'],
      ['character', 'BUDI'],
      ['dialogue', 'Apa?'],
      ['action', ' dua'],
    ]);
    expect(new Set(ids(e)).size).toBe(4);
  });

  it('replaces a selection with the pasted blocks', () => {
    const e = editorWith([block('action', 'Hapus ini.'), block('action', 'Tetap.')]);
    Transforms.select(e, Editor.range(e, [0]));
    e.insertData(clipboard('BUDI\nApa?'));
    expect(value(e)).toEqual([
      ['character', 'BUDI'],
      ['dialogue', 'Apa?'],
      ['action', 'Tetap.'],
    ]);
  });

  it('types a single line into the current block, capitalised in a cue', () => {
    const e = editorWith([block('character', '')]);
    e.insertData(clipboard('sari'));
    expect(value(e)).toEqual([['character', 'SARI']]);
  });

  it('is undone in one step', async () => {
    const e = editorWith([block('scene_heading', 'EXT. JALAN - PAGI'), block('action', 'Sepi.')]);
    const before = JSON.parse(JSON.stringify(e.children));
    e.insertData(clipboard(SCENE));
    expect(value(e)).toHaveLength(8);
    await Promise.resolve(); // Slate closes the batch when it flushes onChange (a microtask)
    e.undo();
    expect(e.children).toEqual(before);
  });

  it('gives fresh ids to blocks pasted from a copy made inside the editor', () => {
    const e = editorWith([block('action', 'Satu.'), block('character', 'SARI'), block('dialogue', 'Halo.'), block('action', '')]);
    const copied = JSON.parse(JSON.stringify(e.children.slice(1, 3))) as ScriptBlock[];
    e.insertFragment(copied);
    expect(value(e).slice(-2)).toEqual([
      ['character', 'SARI'],
      ['dialogue', 'Halo.'],
    ]);
    expect(new Set(ids(e)).size).toBe(ids(e).length);
  });
});

describe('a pasted Fountain file with a title page', () => {
  const FILE = `Title: Pulang\nAuthor: Sari Dewi\n\n${SCENE}`;

  it('gives the title page to the script, not to an action paragraph', () => {
    const e = editorWith([block('action', '')]);
    let taken: unknown = null;
    e.pasteTitlePage = (fields) => {
      taken = fields;
      return [];
    };
    e.insertData(clipboard(FILE));
    expect(taken).toEqual([
      { key: 'Title', value: 'Pulang' },
      { key: 'Author', value: 'Sari Dewi' },
    ]);
    expect(value(e)).toEqual(SCENE_BLOCKS);
  });

  it('fills empty fields and keeps a clashing pasted value in a note, so nothing is lost', () => {
    expect(mergeTitlePage([{ key: 'Title', value: 'Rumah' }, { key: 'Author', value: '' }], [{ key: 'Title', value: 'Pulang' }, { key: 'author', value: 'Sari' }, { key: 'Contact', value: 'sari@x' }])).toEqual({
      fields: [{ key: 'Title', value: 'Rumah' }, { key: 'Author', value: 'Sari' }, { key: 'Contact', value: 'sari@x' }],
      leftOver: [{ key: 'Title', value: 'Pulang' }],
    });
    const e = editorWith([block('action', '')]);
    e.pasteTitlePage = (fields) => fields.filter((f) => f.key === 'Title');
    e.insertData(clipboard(FILE));
    expect(value(e)).toEqual([['note', 'Title: Pulang'], ...SCENE_BLOCKS]);
  });
});
