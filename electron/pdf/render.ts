/**
 * Screenplay → PDF with pdfkit, drawing exactly the lines the shared layout engine positioned,
 * so the editor's page view, `naskah stats` and the paper agree on every page break.
 */
import PDFDocument from 'pdfkit';
import { paginate, type LayoutLine } from '../../shared/screenplay/layout/paginate.ts';
import { actionRightIn, PAPER_PROFILES, type Paper, type PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import type { MarkStyle, Screenplay } from '../../shared/screenplay/model.ts';
import { textCells } from '../../shared/screenplay/layout/cells.ts';
import { titleOf } from '../../shared/screenplay/rules/title.ts';
import { courierAscentPt, faceFor, fallbackFor, fontPath, splitByCoverage, type CourierFace, type FontFace } from './fonts.ts';
import { drawTitlePage } from './title-page.ts';

export interface PdfOptions {
  paper: Paper;
  titlePage?: boolean;
  sceneNumbers?: boolean;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const face of ['regular', 'bold', 'italic', 'boldItalic', 'fallback', 'fallbackBold'] as FontFace[]) doc.registerFont(face, fontPath(face));
}

/** Splits a line at mark boundaries into runs that each have one font face and underline flag. */
function runs(line: LayoutLine): { text: string; face: CourierFace; underline: boolean }[] {
  if (!line.marks?.length) return [{ text: line.text, face: 'regular', underline: false }];
  const cuts = new Set([0, line.text.length]);
  for (const m of line.marks) cuts.add(Math.min(m.start, line.text.length)).add(Math.min(m.end, line.text.length));
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; face: CourierFace; underline: boolean }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const styles = new Set<MarkStyle>(line.marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.style));
    out.push({ text: line.text.slice(a, b), face: faceFor(styles), underline: styles.has('underline') });
  }
  return out;
}

export function drawLine(doc: PDFKit.PDFDocument, profile: PaperProfile, line: LayoutLine): void {
  const x = line.x * 72;
  const y = (profile.topMarginIn + line.y / profile.linesPerInch) * 72;
  const charW = 72 / profile.charsPerInch;
  let cx = x;
  for (const run of runs(line)) {
    const face = line.type === 'lyrics' && run.face === 'regular' ? 'italic' : run.face;
    for (const part of splitByCoverage(run.text)) {
      const cells = textCells(part.text);
      if (!part.fallback) {
        doc.font(face).text(part.text, cx, y, { lineBreak: false, underline: run.underline, characterSpacing: 0 });
      } else {
        // The fallback font is proportional: spread its glyphs over the cells the layout gave them.
        doc.font(fallbackFor(face));
        const chars = [...part.text].length;
        const spacing = chars > 0 ? (cells * charW - doc.widthOfString(part.text)) / chars : 0;
        const baseline = y + courierAscentPt(profile.fontSizePt);
        doc.text(part.text, cx, baseline, { lineBreak: false, underline: run.underline, characterSpacing: Math.max(0, spacing), baseline: 'alphabetic' });
      }
      cx += cells * charW;
    }
  }
}

export function renderPdf(script: Screenplay, options: PdfOptions): Promise<Uint8Array> {
  const profile = PAPER_PROFILES[options.paper];
  const layout = paginate(script, profile);
  const doc = new PDFDocument({
    size: [profile.widthPt, profile.heightPt],
    margin: 0,
    autoFirstPage: false,
    info: { Title: titleOf(script) ?? '', Creator: 'Naskah', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.fontSize(profile.fontSizePt);

  if (options.titlePage && script.titlePage.length) {
    doc.addPage();
    drawTitlePage(doc, profile, script.titlePage);
  }
  let sceneCounter = 0;
  for (const page of layout.pages) {
    doc.addPage();
    doc.font('regular').fontSize(profile.fontSizePt);
    // Page numbers top right from page 2, right-aligned with the action's edge.
    if (page.number > 1) {
      const label = `${page.number}.`;
      const right = actionRightIn(profile) * 72;
      doc.text(label, right - label.length * (72 / profile.charsPerInch), profile.pageNumberTopIn * 72, { lineBreak: false });
    }
    for (const line of page.lines) {
      drawLine(doc, profile, line);
      if (options.sceneNumbers && line.type === 'scene_heading' && line.start === 0) {
        const el = script.elements[line.elementIndex];
        const num = el.sceneNumber ?? String(++sceneCounter);
        const y = (profile.topMarginIn + line.y / profile.linesPerInch) * 72;
        doc.font('regular').text(num, line.x * 72 - (num.length + 3) * 7.2, y, { lineBreak: false });
        doc.text(num, (actionRightIn(profile) + 0.3) * 72, y, { lineBreak: false });
      }
    }
  }
  if (layout.pages.length === 0) doc.addPage();
  doc.end();
  return done;
}
