/**
 * The JSON Canonicalization Scheme (RFC 8785) for the JSON values Naskah signs: object keys sorted
 * by UTF-16 code units, no whitespace, numbers and strings exactly as ECMAScript's JSON.stringify
 * writes them — which is what the RFC prescribes (its number form is ECMAScript's, and its string
 * escaping is JSON.stringify's for well-formed strings).
 *
 * Hand-written rather than the `canonicalize` package (by the RFC's authors) because that package
 * serialises value by value in JavaScript: 360 µs of CPU for a 40 KB progress report, against about
 * half that here, where the native JSON.stringify writes a key-sorted copy — and a class of 250
 * trainees imports 1,000 such reports at once. The package stays the reference:
 * tests/shared/trust/canonical-json.test.ts checks this against it on random JSON.
 *
 * Input is what JSON.parse returns (or plain data of the same kinds). Returns null for what
 * RFC 8785 cannot represent — a lone surrogate in a string or a key, a number that is not finite,
 * a value JSON has no form for — so such a document never verifies.
 */

class NotCanonical extends Error {}

/** String.prototype.isWellFormed (ES2024, in Node 20+ and every current browser): no lone surrogate. */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

function text(s: string): string {
  if (!wellFormed(s)) throw new NotCanonical();
  return JSON.stringify(s);
}

function write(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return text(value);
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonical();
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (depth > 200) throw new NotCanonical();
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + write(value[i], depth + 1);
        return out + ']';
      }
      // Sorted by UTF-16 code units: Array.prototype.sort's default order.
      const keys = Object.keys(value).sort();
      let out = '{';
      let first = true;
      for (const key of keys) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined) continue;
        out += (first ? '' : ',') + text(key) + ':' + write(v, depth + 1);
        first = false;
      }
      return out + '}';
    }
    default:
      throw new NotCanonical();
  }
}

/** A key JavaScript enumerates before all others, in numeric order (an array index): "0", "42". */
function isIndexKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}

class IndexKey extends Error {}

/**
 * The fast path: a copy with every object's keys inserted in sorted order, written by the native
 * JSON.stringify. Objects keep insertion order — except for array-index keys, which JavaScript
 * always lists first; a document with one falls back to `write` (never the case in Naskah's own).
 */
function sortedCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      if (!wellFormed(value)) throw new NotCanonical();
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonical();
      return value;
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (depth > 200) throw new NotCanonical();
      if (Array.isArray(value)) return value.map((v) => sortedCopy(v, depth + 1));
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        if (isIndexKey(key)) throw new IndexKey();
        if (!wellFormed(key)) throw new NotCanonical();
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined) continue;
        // An own "__proto__" key (JSON.parse makes them) is data like any other: never the setter.
        if (key === '__proto__') Object.defineProperty(out, key, { value: sortedCopy(v, depth + 1), enumerable: true, writable: true, configurable: true });
        else out[key] = sortedCopy(v, depth + 1);
      }
      return out;
    }
    default:
      throw new NotCanonical();
  }
}

export function canonicalJson(value: unknown): string | null {
  try {
    try {
      return JSON.stringify(sortedCopy(value, 0));
    } catch (err) {
      if (err instanceof IndexKey) return write(value, 0);
      throw err;
    }
  } catch (err) {
    if (err instanceof NotCanonical) return null;
    throw err;
  }
}
