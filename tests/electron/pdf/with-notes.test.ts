/** The PDF with margin notes (electron/pdf/with-notes.ts): the script's own pages, one PDF comment per placed note, the list after. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/pdf/render.ts';
import { renderPdfWithNotes, type PrintNote } from '../../../electron/pdf/with-notes.ts';
import { findById, sampleScript } from '../../shared/review/fixtures.ts';
import { tempDataDir } from '../temp.ts';

const script = sampleScript();

/** A note placed on `quote` inside element `id`, numbered `number`. */
function placed(number: number, id: string, quote: string, body: string): PrintNote {
  const start = findById(script, id).text.indexOf(quote);
  return { number, elementId: id, start, end: start + quote.length, status: 'exact', quote, author: 'Bu Ratna', severity: 'suggestion', body, replies: [] };
}

const general: PrintNote = { number: 3, elementId: null, start: null, end: null, status: 'general', quote: '', author: 'Bu Ratna', severity: 'must_fix', body: 'Bagus.', replies: [{ author: 'Budi', body: 'Terima kasih' }] };

/** Pages and annotations, counted from the PDF's object dictionaries. */
function count(pdf: Uint8Array): { pages: number; notes: number } {
  const text = Buffer.from(pdf).toString('latin1');
  return { pages: (text.match(/\/Type \/Page\b/g) ?? []).length, notes: (text.match(/\/Subtype \/Text\b/g) ?? []).length };
}

describe('renderPdfWithNotes', () => {
  it('prints the script pages plus a notes list, with one PDF comment per placed note', async () => {
    const notes = [placed(1, 'd1', 'Ibu', 'Lurus.'), placed(2, 'a2', 'kios yang tutup', 'Kios apa?'), general];
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
    const notes = [
      { ...placed(1, 'a2', 'kios yang tutup', '이 장면의 분위기를 지문으로 더 보여 주세요.'), replies: [{ author: '', body: '네, 고치겠습니다.' }] },
      { ...general, number: 2, severity: 'suggestion' as const, body: '전체적으로 좋습니다.', replies: [] },
    ];
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
