/**
 * Final Draft (.fdx) reader on saxes, a streaming XML parser: no DOM (shared/ runs in Node and the
 * browser alike), no DOCTYPE and so no entity expansion attacks, line numbers on malformed XML.
 *
 * What is read, by where it sits: the paragraphs of `<FinalDraft><Content>` (with the
 * `<DualDialogue>` blocks inside them) are the script; `<TitlePage><Content>` is the title page
 * (title-page.ts); a scene heading's `<SceneProperties><Summary>` is its index card
 * (scene-properties.ts); `<ScriptNote>`s are notes (script-notes.ts). Everything else — header and
 * footer, element settings, watermark, character arc beats, omitted scenes, SmartType lists — is
 * Final Draft's own and is never read as script text.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fail, ok, type Result } from '../../errors.ts';
import type { Mark, MarkStyle, RevisionMark, Screenplay, ScriptElement, TitleField } from '../model.ts';
import { normaliseMarks, writeInline } from '../fountain/inline.ts';
import { readParagraphType, FDX_TO_ELEMENT, type CustomTypeSettings } from './paragraph-types.ts';
import { synopsesFromCard, type StyledLine } from './scene-properties.ts';
import { parseRange, placeRangedNotes, type ParagraphSpan, type RangedNote } from './script-notes.ts';
import { readLocked, renumberStale } from './scene-numbering.ts';
import { printsSceneNumber } from '../scene-numbers/lock.ts';
import { runStyle } from './styled-text.ts';
import { titleFieldsFromLines, type TitleLine } from './title-page.ts';
import { fdxLayoutReader } from './layout.ts';
import { fdxRevisionReader, runRevision } from './revisions.ts';

export const MAX_FDX_CHARS = 30_000_000;

/** Where an element sits, and so what its paragraphs and text are. */
type Context = 'root' | 'script' | 'titlePage' | 'title' | 'notes' | 'note' | 'sceneProperties' | 'summary' | 'ignored';

/** Context of a child element named `name` inside `parent` (at `depth`, 0 for the root). */
function childContext(parent: Context | undefined, name: string, depth: number): Context {
  switch (parent) {
    case undefined:
      return 'root';
    case 'root':
      if (name === 'Content' && depth === 1) return 'script';
      if (name === 'TitlePage') return 'titlePage';
      if (name === 'ScriptNotes' || name === 'UnanchoredScriptNotes') return 'notes';
      return 'ignored';
    case 'titlePage':
      // Final Draft puts the paragraphs in a <Content>; files written by other tools, straight in the <TitlePage>.
      return name === 'Content' || name === 'Paragraph' ? 'title' : 'ignored';
    case 'notes':
      return name === 'ScriptNote' ? 'note' : 'ignored';
    case 'script':
      if (name === 'Paragraph' || name === 'Text' || name === 'Tab' || name === 'DualDialogue') return 'script';
      if (name === 'SceneProperties') return 'sceneProperties';
      if (name === 'ScriptNote') return 'note';
      return 'ignored'; // OmittedScene, DynamicLabel, …
    case 'sceneProperties':
      return name === 'Summary' ? 'summary' : 'ignored';
    case 'summary':
    case 'note':
    case 'title':
      return name === 'Paragraph' || name === 'Text' || name === 'Tab' ? parent : 'ignored';
    default:
      return 'ignored';
  }
}

interface OpenParagraph {
  context: Context;
  type: string;
  alignment: string;
  number?: string;
  /** Sections, as Naskah writes them. */
  depth?: string;
  text: string;
  marks: Mark[];
  /** Revised runs (revisions.ts); a paragraph Final Draft marks as revised as a whole. */
  revs?: RevisionMark[];
  revision?: number;
  /** Title page: the field this line belongs to, as Naskah wrote it. */
  fieldKey?: string;
  fieldIndex?: number;
  /** Script paragraphs: the index card, and notes found inside (before or after its text). */
  cardTitle?: string;
  summary?: StyledLine[];
  notesBefore?: string[];
  notesAfter?: string[];
  /** Top-level script paragraphs: where their elements start, and embedded blocks for Range offsets. */
  top?: { firstElement: number; embedded: number };
}

interface OpenNote {
  /** The note's title (Final Draft's Name), kept as its first line. */
  name?: string;
  lines: string[];
  range?: string;
  /** An inline note: the paragraph it sits in, and whether any of its text came before the note. */
  owner?: OpenParagraph;
  afterText: boolean;
}

/** saxes' message → our code: "1:78: undefined entity." */
function xmlError(message: string, parserLine: number): Result<never> {
  const position = /^(?:[^:]*:)?(\d+):(\d+)/.exec(message);
  const line = position?.[1] ?? String(parserLine);
  const detail = message.replace(/^[^:]*:\d+:\d+:\s*/, '').replace(/\s+/g, ' ').slice(0, 200);
  if (/unclosed tag|unexpected end/i.test(detail)) return fail('screenplay.fdx_truncated', { line });
  if (/undefined entity/i.test(detail)) return fail('screenplay.fdx_entity', { line });
  if (/outside of root node|must contain a root element|disallowed character/i.test(detail) && line === '1') return fail('screenplay.fdx_not_xml', {});
  return fail('screenplay.bad_xml', { line, detail });
}

export function parseFdx(source: string): Result<Screenplay> {
  if (source.length > MAX_FDX_CHARS) return fail('screenplay.too_large', { limit: MAX_FDX_CHARS });
  const xml = source.replace(/^\uFEFF/, '');
  if (xml.trim() === '') return fail('screenplay.fdx_empty', {});
  if (xml.includes('\u0000')) return fail('screenplay.binary_file', {});
  if (!xml.trimStart().startsWith('<')) return fail('screenplay.fdx_not_xml', {});
  const parser = new SaxesParser({ position: true, xmlns: false });
  const elements: ScriptElement[] = [];
  const titleLines: TitleLine[] = [];
  const contexts: Context[] = [];
  // Paragraphs nest (a <DualDialogue> or a <ScriptNote> sits inside an outer paragraph): text
  // always belongs to the innermost open one, and each is emitted when it closes.
  const paragraphs: OpenParagraph[] = [];
  const notes: OpenNote[] = [];
  const spans: ParagraphSpan[] = [];
  const rangedNotes: RangedNote[] = [];
  let rangeOffset = 0;
  let textStyles: MarkStyle[] = [];
  let textCaps = false;
  let textRevision: number | undefined;
  let inText = false;
  let rejected: Result<Screenplay> | null = null;
  // Dual dialogue: count character cues inside the current <DualDialogue>; from the second on, lines are `dual`.
  let dualCues = -1;
  let pendingPageBreak = false;
  // A template's own element types are read as their <ElementSettings> say, which come after the script.
  const customTypes = new Map<string, CustomTypeSettings>();
  // Types whose text Final Draft shows in capitals whatever was typed (FontSpec Style="AllCaps").
  const capsTypes = new Set<string>();
  const elementFdxTypes: string[] = [];
  const unresolved: { index: number; fdxType: string; alignment: string }[] = [];
  let settingsType: string | undefined;
  // Page and element settings that change pagination (layout.ts), read by tag name and parent.
  const layoutReader = fdxLayoutReader();
  const revisionReader = fdxRevisionReader();
  const tagNames: string[] = [];
  let naskahLocked: string | undefined;

  const emitScript = (p: OpenParagraph) => {
    const text = p.text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    for (const note of p.notesBefore ?? []) elements.push({ type: 'note', text: note });
    if (text !== '') {
      if (pendingPageBreak) {
        elements.push({ type: 'page_break', text: '' });
        pendingPageBreak = false;
      }
      const { type, fdxType } = readParagraphType(p.type, p.alignment);
      const el: ScriptElement = { type, text };
      const marks = normaliseMarks(p.marks.map((m) => ({ ...m, end: Math.min(m.end, text.length) })));
      if (marks.length) el.marks = marks;
      if (p.number && printsSceneNumber({ type, sceneNumber: p.number })) el.sceneNumber = p.number;
      if (type === 'section') el.depth = Math.min(6, Math.max(1, Math.trunc(Number(p.depth)) || 1));
      if (dualCues >= 2 && (type === 'character' || type === 'parenthetical' || type === 'dialogue')) el.dual = true;
      if (fdxType) el.fdxType = fdxType;
      if (p.revision !== undefined) el.revision = p.revision;
      const revs = p.revs?.filter((m) => m.start < text.length).map((m) => ({ ...m, end: Math.min(m.end, text.length) }));
      if (revs?.length) el.revisionMarks = revs;
      if (fdxType && !(fdxType in FDX_TO_ELEMENT)) unresolved.push({ index: elements.length, fdxType, alignment: p.alignment });
      elementFdxTypes[elements.length] = p.type;
      elements.push(el);
      if (p.cardTitle !== undefined || p.summary?.length) elements.push(...synopsesFromCard(p.cardTitle, p.summary ?? []));
    }
    for (const note of p.notesAfter ?? []) elements.push({ type: 'note', text: note });
  };

  parser.on('doctype', () => {
    rejected ??= fail('screenplay.fdx_doctype', { line: parser.line });
    // Stop here: nothing after a refused DOCTYPE is read (its entities are never expanded).
    throw new Error('doctype');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    const parent = contexts[contexts.length - 1];
    if (parent === undefined && name !== 'FinalDraft') rejected ??= fail('screenplay.not_fdx', { root: name });
    const context = childContext(parent, name, contexts.length);
    contexts.push(context);
    layoutReader.opentag(name, tag.attributes, tagNames[tagNames.length - 1]);
    revisionReader.opentag(name, tag.attributes, tagNames[tagNames.length - 1]);
    tagNames.push(name);
    const attr = (k: string) => (typeof tag.attributes[k] === 'string' ? (tag.attributes[k] as string) : undefined);
    const para = paragraphs[paragraphs.length - 1];

    if (parent === 'root' && name === 'ElementSettings') settingsType = attr('Type');
    if (parent === 'root' && name === 'SceneNumberOptions') naskahLocked = attr('NaskahLocked');
    if (settingsType && name === 'ParagraphSpec') customTypes.set(settingsType, { alignment: attr('Alignment') });
    if (settingsType && name === 'FontSpec' && runStyle(attr('Style')).allCaps) capsTypes.add(settingsType);
    if (context === 'ignored') {
      // An omitted scene counts where it sits in a top-level paragraph, for script note ranges.
      if (name === 'OmittedScene' && parent === 'script') markEmbedded();
      return;
    }
    if (name === 'Paragraph') {
      const p: OpenParagraph = { context, type: attr('Type') ?? 'Action', alignment: attr('Alignment') ?? '', number: attr('Number'), depth: attr('NaskahDepth'), text: '', marks: [] };
      if (context === 'script') {
        if (contexts.length === 3) p.top = { firstElement: elements.length, embedded: 0 };
        if (attr('StartsNewPage') === 'Yes' && elements.length) pendingPageBreak = true;
        if (dualCues >= 0 && attr('Type') === 'Character') dualCues++;
        p.revision = runRevision(tag.attributes);
      }
      if (context === 'title') {
        p.fieldKey = attr('NaskahKey');
        const index = Number(attr('NaskahIndex'));
        if (Number.isInteger(index)) p.fieldIndex = index;
      }
      paragraphs.push(p);
    } else if (name === 'DualDialogue') {
      dualCues = 0;
      markEmbedded();
    } else if (name === 'SceneProperties' && para) {
      para.cardTitle = attr('Title') ?? '';
      para.summary = [];
    } else if (name === 'ScriptNote') {
      notes.push({ name: attr('Name'), lines: [], range: attr('Range'), owner: parent === 'script' ? para : undefined, afterText: (para?.text.length ?? 0) > 0 });
    } else if (name === 'Text') {
      inText = true;
      const style = runStyle(attr('Style'));
      textStyles = style.marks;
      textCaps = style.allCaps;
      textRevision = runRevision(tag.attributes);
    } else if (name === 'Tab' && para) {
      para.text += '\t';
    }
  });
  /** A block embedded in the current top-level paragraph counts two Range units. */
  function markEmbedded() {
    for (let i = paragraphs.length - 1; i >= 0; i--) {
      const top = paragraphs[i].top;
      if (top) {
        top.embedded++;
        return;
      }
    }
  }
  parser.on('text', (text: string) => {
    const para = paragraphs[paragraphs.length - 1];
    if (!para || !inText || contexts[contexts.length - 1] === 'ignored') return;
    const start = para.text.length;
    para.text += textCaps ? text.toUpperCase() : text;
    for (const style of textStyles) para.marks.push({ start, end: para.text.length, style });
    if (textRevision !== undefined && para.context === 'script') (para.revs ??= []).push({ start, end: para.text.length, set: textRevision });
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const context = contexts.pop();
    const name = tag.name;
    tagNames.pop();
    layoutReader.closetag(name);
    if (name === 'ElementSettings') settingsType = undefined;
    if (context === 'ignored') return;
    if (name === 'Text') inText = false;
    if (name === 'DualDialogue') dualCues = -1;
    if (name === 'ScriptNote') {
      const note = notes.pop();
      const body = note?.lines.join('\n').replace(/\s+$/, '').replace(/^\s*\n/, '');
      const text = [note?.name?.trim(), body].filter(Boolean).join('\n');
      if (!note || !text) return;
      if (note.owner) (note.afterText ? (note.owner.notesAfter ??= []) : (note.owner.notesBefore ??= [])).push(text);
      else {
        const range = parseRange(note.range);
        rangedNotes.push({ start: range?.start ?? Number.MAX_SAFE_INTEGER, end: range?.end ?? Number.MAX_SAFE_INTEGER, text });
      }
      return;
    }
    if (name !== 'Paragraph') return;
    const p = paragraphs.pop();
    if (!p) return;
    if (p.context === 'title') {
      titleLines.push({ text: p.text.replace(/\s+$/, ''), alignment: p.alignment, marks: p.marks, key: p.fieldKey, index: p.fieldIndex, type: p.type });
    } else if (p.context === 'summary') {
      const owner = paragraphs.findLast((o) => o.context === 'script');
      owner?.summary?.push({ text: p.text.replace(/\r\n?/g, '\n'), marks: p.marks });
    } else if (p.context === 'note') {
      notes[notes.length - 1]?.lines.push(p.text.replace(/\r\n?/g, '\n'));
    } else if (p.context === 'script') {
      emitScript(p);
      if (p.top) {
        const length = p.text.length + 2 * p.top.embedded;
        spans.push({ start: rangeOffset, length, firstElement: p.top.firstElement, endElement: elements.length });
        rangeOffset += length + 1;
      }
    }
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    if (rejected) return rejected;
    return xmlError(String((err as Error).message), parser.line);
  }
  if (rejected) return rejected;
  elementFdxTypes.forEach((fdxType, i) => {
    const upper = elements[i].text.toUpperCase();
    // Only where capitals keep the length: marks are offsets into the text.
    if (capsTypes.has(fdxType) && upper.length === elements[i].text.length) elements[i].text = upper;
  });
  for (const u of unresolved) {
    const { type } = readParagraphType(u.fdxType, u.alignment, customTypes.get(u.fdxType));
    elements[u.index].type = type;
  }
  const titlePage: TitleField[] = titleFieldsFromLines(titleLines.map((l) => ({ ...l, text: l.marks?.length ? writeInline(l.text, l.marks) : l.text })));
  const script: Screenplay = revisionReader.finish({ version: 1, titlePage, elements: placeRangedNotes(elements, spans, rangedNotes) });
  const layout = layoutReader.result();
  if (layout) script.layout = layout;
  if (readLocked(naskahLocked, script.elements)) script.lockedSceneNumbers = true;
  else renumberStale(script.elements);
  return ok(script);
}
