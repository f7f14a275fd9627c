/**
 * Fountain reader (fountain.io 1.1). Line-oriented and linear: each line is classified once,
 * looking at most one line ahead and one behind. Hand-written: the npm Fountain parsers either
 * produce HTML instead of a model, drop line structure, or are quadratic on long scripts.
 */
import { fail, ok, type Result } from '../../errors.ts';
import type { Screenplay, ScriptElement, TitleField } from '../model.ts';
import { hasCaret, nameAsWritten, stripCaret } from '../rules/cue.ts';
import { isHeadingLine, leadingSceneNumber } from '../rules/heading.ts';
import { parseInline } from './inline.ts';

/** Larger inputs are refused rather than risking the UI: 40× a feature film. */
export const MAX_FOUNTAIN_CHARS = 8_000_000;

const SCENE_NUMBER_BODY = /^[\p{L}\p{N}.-]+$/u;
const TITLE_KEY = /^([\p{L}\p{N}][^:\n]*?):\s*(.*)$/u;

export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Removes /* boneyard *\/ spans (they may cross lines); an unclosed one runs to the end. A boneyard
 * that opens a line takes the white space after it on its last line too, so that what follows
 * starts the line as if the boneyard had never been there ("/* draft *\/ Title: …" is a title page).
 */
export function stripBoneyard(text: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = text.indexOf('/*', i);
    if (open < 0) return out + text.slice(i);
    out += text.slice(i, open);
    const close = text.indexOf('*/', open + 2);
    if (close < 0) return out;
    i = close + 2;
    const lineStart = out.lastIndexOf('\n') + 1;
    if (/^[ \t]*$/.test(out.slice(lineStart))) {
      out = out.slice(0, lineStart);
      while (text[i] === ' ' || text[i] === '\t') i++;
    }
  }
}

/**
 * A heading's trailing "#12A#": the number and where the heading text ends. By hand, not with an
 * unanchored regex, which backtracks through every run of spaces in the line (quadratic).
 */
function trailingSceneNumber(raw: string): { number: string; index: number } | null {
  if (!raw.endsWith('#')) return null;
  const open = raw.lastIndexOf('#', raw.length - 2);
  if (open < 0) return null;
  const number = raw.slice(open + 1, -1);
  if (!SCENE_NUMBER_BODY.test(number)) return null;
  return { number, index: raw.slice(0, open).trimEnd().length };
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function hasLetters(s: string): boolean {
  return /\p{L}/u.test(s);
}

/** Upper case = no lower-case letter (digits and punctuation allowed), and at least one letter. */
function isUpper(s: string): boolean {
  return hasLetters(s) && s === s.toUpperCase();
}

function inlineElement(type: ScriptElement['type'], raw: string, extra: Partial<ScriptElement> = {}): ScriptElement {
  const { text, marks } = parseInline(raw);
  const el: ScriptElement = { type, text, ...extra };
  if (marks.length) el.marks = marks;
  return el;
}

/**
 * The text around its [[inline notes]] (`pieces`, one more than `notes`) and the notes' own text.
 * A hand scan rather than a lazy regex: "[[" without a closing "]]" made that regex rescan the
 * rest of the text at every opener (quadratic on hostile input).
 */
function cutAtInlineNotes(s: string): { pieces: string[]; notes: string[] } {
  const pieces: string[] = [];
  const notes: string[] = [];
  let from = 0;
  for (;;) {
    const open = s.indexOf('[[', from);
    const close = open < 0 ? -1 : s.indexOf(']]', open + 2);
    // No closer after this opener means none after any later one either.
    if (close < 0) break;
    pieces.push(s.slice(from, open));
    notes.push(s.slice(open + 2, close));
    from = close + 2;
  }
  pieces.push(s.slice(from));
  return { pieces, notes };
}

/**
 * Removes [[inline notes]] from text that is not itself a note. The white space around a note
 * collapses to one separator ("a [[n]]b" and "a [[n]] b" both read "a b"; "a[[n]]. b" reads "a. b").
 */
export function dropInlineNotes(s: string): string {
  if (!s.includes('[[')) return s;
  // Linear: cut once at the notes, then join the pieces, turning the white space that met at
  // each note into one separator (a line break if it held one, else a space, else nothing).
  const { pieces } = cutAtInlineNotes(s);
  if (pieces.length === 1) return s;
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n';
  let out = '';
  let gap = '';
  let hasText = false;
  pieces.forEach((piece, i) => {
    let a = 0;
    let b = piece.length;
    if (i > 0) while (a < b && isSpace(piece[a])) a++;
    if (i < pieces.length - 1) while (b > a && isSpace(piece[b - 1])) b--;
    gap += piece.slice(0, a);
    if (a < b) {
      if (hasText && gap) out += gap.includes('\n') ? '\n' : ' ';
      out += piece.slice(a, b);
      hasText = true;
      gap = '';
    }
    gap += piece.slice(b);
  });
  return out;
}

/** The texts of the [[inline notes]] in s, in order. */
function inlineNotes(s: string): string[] {
  return cutAtInlineNotes(s).notes.map((n) => n.trim()).filter(Boolean);
}

/**
 * A title page starts the file with "Key: value" (or "Key:" over indented lines). An all-caps
 * key with nothing after it ("FADE IN:", "CUT TO:") opens the script itself, not a title page.
 */
export function startsTitlePage(line: string, next: string | undefined): boolean {
  const m = TITLE_KEY.exec(line);
  if (!m || isHeadingLine(line) || /^[.!@~>=#[]/.test(line)) return false;
  if (m[2].trim() !== '') return true;
  const indentedNext = next !== undefined && /^(\s{3,}|\t)\S/.test(next);
  return indentedNext && m[1] !== m[1].toUpperCase();
}

/**
 * A note standing alone from line i (which opens with "[["), possibly over several lines: lines
 * are added until one holds "]]" — each line looked at once, never the growing body, so an
 * unclosed "[[" over 200 000 lines stays linear. A line of two spaces is an empty line inside the
 * note, as inside any other block. Null when the note does not close exactly at a line's end.
 */
function noteStandingAlone(lines: readonly string[], i: number): { text: string; next: number } | null {
  let j = i;
  const parts = [lines[i].trim()];
  let closed = parts[0].includes(']]');
  while (!closed && j + 1 < lines.length && (!isBlank(lines[j + 1]) || lines[j + 1] === '  ')) {
    const piece = lines[++j].trim();
    parts.push(piece);
    closed = piece.includes(']]');
  }
  if (!closed) return null;
  const body = parts.join('\n');
  if (!body.endsWith(']]') || body.indexOf(']]') !== body.length - 2) return null;
  return { text: body.slice(2, -2).trim(), next: j + 1 };
}

/**
 * A title page opens the file, after blank lines and any notes standing alone (`[[…]]` before the
 * title page is kept as a note at the top of the script; boneyard is already gone).
 */
function parseTitlePage(lines: string[]): { fields: TitleField[]; next: number; notes: ScriptElement[] } {
  const fields: TitleField[] = [];
  const notes: ScriptElement[] = [];
  let i = 0;
  for (;;) {
    while (i < lines.length && isBlank(lines[i])) i++;
    if (!lines[i]?.trim().startsWith('[[')) break;
    const note = noteStandingAlone(lines, i);
    if (!note) break;
    notes.push({ type: 'note', text: note.text });
    i = note.next;
  }
  if (!startsTitlePage(lines[i] ?? '', lines[i + 1])) return { fields, next: 0, notes: [] };
  const continues = (line: string | undefined) => line !== undefined && /^\s{3,}\S/.test(line);
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      // Lines of spaces between two continuation lines are empty lines of the value, as a line of
      // two spaces is inside any other block (and as the writer writes them: a contact or a cast
      // list in blocks). Read as the title page's end, they put the rest of the value into the script.
      let j = i;
      while (j < lines.length && lines[j] !== '' && isBlank(lines[j])) j++;
      if (j === i || !fields.length || !continues(lines[j])) break;
      const last = fields[fields.length - 1];
      if (last.value) last.value += '\n'.repeat(j - i);
      i = j;
      continue;
    }
    const m = TITLE_KEY.exec(lines[i]);
    const indented = /^(\s{3,}|\t)/.test(lines[i]);
    if (m && !indented) {
      fields.push({ key: m[1].trim(), value: m[2].trim() });
    } else if (!indented) {
      // Neither "Key: value" nor an indented continuation: the script itself starts here.
      break;
    } else if (fields.length) {
      const last = fields[fields.length - 1];
      const piece = lines[i].trim();
      last.value = last.value ? `${last.value}\n${piece}` : piece;
    } else {
      return { fields: [], next: 0, notes: [] };
    }
    i++;
  }
  return { fields, next: i, notes };
}

export function parseFountain(source: string): Result<Screenplay> {
  if (typeof source !== 'string') return fail('screenplay.not_text');
  if (source.length > MAX_FOUNTAIN_CHARS) return fail('screenplay.too_large', { limit: MAX_FOUNTAIN_CHARS });
  if (source.includes('\u0000')) return fail('screenplay.binary_file');
  try {
    return ok(parseLines(stripBoneyard(normaliseNewlines(source)).replace(/\t/g, '    ').split('\n')));
  } catch (err) {
    // The parser has no expected failure; anything here is a bug, reported as a typed error.
    return fail('screenplay.parse_failed', { detail: String((err as Error).message).slice(0, 200) });
  }
}

function parseLines(lines: string[]): Screenplay {
  const { fields, next, notes } = parseTitlePage(lines);
  const elements: ScriptElement[] = [...notes];
  let i = next;

  const push = (el: ScriptElement) => elements.push(el);

  while (i < lines.length) {
    const line = lines[i];
    const trimmed = line.trim();
    const prevBlank = i === next || isBlank(lines[i - 1]);
    const nextBlank = isBlank(lines[i + 1]);

    if (trimmed === '') {
      i++;
      continue;
    }

    // Notes standing alone, possibly over several lines. Also straight after another block: the
    // action above ends at a "[[" line so that the note stands alone (Beat's own tutorial puts
    // notes under action, and two notes on consecutive lines); read as action, it was dropped as
    // an inline note and left an empty action in its place.
    if (trimmed.startsWith('[[')) {
      const note = noteStandingAlone(lines, i);
      if (note) {
        push({ type: 'note', text: note.text });
        i = note.next;
        continue;
      }
    }

    if (/^={3,}$/.test(trimmed)) {
      push({ type: 'page_break', text: '' });
      i++;
      continue;
    }

    if (trimmed.startsWith('#')) {
      const depth = /^#+/.exec(trimmed)![0].length;
      push({ type: 'section', text: trimmed.slice(depth).trim(), depth: Math.min(depth, 6) });
      i++;
      continue;
    }

    if (/^=(?!=)/.test(trimmed)) {
      // Consecutive synopsis lines are one synopsis over several lines (an index card's text).
      const parts: string[] = [];
      while (i < lines.length && /^=(?!=)/.test(lines[i].trim())) parts.push(lines[i++].trim().slice(1).trim());
      push({ type: 'synopsis', text: parts.join('\n') });
      continue;
    }

    if (trimmed.startsWith('~')) {
      let j = i;
      const parts: string[] = [];
      while (j < lines.length && lines[j].trim().startsWith('~')) parts.push(lines[j++].trim().slice(1).replace(/^ /, ''));
      push(inlineElement('lyrics', dropInlineNotes(parts.join('\n'))));
      i = j;
      continue;
    }

    // Centered text: > text < (consecutive lines form one element).
    if (/^>.*<$/.test(trimmed)) {
      let j = i;
      const parts: string[] = [];
      while (j < lines.length && /^>.*<$/.test(lines[j].trim())) parts.push(lines[j++].trim().slice(1, -1).trim());
      push(inlineElement('centered', dropInlineNotes(parts.join('\n'))));
      i = j;
      continue;
    }

    if (trimmed.startsWith('>')) {
      push(inlineElement('transition', dropInlineNotes(trimmed.slice(1).trim()).toUpperCase()));
      i++;
      continue;
    }

    // Scene headings: forced ".", or a scene intro (rules/heading.ts) after a blank line and
    // before one (per spec). A number written before the intro ("1. INT. …", Indonesian
    // practice) is the scene number, as "#1#" after it is; a forced heading is taken as written.
    const forcedHeading = /^\.(?!\.)\S/.test(trimmed);
    if (prevBlank && (forcedHeading || (isHeadingLine(trimmed) && nextBlank))) {
      let raw = forcedHeading ? trimmed.slice(1) : trimmed;
      const extra: Partial<ScriptElement> = {};
      const num = trailingSceneNumber(raw);
      const lead = forcedHeading ? null : leadingSceneNumber(raw);
      if (num) {
        extra.sceneNumber = num.number;
        raw = raw.slice(0, num.index);
      }
      if (lead) {
        extra.sceneNumber ??= lead.number;
        raw = raw.slice(lead.textStart);
      }
      push(inlineElement('scene_heading', dropInlineNotes(raw).trim(), extra));
      i++;
      continue;
    }

    // Transitions: all caps ending in "TO:", alone between blank lines.
    if (prevBlank && nextBlank && isUpper(trimmed) && trimmed.endsWith('TO:') && !trimmed.startsWith('!')) {
      push(inlineElement('transition', dropInlineNotes(trimmed)));
      i++;
      continue;
    }

    // Characters: after a blank line, all caps (or forced "@"), with dialogue on the next line.
    const forcedCharacter = trimmed.startsWith('@');
    const cueBody = stripCaret(forcedCharacter ? trimmed.slice(1) : trimmed);
    const cueName = nameAsWritten(cueBody);
    if (
      prevBlank &&
      !nextBlank &&
      !trimmed.startsWith('!') &&
      // A line shaped like a scene heading is never a cue unless forced with "@".
      (forcedCharacter || (isUpper(cueName) && !/^[\p{N}\p{P}\s]+$/u.test(cueName) && !isHeadingLine(trimmed)))
    ) {
      // Dual dialogue: "^" marks the second speaker; only that block carries `dual` in the model.
      const dual = hasCaret(trimmed) ? ({ dual: true } as const) : {};
      push(inlineElement('character', dropInlineNotes(cueBody).trim(), dual));
      i = parseSpeech(lines, i + 1, elements, dual);
      continue;
    }

    // Everything else is action: consecutive lines form one element, line breaks kept;
    // a line of two spaces keeps a blank line inside the paragraph.
    let j = i;
    const parts: string[] = [];
    while (j < lines.length && (!isBlank(lines[j]) || (lines[j] === '  ' && !isBlank(lines[j + 1])))) {
      let piece = lines[j];
      if (j === i && piece.trimStart().startsWith('!')) piece = piece.replace(/^(\s*)!/, '$1');
      parts.push(piece === '  ' ? '' : piece.trimEnd());
      j++;
      // A following line that is a special element ends the paragraph.
      if (j < lines.length && /^\s*(={3,}\s*$|\[\[|~|>)/.test(lines[j]) && !isBlank(lines[j])) break;
    }
    const raw = parts.join('\n');
    const action = inlineElement('action', dropInlineNotes(raw));
    // A line of notes only ("[[a]] [[b]]") is those notes, not an empty action.
    if (action.text === '' && raw.trim() !== '') for (const text of inlineNotes(raw)) push({ type: 'note', text });
    else push(action);
    i = j;
  }

  return { version: 1, titlePage: fields, elements };
}

/** The dialogue block after a cue: parentheticals and dialogue lines until a blank line. */
function parseSpeech(lines: string[], start: number, elements: ScriptElement[], dual: { dual?: true }): number {
  let i = start;
  let dialogue: string[] | null = null;
  const flush = () => {
    if (dialogue) elements.push(inlineElement('dialogue', dropInlineNotes(dialogue.join('\n')), dual));
    dialogue = null;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (line === '  ' && !isBlank(lines[i + 1])) {
      (dialogue ??= []).push('');
      i++;
      continue;
    }
    if (isBlank(line)) break;
    const t = line.trim();
    if (t.startsWith('~')) {
      // Sung lines inside a speech are lyrics, as they are outside one.
      flush();
      const sung: string[] = [];
      while (i < lines.length && lines[i].trim().startsWith('~')) sung.push(lines[i++].trim().slice(1).replace(/^ /, ''));
      elements.push(inlineElement('lyrics', dropInlineNotes(sung.join('\n')), dual));
      continue;
    }
    if (t.startsWith('(') && t.endsWith(')')) {
      flush();
      elements.push(inlineElement('parenthetical', dropInlineNotes(t), dual));
    } else if (t.startsWith('(') && !t.includes(')')) {
      // A parenthetical over several lines runs to the line that closes it (else it is dialogue).
      let j = i;
      while (j + 1 < lines.length && !isBlank(lines[j + 1]) && !lines[j].includes(')')) j++;
      const last = lines[j].trim();
      if (j > i && last.endsWith(')') && last.indexOf(')') === last.length - 1) {
        flush();
        const text = lines.slice(i, j + 1).map((l) => l.trim()).join('\n');
        elements.push(inlineElement('parenthetical', dropInlineNotes(text), dual));
        i = j;
      } else (dialogue ??= []).push(t);
    } else {
      (dialogue ??= []).push(t);
    }
    i++;
  }
  flush();
  return i;
}
