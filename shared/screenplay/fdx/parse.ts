/**
 * Final Draft (.fdx) reader on saxes, a streaming XML parser: no DOM (shared/ runs in Node and the
 * browser alike), no DOCTYPE and so no entity expansion attacks, line numbers on malformed XML.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fail, ok, type Result } from '../../errors.ts';
import type { Mark, MarkStyle, Screenplay, ScriptElement, TitleField } from '../model.ts';
import { normaliseMarks } from '../fountain/inline.ts';
import { FDX_TO_ELEMENT } from './paragraph-types.ts';
import { titleFieldsFromLines, type TitleLine } from './title-page.ts';
import { fdxLayoutReader } from './layout.ts';

export const MAX_FDX_CHARS = 30_000_000;

/** Paragraphs inside these are page furniture or settings (e.g. the "Page #" header), not script. */
const NOT_SCRIPT = new Set(['HeaderAndFooter', 'Header', 'Footer', 'ElementSettings', 'SmartType', 'Macros']);

interface OpenParagraph {
  type: string;
  alignment: string;
  number?: string;
  startsNewPage: boolean;
  text: string;
  marks: Mark[];
  inTitlePage: boolean;
  inNote: boolean;
  ignored?: true;
}

function stylesOf(style: string | undefined): MarkStyle[] {
  const s = (style ?? '').toLowerCase();
  const out: MarkStyle[] = [];
  if (s.includes('bold')) out.push('bold');
  if (s.includes('italic')) out.push('italic');
  if (s.includes('underline')) out.push('underline');
  return out;
}

export function parseFdx(source: string): Result<Screenplay> {
  if (source.length > MAX_FDX_CHARS) return fail('screenplay.too_large', { limit: MAX_FDX_CHARS });
  const xml = source.replace(/^\uFEFF/, '');
  const parser = new SaxesParser({ position: true, xmlns: false });
  const elements: ScriptElement[] = [];
  const titleLines: TitleLine[] = [];
  const stack: string[] = [];
  // How many of the open tags are page furniture, title page, script note: kept as counts so each
  // tag costs O(1) — scanning the stack made deeply nested input quadratic (found by fuzzing).
  const openCount = { notScript: 0, titlePage: 0, note: 0 };
  const countTag = (name: string, delta: 1 | -1) => {
    if (NOT_SCRIPT.has(name)) openCount.notScript += delta;
    if (name === 'TitlePage') openCount.titlePage += delta;
    if (name === 'ScriptNote') openCount.note += delta;
  };
  // Paragraphs nest (a <DualDialogue> or a <ScriptNote> sits inside an outer paragraph): text
  // always belongs to the innermost open one, and each is emitted when it closes.
  const paragraphs: OpenParagraph[] = [];
  let textStyles: MarkStyle[] = [];
  let inText = false;
  let sawRoot = false;
  let rejected: Result<Screenplay> | null = null;
  // Dual dialogue: count character cues inside the current <DualDialogue>; from the second on, lines are `dual`.
  let dualCues = -1;
  let pendingPageBreak = false;
  const layoutReader = fdxLayoutReader();

  parser.on('doctype', () => {
    rejected ??= fail('screenplay.fdx_doctype', { line: parser.line });
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    if (stack.length === 0) {
      sawRoot = true;
      if (name !== 'FinalDraft') rejected ??= fail('screenplay.not_fdx', { root: name });
    }
    stack.push(name);
    countTag(name, 1);
    layoutReader.opentag(name, tag.attributes, stack[stack.length - 2]);
    const attr = (k: string) => (typeof tag.attributes[k] === 'string' ? (tag.attributes[k] as string) : undefined);
    if (name === 'DualDialogue') dualCues = 0;
    const para = paragraphs[paragraphs.length - 1];
    if (name === 'Paragraph' && openCount.notScript > 0) {
      paragraphs.push({ type: '', alignment: '', startsNewPage: false, text: '', marks: [], inTitlePage: false, inNote: false, ignored: true });
    } else if (name === 'Paragraph') {
      paragraphs.push({
        type: attr('Type') ?? 'Action',
        alignment: attr('Alignment') ?? '',
        number: attr('Number'),
        startsNewPage: attr('StartsNewPage') === 'Yes',
        text: '',
        marks: [],
        inTitlePage: openCount.titlePage > 0,
        inNote: openCount.note > 0,
      });
      if (dualCues >= 0 && attr('Type') === 'Character') dualCues++;
    } else if (name === 'Text') {
      inText = true;
      textStyles = stylesOf(attr('Style'));
    } else if (name === 'Tab' && para && inText) {
      para.text += '\t';
    }
  });
  parser.on('text', (text: string) => {
    const para = paragraphs[paragraphs.length - 1];
    if (!para || !inText) return;
    const start = para.text.length;
    para.text += text;
    for (const style of textStyles) para.marks.push({ start, end: para.text.length, style });
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const closed = stack.pop();
    if (closed !== undefined) countTag(closed, -1);
    layoutReader.closetag(tag.name);
    if (tag.name === 'Text') inText = false;
    if (tag.name === 'DualDialogue') dualCues = -1;
    if (tag.name !== 'Paragraph') return;
    const p = paragraphs.pop();
    if (!p || p.ignored) return;
    if (p.inTitlePage) {
      titleLines.push({ text: p.text.replace(/\s+$/, ''), alignment: p.alignment });
      return;
    }
    if (p.startsNewPage && elements.length) pendingPageBreak = true;
    let type = p.inNote ? 'note' : (FDX_TO_ELEMENT[p.type] ?? 'action');
    if (type === 'action' && p.alignment === 'Center') type = 'centered';
    const text = p.text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    if (text === '' && type !== 'note') return;
    if (pendingPageBreak) {
      elements.push({ type: 'page_break', text: '' });
      pendingPageBreak = false;
    }
    const el: ScriptElement = { type: type as ScriptElement['type'], text };
    const marks = normaliseMarks(p.marks.map((m) => ({ ...m, end: Math.min(m.end, text.length) })));
    if (marks.length) el.marks = marks;
    if (type === 'scene_heading' && p.number) el.sceneNumber = p.number;
    if (type === 'section') el.depth = 1;
    if (dualCues >= 2 && ['character', 'parenthetical', 'dialogue'].includes(type)) el.dual = true;
    elements.push(el);
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    const message = String((err as Error).message);
    const line = /^(?:[^:]*:)?(\d+):(\d+)/.exec(message)?.[1] ?? String(parser.line);
    return fail('screenplay.bad_xml', { line, detail: message.replace(/^[^:]*:\d+:\d+:\s*/, '').slice(0, 200) });
  }
  if (rejected) return rejected;
  if (!sawRoot) return fail('screenplay.not_fdx', { root: '' });
  const titlePage: TitleField[] = titleFieldsFromLines(titleLines);
  const layout = layoutReader.result();
  return ok(layout ? { version: 1, titlePage, elements, layout } : { version: 1, titlePage, elements });
}
