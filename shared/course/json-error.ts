/**
 * Where a JSON text first goes wrong, as a 1-based line and column. JSON.parse only says so in
 * engine-specific prose (and for some errors not at all), so after it fails this small scanner
 * walks the grammar (RFC 8259) and stops at the first character that cannot continue it.
 */

export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

class Stop {
  readonly at: number;
  constructor(at: number) {
    this.at = at;
  }
}

/** Called with the JSON path of every value and the offset where the value (or its key) starts. */
type Visit = (path: readonly (string | number)[], offset: number) => void;

function scan(text: string, visit?: Visit): number | null {
  let i = 0;
  const path: (string | number)[] = [];
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new Stop(i);
    i++;
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) throw new Stop(i);
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) throw new Stop(i);
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) throw new Stop(i + k);
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else throw new Stop(i);
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') throw new Stop(i + (m?.[0].length ?? 0));
    i += m[0].length;
  };
  const value = (depth: number, keyAt?: number): void => {
    if (depth > 512) throw new Stop(i);
    ws();
    visit?.(path, keyAt ?? i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const keyAt = i;
        string();
        if (visit) path.push(JSON.parse(text.slice(keyAt, i)) as string);
        ws();
        expect(':');
        value(depth + 1, keyAt);
        if (visit) path.pop();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        if (visit) path.push(n);
        value(depth + 1);
        if (visit) path.pop();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : null;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** The first syntax error of a JSON text, or null when the text is valid JSON. */
export function jsonErrorPosition(text: string): TextPosition | null {
  const at = scan(text);
  return at === null ? null : positionAt(text, Math.min(at, text.length));
}

/**
 * Where values sit in a JSON text, by the paths problems carry ("modules[1].lessons[0].file.en"),
 * so validation messages can point an instructor at a line. One scan for all paths; a path that
 * is not in the text (a missing field) falls back to its nearest parent.
 */
export function locateJsonPaths(text: string, wanted: readonly string[]): Map<string, TextPosition> {
  const offsets = new Map<string, number>();
  scan(text, (path, offset) => {
    let key = '';
    for (const part of path) key += typeof part === 'number' ? `[${part}]` : key === '' ? part : `.${part}`;
    offsets.set(key || '$', offset);
  });
  // Offsets → line/column in one pass over the text, in offset order.
  const found = new Map<string, number>();
  for (const want of wanted) {
    for (let p = want; ; ) {
      const at = offsets.get(p);
      if (at !== undefined) {
        found.set(want, at);
        break;
      }
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        if (offsets.has('$')) found.set(want, offsets.get('$')!);
        break;
      }
      p = p.slice(0, cut);
    }
  }
  const sorted = [...new Set(found.values())].sort((a, b) => a - b);
  const positions = new Map<number, TextPosition>();
  let line = 1;
  let lineStart = 0;
  let k = 0;
  for (const offset of sorted) {
    for (; k < offset && k < text.length; k++) {
      if (text[k] === '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    positions.set(offset, { offset, line, column: offset - lineStart + 1 });
  }
  return new Map([...found].map(([p, offset]) => [p, positions.get(offset)!]));
}

export function locateJsonPath(text: string, wanted: string): TextPosition | null {
  return locateJsonPaths(text, [wanted]).get(wanted) ?? null;
}
