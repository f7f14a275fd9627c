/**
 * A screenplay PDF → the model. pdf.js (Mozilla's PDF library) extracts the positioned text; the
 * pure classifier in shared/screenplay/pdf/from-lines.ts turns positions into elements. Runs in
 * Node (main process, CLI): no worker, no fonts loaded, no scripts evaluated.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { screenplayFromPdfPages, type PdfLine, type PdfPage } from '../../shared/screenplay/pdf/from-lines.ts';

/** PDF files larger than this are refused before parsing: no screenplay comes near it. */
export const PDF_MAX_BYTES = 50 * 1024 * 1024;
/** Gap (points) that splits one baseline into separate runs: scene numbers in the margins, dual columns. */
const RUN_GAP = 18;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

function linesOf(items: TextItem[], page: number): PdfLine[] {
  const rows = new Map<number, TextItem[]>();
  for (const it of items) {
    if (!it.str) continue;
    const y = Math.round(it.transform[5] / 2) * 2;
    const row = rows.get(y) ?? [];
    row.push(it);
    rows.set(y, row);
  }
  const lines: PdfLine[] = [];
  for (const [y, row] of rows) {
    row.sort((a, b) => a.transform[4] - b.transform[4]);
    let current: PdfLine | null = null;
    for (const it of row) {
      const x = it.transform[4];
      if (current && x - current.right > RUN_GAP && it.str.trim()) {
        lines.push(current);
        current = null;
      }
      if (!current) {
        if (!it.str.trim()) continue;
        current = { page, x, y, right: x + it.width, text: it.str };
      } else {
        current.text += it.str;
        // A run of spaces can span a whole gap (title page: contact left, date right): it joins
        // nothing, so it does not move the run's right edge.
        if (it.str.trim()) current.right = Math.max(current.right, x + it.width);
      }
    }
    if (current) lines.push(current);
  }
  return lines;
}

export async function readPdfScript(bytes: Uint8Array): Promise<Result<Screenplay>> {
  if (bytes.length > PDF_MAX_BYTES) return fail('screenplay.pdf_too_large', { size: bytes.length, max: PDF_MAX_BYTES });
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    return fail('screenplay.bad_pdf', { detail: String((err as Error)?.message ?? err).slice(0, 200) });
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({ width, height, lines: linesOf(content.items.filter((i): i is TextItem & typeof i => 'str' in i) as TextItem[], n) });
    }
    const script = screenplayFromPdfPages(pages);
    if (script.elements.length === 0) return fail('screenplay.pdf_no_text', {});
    return ok(script);
  } catch (err) {
    return fail('screenplay.bad_pdf', { detail: String((err as Error)?.message ?? err).slice(0, 200) });
  } finally {
    await task.destroy();
  }
}
