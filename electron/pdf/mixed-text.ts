/**
 * Free-positioned text (the title page) in Courier Prime with the fallback fonts for characters it
 * lacks, at natural widths (the title page is not laid out in cells), with emphasis: a title-page
 * value may carry Fountain markup (`_**BRICK & STEEL**_`), drawn bold, italic and underlined.
 */
import { normaliseMarks, parseInline } from '../../shared/screenplay/fountain/inline.ts';
import type { Mark, MarkStyle } from '../../shared/screenplay/model.ts';
import { courierAscentPt, documentFallbackOrder, faceFor, fallbackFace, splitByCoverage, type CourierFace } from './fonts.ts';
import { PageText, widthOf } from './page-text.ts';

export interface StyledLine {
  text: string;
  marks: Mark[];
}

interface Run {
  text: string;
  face: CourierFace;
  underline: boolean;
}

/** A title-page value → its lines with marks (Fountain emphasis read, markers gone). */
export function styledLines(value: string): StyledLine[] {
  const { text, marks } = parseInline(value);
  const out: StyledLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    out.push({
      text: line,
      marks: normaliseMarks(marks.filter((m) => m.end > start && m.start < end).map((m) => ({ start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start, style: m.style }))),
    });
    start = end + 1;
  }
  return out;
}

function runs(line: StyledLine, extra: readonly MarkStyle[] = []): Run[] {
  const cuts = new Set([0, line.text.length]);
  for (const m of line.marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const styles = new Set<MarkStyle>([...extra, ...line.marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.style)]);
    out.push({ text: line.text.slice(a, b), face: faceFor(styles), underline: styles.has('underline') });
  }
  return out;
}

function parts(doc: PDFKit.PDFDocument, run: Run) {
  return splitByCoverage(run.text, documentFallbackOrder(doc, run.text)).map((p) => ({ ...p, font: p.fallback ? fallbackFace(doc, run.face, p.family) : run.face }));
}

export function styledWidth(doc: PDFKit.PDFDocument, line: StyledLine, extra: readonly MarkStyle[] = []): number {
  // The size the caller set (the title page sets the script's).
  const size = (doc as unknown as { _fontSize: number })._fontSize;
  let w = 0;
  for (const run of runs(line, extra)) for (const p of parts(doc, run)) w += p.fallback ? doc.font(p.font).widthOfString(p.text) : widthOf(doc, p.font, size, p.text);
  return w;
}

export function drawStyled(doc: PDFKit.PDFDocument, line: StyledLine, x: number, y: number, sizePt: number, extra: readonly MarkStyle[] = []): void {
  let cx = x;
  // One baseline for every font: Courier's, whatever the fallback's ascent.
  const baseline = y + courierAscentPt(sizePt);
  const text = new PageText(doc);
  for (const run of runs(line, extra)) {
    const from = cx;
    for (const p of parts(doc, run)) {
      if (p.fallback) {
        text.flush();
        doc.font(p.font).fontSize(sizePt).text(p.text, cx, baseline, { lineBreak: false, underline: false, baseline: 'alphabetic' });
        cx += doc.widthOfString(p.text);
      } else {
        text.drawOnBaseline(p.font, sizePt, p.text, cx, baseline);
        cx += widthOf(doc, p.font, sizePt, p.text);
      }
    }
    // Drawn here, under Courier's baseline: pdfkit's own underline assumes text placed by its top.
    if (run.underline) {
      text.flush();
      doc.save().lineWidth(sizePt / 20).moveTo(from, baseline + sizePt / 8).lineTo(cx, baseline + sizePt / 8).stroke().restore();
    }
  }
  text.flush();
}

/** Word-wraps a styled line to `width` points (a word longer than the width is cut where it must be). */
export function wrapStyled(doc: PDFKit.PDFDocument, line: StyledLine, width: number, extra: readonly MarkStyle[] = []): StyledLine[] {
  const slice = (a: number, b: number): StyledLine => ({
    text: line.text.slice(a, b),
    marks: line.marks.filter((m) => m.end > a && m.start < b).map((m) => ({ start: Math.max(m.start, a) - a, end: Math.min(m.end, b) - a, style: m.style })),
  });
  if (styledWidth(doc, line, extra) <= width) return [line];
  const out: StyledLine[] = [];
  let start = 0;
  while (start < line.text.length) {
    let end = line.text.length;
    while (end > start + 1 && styledWidth(doc, slice(start, end), extra) > width) {
      const space = line.text.lastIndexOf(' ', end - 1);
      end = space > start ? space : end - 1;
    }
    out.push(slice(start, end));
    start = end;
    while (line.text[start] === ' ') start++;
  }
  return out;
}
