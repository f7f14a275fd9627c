/**
 * FDX title pages are free-form centred/left/right paragraphs, not fields.
 *
 * Naskah writes each field's paragraphs with `NaskahKey` and `NaskahIndex` attributes, so its own
 * files read back with the same keys in the same order. Other files (Final Draft, Fade In) are
 * read by heuristics: blocks of lines separated by blank lines, named by position, alignment and
 * wording (documented in docs/file-formats.md). The writer lays the page out as Final Draft's
 * own title page does: title and credits centred a third of the way down, the rest at the foot
 * of the page.
 */
import type { Mark, TitleField } from '../model.ts';
import { parseInline } from '../fountain/inline.ts';
import { escapeXml, textRunsXml } from './styled-text.ts';

export interface TitleLine {
  text: string;
  alignment: string;
  marks?: Mark[];
  /** Written by Naskah: the field's key and its place among the fields. */
  key?: string;
  index?: number;
  /** The paragraph's Type: files written by other tools name the field there (`Type="Author"`). */
  type?: string;
}

/** Fountain's title-page keys, as a paragraph's Type may name them (compared in lower case). */
const TYPE_KEYS = new Map(['Title', 'Credit', 'Author', 'Authors', 'Source', 'Draft date', 'Contact', 'Copyright', 'Notes'].map((k) => [k.toLowerCase(), k]));
const typeKey = (line: TitleLine) => TYPE_KEYS.get(line.type?.trim().toLowerCase() ?? '');

/**
 * A title page whose every line names its field in its Type (`<Paragraph Type="Title">`, as web and
 * student tools write FDX): those fields, consecutive lines of one key joined. Null otherwise — Final
 * Draft's own paragraphs carry no such Type, and are read by the heuristics below.
 */
function typedFields(lines: readonly TitleLine[]): TitleField[] | null {
  const written = lines.filter((l) => l.text.trim() !== '');
  if (!written.length || !written.every(typeKey)) return null;
  const fields: TitleField[] = [];
  let previous: string | undefined;
  for (const line of written) {
    const key = typeKey(line)!;
    const last = fields[fields.length - 1];
    if (key === previous && last) last.value += `\n${line.text.trim()}`;
    else fields.push({ key, value: line.text.trim() });
    previous = key;
  }
  return fields;
}

const CREDIT = /^(written by|screenplay by|story by|teleplay by|by|ditulis oleh|skenario oleh|cerita oleh|oleh)$/i;
const MONTH = '(?:jan|feb|mar|apr|ma[yi]|jun|jul|aug|agu|sep|o[ck]t|nov|de[cs])[a-z]*\\.?';
/** A line that dates the draft: a date, a year alone, or the draft's name ("Second Draft", "Revisi 2"). */
const DATED = new RegExp(
  `^\\d{4}$|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+${MONTH}\\s+\\d{4}\\b|\\b(draft|revisi|revision|draf)\\b`,
  'i',
);
const COPYRIGHT = /^(©|\(c\)|copyright\b|hak cipta\b)/i;

/** Reader: title-page paragraphs → fields. */
export function titleFieldsFromLines(lines: readonly TitleLine[]): TitleField[] {
  if (lines.some((l) => l.key !== undefined)) return namedFields(lines);
  const typed = typedFields(lines);
  if (typed) return typed;
  // "Full" (justified) reads as left. A paragraph (which may hold line breaks) is never split.
  const paragraphs = lines.map((l) => ({ text: l.text, alignment: l.alignment === 'Full' ? 'Left' : l.alignment }));
  const blocks: TitleLine[][] = [];
  let current: TitleLine[] = [];
  for (const line of paragraphs) {
    if (line.text.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const fields: TitleField[] = [];
  const add = (key: string, block: TitleLine[]) => {
    if (!block.length) return;
    const value = block.map((l) => l.text.trim()).join('\n');
    const existing = fields.find((f) => f.key === key);
    if (existing) existing.value += `\n${value}`;
    else fields.push({ key, value });
  };
  let sawCredit = false;
  for (const block of blocks) {
    const centred = block.every((l) => l.alignment === 'Center');
    const first = block[0].text.trim().split('\n')[0];
    const dated = block.findIndex((l) => !DATED.test(l.text.trim().split('\n')[0]));
    const datedLines = dated < 0 ? block.length : dated;
    if (centred && !fields.some((f) => f.key === 'Title')) add('Title', block);
    else if (centred && CREDIT.test(first) && block.length === 1) {
      add('Credit', block);
      sawCredit = true;
    } else if (centred && sawCredit && !fields.some((f) => f.key === 'Author')) add('Author', block);
    else if (centred && /^(based on|berdasarkan)/i.test(first)) add('Source', block);
    else if (COPYRIGHT.test(first)) add('Copyright', block);
    else if (block.every((l) => l.alignment === 'Right') || datedLines === block.length) add('Draft date', block);
    else if (!centred && datedLines > 0) {
      // A draft date over the address, in one block.
      add('Draft date', block.slice(0, datedLines));
      add('Contact', block.slice(datedLines));
    } else if (!centred) add('Contact', block);
    else add('Notes', block);
  }
  return fields;
}

/** Naskah's own title page: every line carries its field's key and place. */
function namedFields(lines: readonly TitleLine[]): TitleField[] {
  const byField = new Map<string, { key: string; index: number; lines: string[] }>();
  let order = 0;
  for (const line of lines) {
    if (line.key === undefined) continue;
    const index = line.index ?? order;
    const id = `${index}\u0000${line.key}`;
    let field = byField.get(id);
    if (!field) byField.set(id, (field = { key: line.key, index, lines: [] }));
    field.lines.push(line.text);
    order = Math.max(order, index + 1);
  }
  return [...byField.values()].sort((a, b) => a.index - b.index).map((f) => ({ key: f.key, value: f.lines.join('\n') }));
}

type Place = 'top' | 'left' | 'right';

/** Where each key goes on the page: as Naskah prints it (electron/pdf/title-page.ts). */
export function titlePlace(key: string): Place {
  switch (key.trim().toLowerCase()) {
    case 'contact':
    case 'notes':
    case 'copyright':
      return 'left';
    case 'draft date':
    case 'date':
      return 'right';
    default:
      return 'top';
  }
}

/** Lines of a page on Final Draft's title page (US Letter, 1" margins, 6 lines an inch). */
const PAGE_LINES = 54;
const TITLE_LINE = 16;

/** Writer: the `<TitlePage>` of the fields, or nothing when there are none. */
export function titlePageXml(fields: readonly TitleField[]): string[] {
  if (!fields.length) return [];
  const paragraph = (alignment: string, text = '', key?: string, index?: number) => {
    const named = key === undefined ? '' : ` NaskahKey="${escapeXml(key)}" NaskahIndex="${index}"`;
    // Values may carry Fountain emphasis (`_**TITLE**_`): written as styled runs.
    const { text: visible, marks } = parseInline(text);
    return `      <Paragraph Alignment="${alignment}" FirstIndent="0.00" Leading="Regular" LeftIndent="1.00" RightIndent="7.50" SpaceBefore="0" Spacing="1" StartsNewPage="No"${named}>${textRunsXml(visible, marks)}</Paragraph>`;
  };
  const top: string[] = [];
  const bottom: string[] = [];
  let lastTop: string | undefined;
  fields.forEach((f, index) => {
    const place = titlePlace(f.key);
    const alignment = place === 'top' ? 'Center' : place === 'left' ? 'Left' : 'Right';
    const into = place === 'top' ? top : bottom;
    // One blank line between fields, three under the title (as on Final Draft's own title page).
    const blanks = into.length === 0 ? 0 : place === 'top' && /^title$/i.test(lastTop ?? '') ? 3 : 1;
    for (let i = 0; i < blanks; i++) into.push(paragraph(alignment));
    for (const line of f.value.split('\n')) into.push(paragraph(alignment, line, f.key, index));
    if (place === 'top') lastTop = f.key;
  });
  const lines: string[] = [];
  for (let i = 0; i < TITLE_LINE && top.length; i++) lines.push(paragraph('Left'));
  lines.push(...top);
  const gap = Math.max(1, PAGE_LINES - lines.length - bottom.length);
  if (bottom.length) for (let i = 0; i < gap; i++) lines.push(paragraph('Left'));
  lines.push(...bottom);
  return ['  <TitlePage>', '    <Content>', ...lines, '    </Content>', '  </TitlePage>'];
}
