/**
 * The mutations the reader fuzz tests feed the readers (and `npm run bench:limits` times): byte-level
 * edits of a valid text and value-level edits of a valid JSON document. Plain fast-check, no vitest,
 * so the benchmark can use them too.
 */
import fc from 'fast-check';

type TextEdit = { at: number; kind: 'delete' | 'insert' | 'duplicate' | 'truncate' | 'swap'; len: number; text: string };

const nastyText = fc.oneof(
  fc.string({ maxLength: 12, unit: 'binary' }),
  fc.constantFrom('<', '>', '&', '&amp;', '&#0;', '&#x110000;', '&unknown;', ']]>', '<![CDATA[', '<!--', '"', "'", '\u0000', '\uFEFF', '\uD800', '{', '}', '[', ']', ',', ':', 'null', '"__proto__"', '\\', '\n', '\r\n', 'INT. ', '@', '~', '>THE END<', '/*', '[[', '**', '_'),
);

const textEdit: fc.Arbitrary<TextEdit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'truncate', 'swap'),
  len: fc.integer({ min: 1, max: 40 }),
  text: nastyText,
});

function applyEdit(s: string, e: TextEdit): string {
  const at = s.length ? e.at % (s.length + 1) : 0;
  switch (e.kind) {
    case 'delete':
      return s.slice(0, at) + s.slice(at + e.len);
    case 'insert':
      return s.slice(0, at) + e.text + s.slice(at);
    case 'duplicate':
      return s.slice(0, at + e.len) + s.slice(at, at + e.len) + s.slice(at + e.len);
    case 'truncate':
      return s.slice(0, at);
    case 'swap': {
      const a = s.slice(at, at + e.len);
      const b = s.slice(at + e.len, at + 2 * e.len);
      return s.slice(0, at) + b + a + s.slice(at + 2 * e.len);
    }
  }
}

/** A valid text with 1–6 random edits: the inputs a damaged or hand-edited file really has. */
export function mutatedText(valid: string): fc.Arbitrary<string> {
  return fc.array(textEdit, { minLength: 1, maxLength: 6 }).map((edits) => edits.reduce(applyEdit, valid));
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON document (objects and arrays only). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

type JsonEdit = { pick: number; kind: 'replace' | 'delete' | 'wrap' | 'proto' | 'long'; value: Json };

const jsonEdit: fc.Arbitrary<JsonEdit> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'wrap', 'proto', 'long'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, fc.constantFrom<Json>('', -1, 0, 1e308, 'en', '../x', 'a'.repeat(300), [], {})),
});

function applyJsonEdit(doc: Json, e: JsonEdit): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const all = paths(copy);
  const target = all[e.pick % all.length];
  if (target.length === 0) return e.kind === 'replace' ? e.value : copy;
  const parentPath = target.slice(0, -1);
  const key = target[target.length - 1];
  let parent = copy as Record<string | number, Json>;
  for (const k of parentPath) parent = parent[k] as Record<string | number, Json>;
  switch (e.kind) {
    case 'replace':
      parent[key] = e.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'wrap':
      parent[key] = [parent[key]];
      break;
    case 'proto':
      // Written as an own key, the way JSON.parse produces it from text.
      Object.defineProperty(parent, '__proto__', { value: e.value, enumerable: true, configurable: true, writable: true });
      break;
    case 'long': {
      // Grown to 300,000 characters by as many copies as that takes: a fixed 2,000 copies of a
      // string an earlier edit already made long passed V8's string limit (RangeError).
      const text = parent[key];
      if (typeof text === 'string' && text.length > 0) parent[key] = text.repeat(Math.ceil(300_000 / text.length)).slice(0, 300_000);
      break;
    }
  }
  return copy;
}

/** A valid JSON document with 1–4 structural edits (wrong types, missing fields, __proto__ keys…). */
export function mutatedJson(valid: unknown): fc.Arbitrary<unknown> {
  return fc.array(jsonEdit, { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce(applyJsonEdit, valid as Json));
}
