/**
 * Final Draft's script notes ↔ the model's note elements, kept where they were.
 *
 * Final Draft 10 and later keep notes in `<ScriptNotes>` after the script, each anchored by
 * `Range="start,end"`: offsets into the script's text, where every top-level paragraph counts its
 * characters plus one for the break after it, and a block embedded in a paragraph (dual dialogue,
 * an omitted scene) counts two where it sits, its own text nothing. A note becomes a note element
 * after the paragraph its range starts in (before it when the range is empty and at the
 * paragraph's very start). Older files put `<ScriptNote>` inside the paragraph it is about; those
 * go before the paragraph when they come before any of its text, else after it.
 */
import type { ScriptElement } from '../model.ts';
import { escapeXml } from './styled-text.ts';

/** A top-level paragraph of the script: where its text sits in Range offsets, and the elements it became. */
export interface ParagraphSpan {
  start: number;
  length: number;
  firstElement: number;
  endElement: number;
}

export interface RangedNote {
  start: number;
  end: number;
  text: string;
}

/** `Range="12,20"` → offsets (ordered); undefined when unreadable. */
export function parseRange(range: string | undefined): { start: number; end: number } | undefined {
  const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(range ?? '');
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** Puts each ranged note into the elements after (or before) the paragraph it is anchored in. */
export function placeRangedNotes(elements: readonly ScriptElement[], spans: readonly ParagraphSpan[], notes: readonly RangedNote[]): ScriptElement[] {
  if (!notes.length) return [...elements];
  const before = new Map<number, ScriptElement[]>();
  const after = new Map<number, ScriptElement[]>();
  const add = (map: Map<number, ScriptElement[]>, at: number, el: ScriptElement) => {
    const list = map.get(at) ?? [];
    list.push(el);
    map.set(at, list);
  };
  for (const note of notes) {
    const el: ScriptElement = { type: 'note', text: note.text };
    // The paragraph whose text or break holds the start: binary search on span starts.
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid].start <= note.start) lo = mid;
      else hi = mid - 1;
    }
    const span = spans[lo];
    if (!span) add(after, -1, el);
    else if (note.start === span.start && note.end === note.start && span.length > 0) add(before, lo, el);
    else add(after, lo, el);
  }
  const out: ScriptElement[] = [...(after.get(-1) ?? [])];
  let next = 0;
  spans.forEach((span, i) => {
    while (next < span.firstElement) out.push(elements[next++]);
    out.push(...(before.get(i) ?? []));
    while (next < span.endElement) out.push(elements[next++]);
    out.push(...(after.get(i) ?? []));
  });
  while (next < elements.length) out.push(elements[next++]);
  return out;
}

/** Writer: collects notes with the Range of the paragraph written before them. */
export class ScriptNotesWriter {
  private offset = 0;
  private wroteParagraph = false;
  private readonly notes: { at: number; text: string }[] = [];

  /** A top-level paragraph of `length` Range units was written. */
  paragraph(length: number): void {
    this.offset += (this.wroteParagraph ? 1 : 0) + length;
    this.wroteParagraph = true;
  }

  /** A note after everything written so far: an empty range at the end of the last paragraph. */
  note(text: string): void {
    this.notes.push({ at: this.offset, text });
  }

  xml(): string[] {
    if (!this.notes.length) return [];
    const out = ['  <ScriptNotes>'];
    this.notes.forEach((n, i) => {
      out.push(`    <ScriptNote ID="${i + 1}" Range="${n.at},${n.at}">`);
      for (const line of n.text.split('\n')) out.push(`      <Paragraph><Text>${escapeXml(line)}</Text></Paragraph>`);
      out.push('    </ScriptNote>');
    });
    out.push('  </ScriptNotes>');
    return out;
  }
}
