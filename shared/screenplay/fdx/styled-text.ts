/**
 * Styled runs in FDX: `<Text Style="Bold+Italic+Underline">` ↔ the model's marks. FDX runs are
 * flat (one style set per run), so any overlap of marks is written as runs cut at every mark edge
 * and read back as the same marks.
 */
import type { Mark, MarkStyle, RevisionMark } from '../model.ts';

export function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

export interface RunStyle {
  marks: MarkStyle[];
  /** Final Draft's AllCaps: the run is shown in capitals whatever was typed. */
  allCaps: boolean;
}

/** A `Style` attribute ("Bold+Underline", "Italic+AllCaps", "") → marks. Unknown parts (Strikeout, …) are ignored. */
export function runStyle(style: string | undefined): RunStyle {
  const parts = new Set((style ?? '').split('+').map((p) => p.trim().toLowerCase()));
  const marks: MarkStyle[] = [];
  if (parts.has('bold')) marks.push('bold');
  if (parts.has('italic')) marks.push('italic');
  if (parts.has('underline')) marks.push('underline');
  return { marks, allCaps: parts.has('allcaps') };
}

/** Splits text at mark boundaries into `<Text Style="…">` runs; revised runs also carry `RevisionID` (revisions.ts). */
export function textRunsXml(text: string, marks: readonly Mark[] = [], revised: readonly RevisionMark[] = []): string {
  if (text === '') return '<Text></Text>';
  const cuts = new Set([0, text.length]);
  for (const m of [...marks, ...revised]) {
    cuts.add(Math.max(0, Math.min(m.start, text.length)));
    cuts.add(Math.max(0, Math.min(m.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const styles = (['bold', 'italic', 'underline'] as const).filter((s) => marks.some((m) => m.style === s && m.start <= a && m.end >= b));
    const style = styles.length ? ` Style="${styles.map((s) => s[0].toUpperCase() + s.slice(1)).join('+')}"` : '';
    const set = revised.find((r) => r.start <= a && r.end >= b)?.set;
    out += `<Text${set ? ` RevisionID="${set}"` : ''}${style}>${escapeXml(text.slice(a, b))}</Text>`;
  }
  return out;
}
