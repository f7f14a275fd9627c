/**
 * Where one member of a JSON object's top level sits in the text, so a tool can replace that
 * member's value and leave every other byte as its author wrote it (key order, spacing, line
 * breaks). `naskah pack files` rewrites only course.json's files[] this way. The text must be valid
 * JSON (the caller has parsed it); strings are skipped whole, so braces inside them don't count.
 */

export interface MemberSpan {
  /** Offset of the member's key (its opening quote). */
  keyStart: number;
  /** The value: text.slice(valueStart, valueEnd) is exactly the value's JSON. */
  valueStart: number;
  valueEnd: number;
  /** The indentation of the key's line: where the member's nested lines line up. */
  indent: string;
}

const WS = ' \t\n\r';

function skipString(text: string, i: number): number {
  // i is at the opening quote; returns the offset after the closing one.
  for (let k = i + 1; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === '"') return k + 1;
  }
  return text.length;
}

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.includes(text[i])) i++;
  return i;
}

/** The end of the value starting at i (any JSON value). */
function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] !== '{' && text[i] !== '[') {
    while (i < text.length && !',}]'.includes(text[i]) && !WS.includes(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (let k = i; k < text.length; k++) {
    const c = text[k];
    if (c === '"') k = skipString(text, k) - 1;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return k + 1;
    }
  }
  return text.length;
}

/** The indentation of the line `at` is on. */
function indentBefore(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let k = lineStart;
  while (k < at && (text[k] === ' ' || text[k] === '\t')) k++;
  return text.slice(lineStart, k);
}

/** The span of `key` in the top-level object of `text`, or null when the object has no such member. */
export function topLevelMemberSpan(text: string, key: string): MemberSpan | null {
  let i = skipWs(text, 0);
  if (text[i] !== '{') return null;
  i = skipWs(text, i + 1);
  while (i < text.length && text[i] === '"') {
    const keyStart = i;
    const keyEnd = skipString(text, i);
    const name = JSON.parse(text.slice(keyStart, keyEnd)) as string;
    i = skipWs(text, keyEnd);
    i = skipWs(text, i + 1); // past ':'
    const valueStart = i;
    const valueEnd = skipValue(text, i);
    if (name === key) return { keyStart, valueStart, valueEnd, indent: indentBefore(text, keyStart) };
    i = skipWs(text, valueEnd);
    if (text[i] !== ',') return null;
    i = skipWs(text, i + 1);
  }
  return null;
}

/** Offset of the top-level object's closing brace (valid JSON assumed). */
export function topLevelObjectEnd(text: string): number {
  const start = skipWs(text, 0);
  return skipValue(text, start) - 1;
}

/**
 * `text` with the top-level member `key` set to `value`: the member's value replaced in place, or
 * the member added at the end of the object, laid out as JSON.stringify(…, null, 2) would at the
 * member's indentation. Every other byte stays as it was.
 */
export function withTopLevelMember(text: string, key: string, value: unknown): string {
  const span = topLevelMemberSpan(text, key);
  const layout = (indent: string) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
  if (span) return text.slice(0, span.valueStart) + layout(span.indent) + text.slice(span.valueEnd);
  const end = topLevelObjectEnd(text);
  let last = end;
  while (last > 0 && WS.includes(text[last - 1])) last--;
  const empty = text[last - 1] === '{';
  const first = topLevelMemberSpan(text, firstKey(text) ?? '');
  const indent = first?.indent ?? '  ';
  const member = `${empty ? '' : ','}\n${indent}${JSON.stringify(key)}: ${layout(indent)}`;
  return text.slice(0, last) + member + (text.slice(last, end).includes('\n') ? text.slice(last, end) : '\n') + text.slice(end);
}

function firstKey(text: string): string | null {
  const i = skipWs(text, skipWs(text, 0) + 1);
  return text[i] === '"' ? (JSON.parse(text.slice(i, skipString(text, i))) as string) : null;
}
