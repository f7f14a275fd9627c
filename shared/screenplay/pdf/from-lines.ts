/**
 * A screenplay PDF's positioned text lines → the screenplay model. Screenplay format is positional:
 * every element type has its own indent (layout/profiles.ts holds the industry numbers), so a line's
 * distance from the action margin says what it is, and the vertical gap before it says whether it
 * starts a new element. Page furniture — page numbers, (MORE), CONTINUED, scene numbers in the
 * margins — is recognised and dropped, and a speech split across pages with (MORE)/(CONT'D) is
 * joined again. What a PDF cannot tell (bold/italic, dual-dialogue columns) is not guessed at.
 */
import type { ElementType, Screenplay, ScriptElement, TitleField } from '../model.ts';
import { cueVoice, isMoreMark, nameAsWritten } from '../rules/cue.ts';
import { isHeadingLine, leadingSceneNumber } from '../rules/heading.ts';

/** One run of text on one baseline, in PDF points (origin bottom left, 72 per inch). */
export interface PdfLine {
  page: number;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  /** Right edge of the text. */
  right: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const INCH = 72;
const PAGE_NUMBER = /^\d{1,4}\.?$/;
const SCENE_NUMBER = /^\d{1,4}[A-Z]{0,2}\.?$/;
const CONTINUED = /^\(?\s*CONTINUED\s*:?\s*\)?$|^CONTINUED:?\s*\(\d+\)$/i;
/** A draft date (23 November 2026, Nov. 23, 2026, 23 Agustus 2026, 2026-11-23, 23/11/2026) — not a phone number. */
const DATE = /\b(?:jan|feb|mar|apr|ma[yi]|jun|jul|aug|agu|sep|o[ck]t|nov|de[cs])[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|ma[yi]|jun|jul|aug|agu|sep|o[ck]t|nov|de[cs])[a-z]*\.?\s+\d{4}|^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/i;

/**
 * The action margin: the leftmost indent that many lines share. Not the most common indent — in a
 * dialogue-heavy script that is the dialogue's — and not the smallest, which a stray line can set.
 */
function actionMargin(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
  const floor = Math.max(3, xs.length * 0.03);
  const common = [...counts].filter(([, n]) => n >= floor).map(([x]) => x);
  return common.length ? Math.min(...common) : Math.min(...xs);
}

const isUpper = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** What a line is, from its indent relative to the action margin (inches), its text and its right edge. */
function kindOf(line: PdfLine, margin: number, page: PdfPage): ElementType {
  const dx = (line.x - margin) / INCH;
  const text = line.text.trim();
  const centre = (line.x + line.right) / 2;
  const rightAligned = line.right > page.width - 1.4 * INCH && dx > 3;
  if (rightAligned && isUpper(text)) return 'transition';
  // Centred text sits mid-way across the 6-inch text block; dialogue and cues have fixed indents
  // that can happen to look centred, so only a line past the cue's indent, or not in capitals, counts.
  const centred = Math.abs(centre - (margin + 3 * INCH)) < 0.15 * INCH;
  if (centred && ((dx >= 1.9 && !isUpper(text)) || dx >= 3.2)) return 'centered';
  if (dx < 0.4) return isHeadingLine(text) && isUpper(text) ? 'scene_heading' : 'action';
  if (dx < 1.35) return text.startsWith('(') ? 'parenthetical' : 'dialogue';
  // Cues sit 1.6" or more past the margin in every template seen (Final Draft's Big Fish: 1.9").
  if (dx >= 1.6 && dx < 3.2 && isUpper(nameAsWritten(text)) && !text.startsWith('(')) return 'character';
  if (dx < 1.9) return text.startsWith('(') ? 'parenthetical' : 'dialogue';
  if (dx < 3.2 && isUpper(text)) return 'character';
  return isUpper(text) && /:$/.test(text) ? 'transition' : 'action';
}

/** Letters written without spaces between words: Chinese and Japanese characters, kana, CJK punctuation. */
const UNSPACED = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Joins a wrapped line onto its element: PDF wrapping broke at a space, so a space goes back —
 * except in Chinese and Japanese, which wrap between any two characters and have no spaces.
 */
function join(a: string, b: string): string {
  if (UNSPACED.test(a.slice(-1)) || UNSPACED.test(b[0] ?? '')) return a + b;
  // A line broken after the hyphen of a compound ("As-" / "Is") keeps it and takes no space;
  // screenplay writers never hyphenate words themselves. A dash ("--") is followed by a space.
  return /[\p{L}\p{N}]-$/u.test(a) && /^[\p{L}\p{N}]/u.test(b) ? a + b : `${a} ${b}`;
}

/**
 * Runs on one baseline that are one line of text after all. The extractor splits a baseline at
 * wide gaps to keep scene numbers in the margins and dual-dialogue columns apart; a gap of many
 * spaces inside a line ("SUPER:      1998") is neither, and its runs are joined again. Dual
 * dialogue is two runs a baseline, the right one past the page's middle, over a cue row of two
 * names or two such rows running.
 */
/** A revision mark: the asterisk Final Draft prints right of the text block beside each revised line. */
function isRevisionMark(l: PdfLine, margin: number): boolean {
  return /^\*{1,3}$/.test(l.text.trim()) && l.x >= margin + 6.0 * INCH;
}

function joinGaps(page: PdfPage, margin: number): PdfLine[] {
  const rows = new Map<number, PdfLine[]>();
  for (const l of page.lines) {
    // Revision marks are page furniture; joined onto the line they would widen its text.
    if (isRevisionMark(l, margin)) continue;
    const row = rows.get(l.y) ?? [];
    row.push(l);
    rows.set(l.y, row);
  }
  const leftNumber = (l: PdfLine) => SCENE_NUMBER.test(l.text.trim()) && l.right < margin - 0.1 * INCH;
  const inMargin = (l: PdfLine) => SCENE_NUMBER.test(l.text.trim()) && (leftNumber(l) || l.x > page.width - 1.2 * INCH || rows.get(l.y)!.some((o) => o !== l && leftNumber(o) && o.text.trim() === l.text.trim()));
  const twoColumns = (row: PdfLine[] | undefined) => {
    const text = row?.filter((l) => !inMargin(l)).sort((a, b) => a.x - b.x);
    return !!text && text.length === 2 && text[0].x - margin >= 0.3 * INCH && text[1].x > page.width / 2 - 0.3 * INCH;
  };
  const ys = [...rows.keys()].sort((a, b) => b - a);
  const out: PdfLine[] = [];
  // Inside a dual-dialogue block (from its row of two cues while rows follow line by line), the
  // left column may start at the action margin (Final Draft prints it so): never joined.
  let dualBlock = false;
  ys.forEach((y, i) => {
    const row = rows.get(y)!.sort((a, b) => a.x - b.x);
    const text = row.filter((l) => !inMargin(l));
    const near = (j: number) => (j >= 0 && j < ys.length && Math.abs(ys[j] - y) < 15 ? rows.get(ys[j]) : undefined);
    const cues = text.length === 2 && text.every((l) => isUpper(l.text.trim()) && l.text.trim().length <= 40) && twoColumns(row);
    dualBlock = cues || (dualBlock && i > 0 && ys[i - 1] - y < 15);
    const dual = dualBlock || (twoColumns(row) && (twoColumns(near(i - 1)) || twoColumns(near(i + 1))));
    out.push(...row.filter(inMargin));
    if (dual || text.length < 2) out.push(...text);
    else out.push(text.slice(1).reduce((a, b) => ({ ...a, right: b.right, text: `${a.text.trimEnd()} ${b.text.trimStart()}` }), text[0]));
  });
  return out;
}

/** Title page: centred title, "written by", author(s) above; contact bottom left, date bottom right. */
function titlePageOf(page: PdfPage): TitleField[] {
  const lines = [...page.lines].sort((a, b) => b.y - a.y);
  const centred = lines.filter((l) => Math.abs((l.x + l.right) / 2 - page.width / 2) < 0.5 * INCH && l.y > page.height * 0.3);
  const fields: TitleField[] = [];
  const credit = centred.findIndex((l) => /^(?:written\s+)?by$|^(?:ditulis\s+)?oleh$|^screenplay\s+by$|^story\s+by/i.test(l.text.trim()));
  const text = (ls: PdfLine[]) => ls.map((l) => l.text.trim()).join('\n');
  const title = credit >= 0 ? centred.slice(0, credit) : centred.slice(0, 1);
  const authors = credit >= 0 ? centred.slice(credit + 1) : centred.slice(1);
  if (title.length) fields.push({ key: 'Title', value: text(title) });
  if (credit >= 0) fields.push({ key: 'Credit', value: centred[credit].text.trim() });
  if (authors.length) fields.push({ key: 'Author', value: text(authors) });
  // The lower block: a date wherever it sits is the draft date; the rest is contact information.
  const low = lines.filter((l) => l.y <= page.height * 0.3);
  const dated = low.filter((l) => DATE.test(l.text.trim()));
  const contact = low.filter((l) => !dated.includes(l));
  if (contact.length) fields.push({ key: 'Contact', value: text(contact) });
  if (dated.length) fields.push({ key: 'Draft date', value: text(dated) });
  return fields;
}

/** The element being built, and where its latest line sat. */
interface Last {
  el: ScriptElement;
  y: number;
  page: number;
  x: number;
}

/** A header or footer line without its page number ("BIG FISH - FINAL 8." → "BIG FISH - FINAL"). */
function runningText(text: string): string {
  return text.replace(/\s*\d{1,4}\.?$/, '').trim();
}

/**
 * Running heads: the same text in the top or bottom inch of most pages (a title and draft line
 * beside the page number, as Final Draft's header prints it) is page furniture, not action.
 */
function runningHeads(pages: readonly PdfPage[], margin: number): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const texts = new Set<string>();
    // The lines as the reader sees them: a header's words spread out are one line.
    for (const l of joinGaps(page, margin)) {
      if (l.y <= page.height - 0.9 * INCH && l.y >= 0.8 * INCH) continue;
      const t = runningText(l.text.replace(/\s+/g, ' ').trim());
      // "NAME (CONT'D)" above a page's first line is a speech carried over, which the reader joins;
      // (MORE) and CONTINUED have their own meaning to the reader.
      if (t && !/\(CONT/i.test(t) && !isMoreMark(t) && !CONTINUED.test(t)) texts.add(t);
    }
    for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const enough = Math.max(3, pages.length / 2);
  return new Set([...seen].filter(([, n]) => n >= enough).map(([t]) => t));
}

export function screenplayFromPdfPages(pages: readonly PdfPage[]): Screenplay {
  if (pages.length === 0) return { version: 1, titlePage: [], elements: [] };
  // A first page without a single scene heading, followed by one that has them, is a title page.
  const hasHeading = (p: PdfPage) => p.lines.some((l) => isHeadingLine(l.text));
  const titled = pages.length > 1 && !hasHeading(pages[0]) && pages[0].lines.length < 25;
  const body = titled ? pages.slice(1) : pages;
  // Scene headings always sit at the action margin: where there are some, they say it (a short
  // script may have more dialogue lines than action ones); else the shared leftmost indent does.
  const headingXs = body.flatMap((p) => p.lines.filter((l) => isHeadingLine(l.text.trim()) && isUpper(l.text.trim()) && l.x < p.width / 2).map((l) => l.x));
  const margin = headingXs.length
    ? actionMargin(headingXs)
    : actionMargin(body.flatMap((p) => p.lines.filter((l) => l.x < p.width / 2 && !SCENE_NUMBER.test(l.text.trim())).map((l) => l.x)));

  const running = runningHeads(body, margin);
  const elements: ScriptElement[] = [];
  /** Cues whose line stood centred on the text block: an act card ("ACT ONE") when no speech follows. */
  const centredCues = new Set<ScriptElement>();
  let last = null as Last | null;
  let lastCue = '';
  let speechContinues = false;
  /** The next line carries on the last element across a page break, whatever the gap. */
  let carry = false;

  for (const page of body) {
    const lines = joinGaps(page, margin).sort((a, b) => b.y - a.y || a.x - b.x);
    let pendingSceneNumber: string | undefined;
    let pendingSceneNumberY: number | undefined;
    for (const line of lines) {
      const text = line.text.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      // Page furniture: numbers in the top or bottom inch, (MORE), CONTINUED, scene numbers in the margins.
      const inHeaderOrFooter = line.y > page.height - 0.9 * INCH || line.y < 0.8 * INCH;
      if (inHeaderOrFooter && (PAGE_NUMBER.test(text) || CONTINUED.test(text) || running.has(runningText(text)))) continue;
      if (CONTINUED.test(text)) continue;
      if (isMoreMark(text)) {
        speechContinues = true;
        continue;
      }
      // The same number printed again on the heading's right (wherever its right margin is).
      if (SCENE_NUMBER.test(text) && last?.el.type === 'scene_heading' && last.y === line.y && last.el.sceneNumber === text.replace(/\.$/, '')) continue;
      if (SCENE_NUMBER.test(text) && (line.right < margin - 0.1 * INCH || line.x > page.width - 1.2 * INCH)) {
        pendingSceneNumber = text.replace(/\.$/, '');
        pendingSceneNumberY = line.y;
        continue;
      }
      let type = kindOf(line, margin, page);
      // A line at the action margin with its scene number beside it is a heading, whatever it says
      // (Final Draft prints TITLE CARD, SECTION BREAK … as scene headings).
      if (type === 'action' && pendingSceneNumber && pendingSceneNumberY === line.y && isUpper(text)) type = 'scene_heading';
      // A speech carried over a page break: drop the repeated "NAME (CONT'D)" and keep adding to it.
      if (type === 'character' && speechContinues && cueVoice(text) === lastCue) {
        speechContinues = false;
        carry = true;
        continue;
      }
      speechContinues = false;
      // An action paragraph cut by a page break mid-sentence carries on at the top of the next page.
      if (last && last.page !== line.page && last.el.type === 'action' && type === 'action' && !/[.!?:…"”)\]]$/.test(last.el.text)) carry = true;
      const gap = last && last.page === line.page ? last.y - line.y : Infinity;
      const sameIndent = last !== null && Math.abs(last.x - line.x) < 0.05 * INCH;
      // A wrapped line that its indent alone would misread: a parenthetical's second line (indented
      // under its text, not its "("), a scene heading's second line (at the action margin), a
      // dialogue line that happens to open with "(" at the dialogue's own indent.
      if (last && gap < 15) {
        const openParen = last.el.type === 'parenthetical' && !last.el.text.trimEnd().endsWith(')');
        if (openParen && (type === 'dialogue' || type === 'parenthetical') && Math.abs(last.x - line.x) < 0.25 * INCH) type = 'parenthetical';
        else if (last.el.type === 'scene_heading' && sameIndent && isUpper(text) && type === 'action') type = 'scene_heading';
        else if (last.el.type === 'dialogue' && sameIndent && type === 'parenthetical') type = 'dialogue';
      }
      const continues =
        last !== null &&
        (carry || gap < 15) &&
        (last.el.type === type || (last.el.type === 'dialogue' && type === 'dialogue')) &&
        Math.abs(last.x - line.x) < 0.2 * INCH &&
        (type === 'action' || type === 'dialogue' || type === 'centered' || (type === 'parenthetical' && !last.el.text.endsWith(')')) || (type === 'scene_heading' && gap < 15));
      carry = false;
      if (last !== null && continues) {
        const prev: Last = last;
        prev.el.text = join(prev.el.text, text);
        last = { ...prev, y: line.y, page: line.page };
        continue;
      }
      // A dialogue-indent line right under a cue or parenthetical is dialogue even if it opens with "(".
      if (type === 'parenthetical' && last && last.el.type === 'parenthetical' && last.el.text.endsWith(')') && !text.startsWith('(')) type = 'dialogue';
      // A scene number printed before the intro at the margin ("1. INT. …", word-processor
      // scripts) is the scene number, as one printed in the margin is.
      const lead = type === 'scene_heading' ? leadingSceneNumber(text) : null;
      const own = lead ? text.slice(lead.textStart) : text;
      const el: ScriptElement = { type, text: type === 'scene_heading' || type === 'character' || type === 'transition' ? own.toUpperCase() : own };
      if (type === 'scene_heading' && (pendingSceneNumber ?? lead?.number)) el.sceneNumber = pendingSceneNumber ?? lead!.number;
      if (type === 'character') lastCue = cueVoice(text);
      if (type === 'character' && Math.abs((line.x + line.right) / 2 - (margin + 3 * INCH)) < 0.15 * INCH) centredCues.add(el);
      pendingSceneNumber = undefined;
      elements.push(el);
      last = { el, y: line.y, page: line.page, x: line.x };
    }
  }
  // A centred line in capitals with no speech under it is a card of its own (Final Draft's New Act,
  // End of Act), not a cue.
  elements.forEach((el, i) => {
    const next = elements[i + 1]?.type;
    if (centredCues.has(el) && next !== 'dialogue' && next !== 'parenthetical' && next !== 'lyrics') el.type = 'centered';
  });
  return { version: 1, titlePage: titled ? titlePageOf(pages[0]) : [], elements };
}
