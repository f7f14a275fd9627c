/**
 * Final Draft's index cards: a scene heading's `<SceneProperties Title="…"><Summary>` paragraphs ↔
 * the scene's synopsis elements, right after its heading (never printed, as Fountain's `=` lines).
 * The card's title becomes a synopsis of its own marked `fdxType: "Title"`; the summary becomes
 * one synopsis per block of paragraphs (an empty paragraph separates blocks). Character arc beats
 * and the other scene properties are Final Draft's own and are not read.
 */
import type { Mark, ScriptElement } from '../model.ts';
import { escapeXml, textRunsXml } from './styled-text.ts';

export interface StyledLine {
  text: string;
  marks: Mark[];
}

/** Reader: a card's title and summary paragraphs → synopsis elements. */
export function synopsesFromCard(title: string | undefined, summary: readonly StyledLine[]): ScriptElement[] {
  const out: ScriptElement[] = [];
  const cardTitle = title?.trim();
  if (cardTitle) out.push({ type: 'synopsis', text: cardTitle, fdxType: 'Title' });
  let block: StyledLine[] = [];
  const flush = () => {
    if (!block.length) return;
    let text = '';
    const marks: Mark[] = [];
    block.forEach((line, i) => {
      if (i > 0) text += '\n';
      for (const m of line.marks) marks.push({ start: m.start + text.length, end: m.end + text.length, style: m.style });
      text += line.text;
    });
    const el: ScriptElement = { type: 'synopsis', text };
    if (marks.length) el.marks = marks;
    out.push(el);
    block = [];
  };
  for (const line of summary) {
    const trimmed = line.text.replace(/\s+$/, '');
    if (trimmed === '') flush();
    else block.push({ text: trimmed, marks: line.marks.filter((m) => m.start < trimmed.length).map((m) => ({ ...m, end: Math.min(m.end, trimmed.length) })) });
  }
  flush();
  return out;
}

/** Writer: how many synopsis elements right after the heading at `index` make its card. */
export function cardLength(elements: readonly ScriptElement[], index: number): number {
  let n = 0;
  while (elements[index + 1 + n]?.type === 'synopsis') n++;
  return n;
}

const SUMMARY_PARAGRAPH = '<Paragraph Alignment="Left" FirstIndent="0.00" Leading="Regular" LeftIndent="0.00" RightIndent="1.39" SpaceBefore="0" Spacing="1" StartsNewPage="No">';

/** Writer: the `<SceneProperties>` of a heading whose card holds these synopses ('' when none). */
export function scenePropertiesXml(synopses: readonly ScriptElement[]): string {
  if (!synopses.length) return '';
  const title = synopses[0].fdxType === 'Title' ? synopses[0].text.replace(/\s*\n\s*/g, ' ') : '';
  const body = title ? synopses.slice(1) : synopses;
  const paragraphs: string[] = [];
  body.forEach((el, i) => {
    if (i > 0) paragraphs.push(`${SUMMARY_PARAGRAPH}<Text></Text></Paragraph>`);
    let start = 0;
    for (const line of el.text.split('\n')) {
      const end = start + line.length;
      const marks = (el.marks ?? [])
        .filter((m) => m.end > start && m.start < end)
        .map((m) => ({ start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start, style: m.style }));
      paragraphs.push(`${SUMMARY_PARAGRAPH}${textRunsXml(line, marks)}</Paragraph>`);
      start = end + 1;
    }
  });
  const summary = paragraphs.length ? `<Summary>${paragraphs.join('')}</Summary>` : '';
  return `<SceneProperties Title="${escapeXml(title)}">${summary}</SceneProperties>`;
}
