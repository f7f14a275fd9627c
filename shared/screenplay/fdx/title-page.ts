/**
 * FDX title pages are free-form centred/left/right paragraphs, not fields. These heuristics map
 * them to Fountain-style keys (documented in docs/file-formats.md) and back.
 */
import type { TitleField } from '../model.ts';

export interface TitleLine {
  text: string;
  alignment: string;
}

const CREDIT = /^(written by|screenplay by|story by|teleplay by|by|ditulis oleh|skenario oleh|oleh)$/i;
const DATE = /\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}|draft|revisi|revision)\b/i;

/** Groups non-empty lines into blocks separated by blank lines, then names each block. */
export function titleFieldsFromLines(lines: readonly TitleLine[]): TitleField[] {
  const blocks: TitleLine[][] = [];
  let current: TitleLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const fields: TitleField[] = [];
  const add = (key: string, block: TitleLine[]) => {
    const value = block.map((l) => l.text.trim()).join('\n');
    const existing = fields.find((f) => f.key === key);
    if (existing) existing.value += `\n${value}`;
    else fields.push({ key, value });
  };
  let sawCredit = false;
  for (const block of blocks) {
    const centred = block.every((l) => l.alignment === 'Center');
    const first = block[0].text.trim();
    if (centred && !fields.some((f) => f.key === 'Title')) add('Title', block);
    else if (centred && CREDIT.test(first) && block.length === 1) {
      add('Credit', block);
      sawCredit = true;
    } else if (centred && sawCredit && !fields.some((f) => f.key === 'Author')) add('Author', block);
    else if (centred && /^(based on|berdasarkan)/i.test(first)) add('Source', block);
    else if (block.every((l) => l.alignment === 'Right') || (block.length === 1 && DATE.test(first) && !centred)) add('Draft date', block);
    else if (!centred) add('Contact', block);
    else add('Notes', block);
  }
  return fields;
}

/** Writer side: where each known key goes on the page. */
export function titleLayout(key: string): { alignment: 'Center' | 'Left' | 'Right'; bottom: boolean } {
  switch (key.toLowerCase()) {
    case 'contact':
      return { alignment: 'Left', bottom: true };
    case 'draft date':
    case 'date':
      return { alignment: 'Right', bottom: true };
    default:
      return { alignment: 'Center', bottom: false };
  }
}
