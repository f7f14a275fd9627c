/**
 * Naskah's RFC 8785 canonical JSON against the `canonicalize` package by the RFC's authors: the
 * same text for random JSON values (keys in any order, unicode, numbers of every size), null where
 * the package refuses (lone surrogates), and the RFC's own examples.
 */
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/trust/canonical-json.ts';

const reference = (v: unknown): string | null => {
  try {
    return canonicalize(v) ?? null;
  } catch {
    return null;
  }
};

describe('canonical JSON (RFC 8785)', () => {
  it('writes what the reference implementation writes, for random JSON (property)', () => {
    const json = fc.jsonValue({ maxDepth: 5 });
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
    // Values re-read from text, with full unicode keys and strings (lone surrogates included).
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    fc.assert(
      fc.property(fc.dictionary(text, fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null))), (o) => {
        const v = JSON.parse(JSON.stringify(o));
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches the RFC’s examples and refuses what it cannot represent', () => {
    // RFC 8785 §3.2.3 (sorting) and §3.2.2.3 (numbers).
    expect(canonicalJson({ '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' })).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    expect(canonicalJson({ numbers: [JSON.parse("333333333.33333329") as number, 1e30, 4.5, 2e-3, 0.000000000000000000000000001] })).toBe('{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}');
    expect(canonicalJson(JSON.parse('{"a":"\\ud800"}'))).toBeNull();
    expect(canonicalJson(JSON.parse('{"\\udfff":1}'))).toBeNull();
    expect(canonicalJson({ a: Number.NaN })).toBeNull();
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"b":2}'))).toBe('{"__proto__":{"x":1},"b":2}');
  });
});
