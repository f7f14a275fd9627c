import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberNotes } from '../../../electron/review/notes-export.ts';
import { renderPdfWithNotes } from '../../../electron/review/pdf-notes.ts';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { anchorFor } from '../../../shared/review/make-anchor.ts';
import type { TextAnchor } from '../../../shared/review/anchor.ts';
import { findById, sampleScript } from '../../shared/review/fixtures.ts';
import { tempDataDir } from '../temp.ts';

const script = sampleScript();

function on(id: string, quote: string): TextAnchor {
  const start = findById(script, id).text.indexOf(quote);
  const made = anchorFor(script, id, start, start + quote.length);
  if (!made.ok) throw new Error(made.error.code);
  return made.value;
}

const note = (anchor: Parameters<typeof numberNotes>[1][number]['anchor'], body: string) => ({
  anchor,
  author: 'Bu Ratna',
  severity: 'suggestion' as const,
  body,
  replies: [],
});

/** Pages and annotations, counted from the PDF's object dictionaries. */
function count(pdf: Uint8Array): { pages: number; notes: number } {
  const text = Buffer.from(pdf).toString('latin1');
  return { pages: (text.match(/\/Type \/Page\b/g) ?? []).length, notes: (text.match(/\/Subtype \/Text\b/g) ?? []).length };
}

describe('numberNotes', () => {
  it('numbers notes in reading order, with general and detached notes last', () => {
    const numbered = numberNotes(script, [
      note({ kind: 'general' }, 'general'),
      note(on('a3', 'Pintu terbuka'), 'late'),
      note({ ...on('a1', 'Budi'), elementId: 'gone', quote: 'tidak ada di mana pun', sceneHeadingText: null, sceneIndex: null }, 'lost'),
      note(on('a1', 'Lampu berkedip'), 'early-2'),
      note(on('a1', 'Budi duduk'), 'early-1'),
    ]);
    expect(numbered.map((n) => [n.number, n.body, n.status])).toEqual([
      [1, 'early-1', 'exact'],
      [2, 'early-2', 'exact'],
      [3, 'late', 'exact'],
      [4, 'general', 'general'],
      [5, 'lost', 'detached'],
    ]);
  });
});

describe('renderPdfWithNotes', () => {
  it('prints the script pages plus a notes list, with one PDF comment per placed note', async () => {
    const notes = numberNotes(script, [note(on('a2', 'kios yang tutup'), 'Kios apa?'), note(on('d1', 'Ibu'), 'Lurus.'), note({ kind: 'general' }, 'Bagus.')]);
    const plain = count(await renderPdf(script, { paper: 'a4' }));
    const pdf = await renderPdfWithNotes(script, notes, { paper: 'a4', language: 'en' });
    expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Same script pages as the plain PDF, one more for the list; the general note has no line.
    expect(count(pdf)).toEqual({ pages: plain.pages + 1, notes: 2 });
    const none = await renderPdfWithNotes(script, [], { paper: 'letter', language: 'id' });
    expect(count(none)).toEqual({ pages: plain.pages, notes: 0 });
  });
});

describe('renderPdfWithNotes in Korean', () => {
  it('prints the notes list with its Korean labels and a Korean note through the fallback font', async () => {
    const notes = numberNotes(script, [
      { ...note(on('a2', 'kios yang tutup'), '이 장면의 분위기를 지문으로 더 보여 주세요.'), replies: [{ author: '', body: '네, 고치겠습니다.' }] },
      note({ kind: 'general' }, '전체적으로 좋습니다.'),
    ]);
    const pdf = await renderPdfWithNotes(script, notes, { paper: 'a4', language: 'ko' });
    const file = path.join(tempDataDir('naskah-pdf-'), 'notes.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('피드백 메모');
    expect(text).toContain('1. 제안 · Bu Ratna ·');
    expect(text).toContain('이 장면의 분위기를 지문으로 더 보여 주세요.');
    expect(text).toContain('나의 답글: 네, 고치겠습니다.');
    expect(text).toContain('원고 전체');
  });
});
