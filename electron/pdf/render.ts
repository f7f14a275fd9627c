/**
 * Screenplay → PDF with pdfkit, drawing exactly the lines the shared layout engine positioned,
 * so the editor's page view, `naskah stats` and the paper agree on every page break.
 */
import PDFDocument from 'pdfkit';
import { paginate, type LayoutLine, type LayoutPage } from '../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import { actionRightIn, charAdvancePt, type Paper, type PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import { titleOf, type Mark, type MarkStyle, type Screenplay } from '../../shared/screenplay/model.ts';
import { textCells } from '../../shared/screenplay/layout/cells.ts';
import { pageNumberText, sceneNumberTexts } from '../../shared/screenplay/layout/printed-numbers.ts';
import { courierAscentPt, courierOnly, documentFallbackOrder, faceFor, fallbackFace, registerCourier, setDocumentFallbackOrder, splitByCoverage, type CourierFace } from './fonts.ts';
import { PageText, widthOf } from './page-text.ts';
import { documentBytes } from './document-bytes.ts';
import { drawTitlePage } from './title-page.ts';
import { drawRevisionMarks, pagesToPrint } from './revision-marks.ts';

export interface PdfOptions {
  paper: Paper;
  titlePage?: boolean;
  sceneNumbers?: boolean;
  /** Automatic (CONT'D) for this print; unset: the script's own (from Final Draft), else `defaultAutomaticContd`, else on. */
  automaticContd?: boolean;
  /** The app's setting, for scripts without their own. */
  defaultAutomaticContd?: boolean;
  /** Print only the pages that hold revised text (revision-marks.ts), without the title page. */
  revisedOnly?: boolean;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Registers the Courier faces (pdfkit opens a font file only on first use; fallbacks register when drawn); with the script, the order of its CJK fallbacks. */
export function registerFonts(doc: PDFKit.PDFDocument, script?: Screenplay): void {
  registerCourier(doc);
  if (script) setDocumentFallbackOrder(doc, [...script.titlePage.map((f) => f.value), ...script.elements.map((e) => e.text)].join('\n'));
}

/** The styles an element prints in throughout (the profile's: lyrics in italics, a Final Draft file's bold headings). */
function elementStyles(profile: PaperProfile, line: LayoutLine): MarkStyle[] {
  // Lines the layout adds (MORE, CONT'D) print plain.
  if (line.added) return [];
  const st = profile.elements[line.type];
  const out: MarkStyle[] = [];
  if (st.bold) out.push('bold');
  if (st.italic) out.push('italic');
  if (st.underline) out.push('underline');
  return out;
}

/** Splits a line with marks at their boundaries into runs that each have one font face and underline flag. */
function runs(profile: PaperProfile, line: LayoutLine, marks: readonly Mark[]): { text: string; face: CourierFace; underline: boolean }[] {
  const own = elementStyles(profile, line);
  const cuts = new Set([0, line.text.length]);
  for (const m of marks) cuts.add(Math.min(m.start, line.text.length)).add(Math.min(m.end, line.text.length));
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; face: CourierFace; underline: boolean }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const styles = new Set<MarkStyle>([...own, ...marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.style)]);
    out.push({ text: line.text.slice(a, b), face: faceFor(styles), underline: styles.has('underline') });
  }
  return out;
}

// The face and underline of a line without marks, by element type (lines the layout adds print
// plain): worked out once per profile instead of a style set per line.
const plainStyles = new WeakMap<PaperProfile, Map<string, { face: CourierFace; underline: boolean }>>();

function plainStyle(profile: PaperProfile, line: LayoutLine): { face: CourierFace; underline: boolean } {
  let byType = plainStyles.get(profile);
  if (!byType) plainStyles.set(profile, (byType = new Map()));
  const key = line.added ? '' : line.type;
  let style = byType.get(key);
  if (!style) {
    const styles = new Set<MarkStyle>(elementStyles(profile, line));
    byType.set(key, (style = { face: faceFor(styles), underline: styles.has('underline') }));
  }
  return style;
}

/** Draws one run of a line from cx; returns where the next run starts. */
function drawRun(doc: PDFKit.PDFDocument, profile: PaperProfile, page: PageText, run: { text: string; face: CourierFace; underline: boolean }, cx: number, y: number): number {
  // A character's advance: Courier's cell, or the profile's pitch (Final Draft's 7 pt) by character spacing.
  const charW = charAdvancePt(profile);
  const face = run.face;
  const spacing = charSpacing(doc, profile, face);
  // Most runs: printable ASCII, which Courier draws whole, one cell a character.
  if (!run.underline && courierOnly(run.text)) {
    page.draw(face, profile.fontSizePt, run.text, cx, y, spacing);
    return cx + run.text.length * charW;
  }
  for (const part of splitByCoverage(run.text, documentFallbackOrder(doc, run.text))) {
    const cells = textCells(part.text);
    if (!part.fallback) {
      if (!run.underline) page.draw(face, profile.fontSizePt, part.text, cx, y, spacing);
      else {
        page.flush();
        doc.font(face).fontSize(profile.fontSizePt).text(part.text, cx, y, { lineBreak: false, underline: true, characterSpacing: spacing });
      }
    } else {
      // The fallback font is proportional: spread its glyphs over the cells the layout gave them.
      page.flush();
      doc.font(fallbackFace(doc, face, part.family)).fontSize(profile.fontSizePt);
      const chars = [...part.text].length;
      const spread = chars > 0 ? (cells * charW - doc.widthOfString(part.text)) / chars : 0;
      const baseline = y + courierAscentPt(profile.fontSizePt);
      doc.text(part.text, cx, baseline, { lineBreak: false, underline: run.underline, characterSpacing: Math.max(0, spread), baseline: 'alphabetic' });
    }
    cx += cells * charW;
  }
  return cx;
}

/**
 * Draws one laid-out line. Courier runs go into `text` (the page's one text object); pdfkit draws
 * the rest itself, after what `text` holds so far. Without `text` the line is written at once.
 */
export function drawLine(doc: PDFKit.PDFDocument, profile: PaperProfile, line: LayoutLine, text?: PageText): void {
  const page = text ?? new PageText(doc);
  const x = line.x * 72;
  const y = (profile.topMarginIn + line.y / profile.linesPerInch) * 72;
  const marks = line.marks;
  if (!marks?.length) {
    const style = plainStyle(profile, line);
    drawRun(doc, profile, page, { text: line.text, face: style.face, underline: style.underline }, x, y);
  } else {
    let cx = x;
    for (const run of runs(profile, line, marks)) cx = drawRun(doc, profile, page, run, cx, y);
  }
  if (!text) page.flush();
}

/** The profile a script prints with: the paper, the script's own layout (from Final Draft), the CONT'D choice. */
export function profileForPrint(script: Screenplay, options: PdfOptions): PaperProfile {
  return printProfile(options.paper, script.layout, { automaticContd: options.automaticContd, defaultAutomaticContd: options.defaultAutomaticContd });
}

// Each face's glyph advance at the profile's size, by document (Courier Prime's is 7.195 pt at 12 pt, not quite the 7.2 pt cell).
const glyphAdvances = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

/**
 * Points added to each character's advance (PDF character spacing) so that a face prints at the
 * profile's pitch: none without one of its own (Courier's cell, as ever), else the pitch less the
 * face's own advance (Final Draft's 7 pt: about −0.2).
 */
function charSpacing(doc: PDFKit.PDFDocument, profile: PaperProfile, face: string): number {
  if (profile.charAdvancePt === undefined) return 0;
  let byFace = glyphAdvances.get(doc);
  if (!byFace) glyphAdvances.set(doc, (byFace = new Map()));
  const key = `${face}:${profile.fontSizePt}`;
  let advance = byFace.get(key);
  if (advance === undefined) byFace.set(key, (advance = widthOf(doc, face, profile.fontSizePt, ' ')));
  return profile.charAdvancePt - advance;
}

/** Page numbers top right from page 2 (or as the script numbers its pages), right edge where the profile puts it. */
export function drawPageNumber(doc: PDFKit.PDFDocument, profile: PaperProfile, number: number, text?: PageText): void {
  const label = pageNumberText(number, profile.pageNumbers);
  if (!label) return;
  const page = text ?? new PageText(doc);
  page.draw('regular', profile.fontSizePt, label, profile.pageNumberRightIn * 72 - textCells(label) * (72 / profile.charsPerInch), profile.pageNumberTopIn * 72);
  if (!text) page.flush();
}

export function renderPdf(script: Screenplay, options: PdfOptions): Promise<Uint8Array> {
  const profile = profileForPrint(script, options);
  const layout = paginate(script, profile);
  let pages: readonly LayoutPage[];
  try {
    // Refused before any page is drawn when nothing is revised.
    pages = pagesToPrint(script, layout.pages, options.revisedOnly ?? false);
  } catch (err) {
    return Promise.reject(err as Error);
  }
  const doc = new PDFDocument({
    size: [profile.widthPt, profile.heightPt],
    margin: 0,
    autoFirstPage: false,
    // No default font: pdfkit would otherwise parse Helvetica's metrics for a document that never uses it.
    font: null as unknown as string,
    info: { Title: titleOf(script) ?? '', Creator: 'Naskah', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  registerFonts(doc, script);
  const done = documentBytes(doc);
  doc.fontSize(profile.fontSizePt);

  if (options.titlePage && script.titlePage.length && !options.revisedOnly) {
    doc.addPage();
    drawTitlePage(doc, profile, script.titlePage);
  }
  // A locked script prints its numbers whatever the option says: they are what the production reads.
  const locked = script.lockedSceneNumbers === true;
  const sceneNumbers = options.sceneNumbers || locked ? sceneNumberTexts(script.elements, locked) : null;
  // The number a line prints in the margins: on the first line of a heading, or of a shot that
  // carries one (Final Draft numbers those in the headings' sequence; sceneNumberTexts holds only them).
  const numberOf = (line: { type: string; start: number; elementIndex: number }): string | undefined =>
    sceneNumbers && (line.type === 'scene_heading' || line.type === 'shot') && line.start === 0 ? sceneNumbers.get(line.elementIndex) : undefined;
  for (const page of pages) {
    doc.addPage();
    const text = new PageText(doc);
    drawPageNumber(doc, profile, page.number, text);
    const charW = 72 / profile.charsPerInch;
    for (const line of page.lines) {
      drawLine(doc, profile, line, text);
      const num = numberOf(line);
      if (num !== undefined) {
        // Scene numbers in both margins: where Final Draft puts them for its scripts (the left one
        // starting, the right one ending at a fixed place), else a gap outside the heading's left
        // edge and the action's right edge.
        const y = (profile.topMarginIn + line.y / profile.linesPerInch) * 72;
        const at = profile.sceneNumbersIn;
        // At Courier's own 7.2 pt even in a script from Final Draft: its print sets its numbers so (15 spans 54–68.4 pt).
        const width = textCells(num) * charW;
        text.draw('regular', profile.fontSizePt, num, at ? at.left * 72 : (line.x - profile.sceneNumberGapIn) * 72 - width, y);
        text.draw('regular', profile.fontSizePt, num, at ? at.right * 72 - width : (actionRightIn(profile) + profile.sceneNumberGapIn) * 72, y);
      }
    }
    if (script.revisions?.length) {
      // The header line is drawn as a plain added line (no element styles), in the script's fonts.
      const header = (label: string, xIn: number, yIn: number) => drawLine(doc, profile, { y: (yIn - profile.topMarginIn) * profile.linesPerInch, x: xIn, text: label, type: 'action', elementIndex: -1, start: -1, added: 'more' }, text);
      drawRevisionMarks(script, profile, page, text, header, numberOf);
    }
    text.flush();
  }
  if (layout.pages.length === 0) doc.addPage();
  doc.end();
  return done;
}
