/**
 * Prints a draft with its review comments as numbered margin notes, on the real pages: the lines
 * come from the shared layout engine (shared/screenplay/layout) and are drawn by the PDF
 * renderer's own line drawing, so page numbers match the trainee's script. Each comment gets its
 * number in the right margin beside the line where its text starts, the quoted text a light
 * highlight, and a PDF comment (annotation) that readers show; the screenplay margin is too narrow
 * for the notes themselves, so they follow in full, numbered and with their page, after the script.
 */
import PDFDocument from 'pdfkit';
import type { PlacementStatus } from '../../shared/review/anchor.ts';
import { paginate, type LayoutLine } from '../../shared/screenplay/layout/paginate.ts';
import { actionRightIn, charAdvancePt, type PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import { titleOf, type MarkStyle, type Screenplay } from '../../shared/screenplay/model.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { translate } from '../i18n.ts';
import { drawStyled, wrapStyled } from './mixed-text.ts';
import { drawLine, drawPageNumber, profileForPrint, registerFonts } from './render.ts';

export interface PrintNote {
  number: number;
  /** The element it is printed beside; null for general or detached notes. */
  elementId: string | null;
  /** Offsets of the commented text in the element, when it is text. */
  start: number | null;
  end: number | null;
  status: PlacementStatus;
  quote: string;
  author: string;
  severity: 'suggestion' | 'must_fix';
  body: string;
  replies: { author: string; body: string }[];
}

/** The mentor's verdict and rubric scores, printed ahead of the notes list (texts already in the print language). */
export interface PrintVerdict {
  reviewerName: string;
  /** The effective verdict: the mentor's, else the rubric's pass mark; null when there is none yet. */
  approved: boolean | null;
  overall: string;
  criteria: { title: string; score: number | null; maxScore: number; remark: string }[];
}

const NOTE_SIZE = 9;
const MARK_COLOR = '#b00020';
const HIGHLIGHT = '#ffe066';

/** Where on the printed pages a note goes: the line holding its first character. */
interface Spot {
  page: number;
  line: LayoutLine;
}

function lineTop(profile: PaperProfile, line: LayoutLine): number {
  return (profile.topMarginIn + line.y / profile.linesPerInch) * 72;
}

/** The printed lines of each element, in order, by element index. */
function linesByElement(pages: { number: number; lines: LayoutLine[] }[]): Map<number, Spot[]> {
  const out = new Map<number, Spot[]>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (line.start < 0) continue; // (MORE), (CONT'D) and other lines the layout adds
      const list = out.get(line.elementIndex) ?? [];
      list.push({ page: page.number, line });
      out.set(line.elementIndex, list);
    }
  }
  return out;
}

function spotFor(lines: Spot[] | undefined, start: number | null): Spot | undefined {
  if (!lines?.length) return undefined;
  if (start === null) return lines[0];
  return lines.findLast((s) => s.line.start <= start) ?? lines[0];
}

/**
 * One paragraph of the notes list, word-wrapped to `width` and drawn with the script's fallback
 * fonts, as the title page is: notes and their labels may be Korean (or any script Courier Prime
 * lacks), which pdfkit's own text() would print in Courier, as blanks. A new page when it is full.
 */
function paragraph(doc: PDFKit.PDFDocument, page: { margin: number; bottom: number; size: [number, number] }, text: string, x: number, width: number, sizePt: number, bold = false): void {
  const styles: MarkStyle[] = bold ? ['bold'] : [];
  const lineH = sizePt * 1.2;
  doc.fontSize(sizePt);
  for (const raw of text.split('\n')) {
    for (const line of wrapStyled(doc, { text: raw, marks: [] }, width, styles)) {
      if (doc.y + lineH > page.bottom) {
        doc.addPage({ size: page.size, margin: page.margin });
        doc.y = page.margin;
      }
      drawStyled(doc, line, x, doc.y, sizePt, styles);
      doc.y += lineH;
    }
  }
  doc.x = page.margin;
}

export async function renderPdfWithNotes(
  screenplay: Screenplay,
  notes: readonly PrintNote[],
  options: { paper: 'letter' | 'a4'; language: Language; verdict?: PrintVerdict | null },
): Promise<Uint8Array> {
  const t = (key: string, params: Record<string, string | number> = {}) => translate('review', key, params, options.language);
  const td = (key: string, params: Record<string, string | number> = {}) => translate('reviewdesk', key, params, options.language);
  const verdict = options.verdict ?? null;
  const profile = profileForPrint(screenplay, { paper: options.paper });
  const layout = paginate(screenplay, profile);
  const elementIndex = new Map(screenplay.elements.map((e, i) => [e.id, i] as const));
  const printed = linesByElement(layout.pages);
  // Highlights cover the characters as printed (Final Draft's 7 pt pitch for its scripts).
  const charW = charAdvancePt(profile);
  const lineH = 72 / profile.linesPerInch;

  // Place every note before drawing: its spot (page, line) and the spans to highlight.
  const spots = new Map<number, Spot>();
  const highlights = new Map<number, { x: number; y: number; w: number }[]>();
  for (const n of notes) {
    const index = n.elementId ? elementIndex.get(n.elementId) : undefined;
    if (index === undefined) continue;
    const lines = printed.get(index);
    const spot = spotFor(lines, n.start);
    if (!spot) continue; // An element that is never printed (a writer's note): the list says "not placed".
    spots.set(n.number, spot);
    if (n.start === null || n.end === null || n.end <= n.start) continue;
    for (const { page, line } of lines ?? []) {
      const from = Math.max(n.start, line.start);
      const to = Math.min(n.end, line.start + line.text.length);
      if (to <= from) continue;
      const list = highlights.get(page) ?? [];
      list.push({ x: line.x * 72 + (from - line.start) * charW, y: lineTop(profile, line), w: (to - from) * charW });
      highlights.set(page, list);
    }
  }

  const doc = new PDFDocument({ size: [profile.widthPt, profile.heightPt], margin: 0, autoFirstPage: false, info: { Title: titleOf(screenplay) ?? '', Creator: 'Naskah' } });
  registerFonts(doc, screenplay);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const marginX = (actionRightIn(profile) + 0.12) * 72;
  const label = (n: PrintNote) => `${n.number}. ${t(`severity.${n.severity}`)} · ${n.author || t('mentor.mentor')}: ${n.body}`;
  for (const page of layout.pages.length ? layout.pages : [{ number: 1, lines: [] as LayoutLine[] }]) {
    doc.addPage();
    for (const h of highlights.get(page.number) ?? []) {
      doc.save().rect(h.x, h.y - 1, h.w, lineH).fillOpacity(0.5).fill(HIGHLIGHT).restore();
    }
    doc.fillColor('black').font('regular').fontSize(profile.fontSizePt);
    drawPageNumber(doc, profile, page.number);
    for (const line of page.lines) drawLine(doc, profile, line);

    // Numbers in the right margin, several notes on one line sharing it ("2,3").
    const onPage = notes.filter((n) => spots.get(n.number)?.page === page.number);
    const byLine = new Map<LayoutLine, PrintNote[]>();
    for (const n of onPage) byLine.set(spots.get(n.number)!.line, [...(byLine.get(spots.get(n.number)!.line) ?? []), n]);
    for (const [line, list] of byLine) {
      const y = lineTop(profile, line);
      doc.font('bold').fontSize(NOTE_SIZE).fillColor(MARK_COLOR).text(list.map((n) => n.number).join(','), marginX, y + 1, { lineBreak: false });
      for (const n of list) {
        doc.note(marginX + 20, y, 10, lineH, `${label(n)}${n.replies.map((r) => `\n- ${r.author || t('trainee.you')}: ${r.body}`).join('')}`);
      }
    }
    doc.fillColor('black');
  }

  if (notes.length > 0 || verdict) {
    const margin = 72;
    doc.addPage({ size: [profile.widthPt, profile.heightPt], margin });
    const width = profile.widthPt - 2 * margin;
    const page = { margin, bottom: profile.heightPt - margin, size: [profile.widthPt, profile.heightPt] as [number, number] };
    // The verdict and scores first: on paper, as on screen, the trainee reads the outcome before the notes.
    if (verdict) {
      paragraph(doc, page, td('pdf.verdictHeading'), margin, width, profile.fontSizePt, true);
      doc.y += profile.fontSizePt * 0.3;
      const outcome = verdict.approved === true ? td('pdf.approved') : verdict.approved === false ? td('pdf.notApproved') : td('pdf.noVerdict');
      paragraph(doc, page, td('pdf.verdictLine', { reviewer: verdict.reviewerName || t('mentor.mentor'), verdict: outcome }), margin, width, NOTE_SIZE + 1, true);
      if (verdict.overall) paragraph(doc, page, verdict.overall, margin + 14, width - 14, NOTE_SIZE + 1);
      if (verdict.criteria.length > 0) {
        doc.y += (NOTE_SIZE + 1) * 0.4;
        for (const c of verdict.criteria) {
          const score = c.score === null ? td('pdf.notScored') : String(c.score);
          paragraph(doc, page, td('pdf.criterion', { title: c.title, score, max: c.maxScore }), margin + 14, width - 14, NOTE_SIZE + 1);
          if (c.remark) paragraph(doc, page, c.remark, margin + 28, width - 28, NOTE_SIZE + 1);
        }
        const total = verdict.criteria.reduce((sum, c) => sum + (c.score ?? 0), 0);
        const max = verdict.criteria.reduce((sum, c) => sum + c.maxScore, 0);
        paragraph(doc, page, td('pdf.total', { total, max }), margin + 14, width - 14, NOTE_SIZE + 1, true);
      }
      doc.y += profile.fontSizePt;
    }
    if (notes.length > 0) paragraph(doc, page, t('pdf.notesHeading'), margin, width, profile.fontSizePt, true);
    doc.y += profile.fontSizePt * 0.5;
    for (const n of notes) {
      const spot = spots.get(n.number);
      const where = spot ? t('pdf.page', { page: spot.page }) : n.status === 'general' ? t('pdf.general') : t('pdf.detached');
      doc.fillColor(n.severity === 'must_fix' ? MARK_COLOR : 'black');
      paragraph(doc, page, `${n.number}. ${t(`severity.${n.severity}`)} · ${n.author || t('mentor.mentor')} · ${where}`, margin, width, NOTE_SIZE + 1, true);
      doc.fillColor('black');
      if (n.quote) paragraph(doc, page, `"${n.quote}"`, margin + 14, width - 14, NOTE_SIZE + 1);
      paragraph(doc, page, n.body, margin + 14, width - 14, NOTE_SIZE + 1);
      for (const r of n.replies) paragraph(doc, page, `${t('pdf.reply', { author: r.author || t('trainee.you') })}: ${r.body}`, margin + 28, width - 28, NOTE_SIZE + 1);
      doc.y += (NOTE_SIZE + 1) * 0.6;
    }
  }

  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
