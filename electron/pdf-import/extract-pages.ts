/**
 * A PDF's positioned text lines, page by page, with pdf.js (Mozilla's PDF library, in unpdf's
 * dependency-free build: no native canvas package to install): no fonts loaded, no scripts
 * evaluated. Runs inside pdf-worker.ts, never on the main thread: see read-pdf.ts.
 */
import { getDocumentProxy } from 'unpdf';
import type { PdfLine, PdfPage } from '../../shared/screenplay/pdf/from-lines.ts';

/** More pages, or more text runs on a page, than any screenplay has: refused as not a screenplay. */
export const PDF_MAX_PAGES = 1_000;
const MAX_ITEMS_PER_PAGE = 20_000;
/** Gap (points) that splits one baseline into separate runs: scene numbers in the margins, dual columns. */
const RUN_GAP = 18;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

/** Any letter outside ASCII: what a PDF writer spreads over fixed cells (CJK, Hangul, Cyrillic, …). */
const WIDE = /[^\p{ASCII}]/u;

/**
 * pdf.js puts a space between glyphs set wider apart than their font would (text spread over
 * Courier's cells, as Naskah and other screenplay tools print CJK, Hangul and Cyrillic), and
 * gives narrow gaps between such runs as space items of their own. Neither is a space in the text:
 * "図 書 館" is 図書館. A real space is a character of its own, as wide as Courier's (0.6 em).
 */
function unspread(str: string): string {
  return /^(\S )+\S$/u.test(str) && [...str].every((c) => c === ' ' || WIDE.test(c)) ? str.replace(/ /g, '') : str;
}

function isSpuriousSpace(it: TextItem, prev: TextItem | undefined, next: TextItem | undefined): boolean {
  if (it.str.trim() !== '' || !prev || !next) return false;
  const em = Math.hypot(it.transform[0], it.transform[1]) || 12;
  const before = prev.str.trimEnd().slice(-1);
  const after = next.str.trimStart()[0] ?? '';
  return it.width < 0.35 * em && (WIDE.test(before) || WIDE.test(after));
}

function linesOf(raw: TextItem[], page: number): PdfLine[] {
  const rows = new Map<number, TextItem[]>();
  const items = raw.filter((it, i) => !isSpuriousSpace(it, raw[i - 1], raw[i + 1])).map((it) => ({ ...it, str: unspread(it.str) }));
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

export type Extracted =
  | { ok: true; pages: PdfPage[] }
  | { ok: false; code: 'bad_pdf' | 'pdf_too_complex'; detail: string }
  /** A compressed stream over the decode caps (decode-caps.ts). */
  | { ok: false; code: 'pdf_bomb' | 'pdf_bomb_total'; limitMb: number; detail: string };

export async function extractPages(bytes: Uint8Array): Promise<Extracted> {
  let doc;
  try {
    doc = await getDocumentProxy(bytes, { useSystemFonts: false, verbosity: 0 });
  } catch (err) {
    return { ok: false, code: 'bad_pdf', detail: String((err as Error)?.message ?? err).replace(/\s+/g, ' ').slice(0, 200) };
  }
  try {
    if (doc.numPages > PDF_MAX_PAGES) return { ok: false, code: 'pdf_too_complex', detail: `${doc.numPages} pages` };
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      if (content.items.length > MAX_ITEMS_PER_PAGE) return { ok: false, code: 'pdf_too_complex', detail: `page ${n}` };
      pages.push({ width, height, lines: linesOf(content.items.filter((i) => 'str' in i) as TextItem[], n) });
    }
    return { ok: true, pages };
  } catch (err) {
    return { ok: false, code: 'bad_pdf', detail: String((err as Error)?.message ?? err).replace(/\s+/g, ' ').slice(0, 200) };
  } finally {
    // The worker that runs this is terminated right after; cleanup only frees what it can early.
    await doc.cleanup().catch(() => {});
  }
}
