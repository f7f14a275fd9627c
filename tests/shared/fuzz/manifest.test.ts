/**
 * Fuzzing the course manifest reader (shared/course/manifest.ts parseManifestText): arbitrary JSON
 * values, arbitrary text and mutations of a valid manifest. A refusal is a list of problems, each a
 * code with an English message; never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifestText, type ManifestResult } from '../../../shared/course/manifest.ts';
import { validManifest } from '../course/fixture.ts';
import { courseMessageKey, hasMessage, mutatedJson, mutatedText } from './mutate.ts';

function check(text: string): ManifestResult {
  const r = parseManifestText(text);
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.code).toMatch(/^[a-z]+\.[a-z0-9_.]+$/);
      for (const v of Object.values(p.params)) expect(['string', 'number']).toContain(typeof v);
      expect(hasMessage(p.code, courseMessageKey), `no English message for ${p.code}`).toBe(true);
    }
  }
  return r;
}

describe('course manifest reader fuzz', () => {
  it('accepts the valid seed manifest', () => {
    expect(check(JSON.stringify(validManifest())).ok).toBe(true);
  });

  it('returns problems, not exceptions, for arbitrary JSON values (property)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => void check(JSON.stringify(v))), { numRuns: 300 });
  });

  it('returns problems, not exceptions, for arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (t) => void check(t)), { numRuns: 200 });
  });

  it('returns problems, not exceptions, for mutated valid manifests (property)', () => {
    fc.assert(fc.property(mutatedJson(validManifest()), (doc) => void check(JSON.stringify(doc))), { numRuns: 500 });
  });

  it('returns problems, not exceptions, for byte-mutated manifest text (property)', () => {
    fc.assert(fc.property(mutatedText(JSON.stringify(validManifest(), null, 2)), (t) => void check(t)), { numRuns: 300 });
  });

  it('stays bounded on many modules and deep nesting', () => {
    const m = validManifest();
    m.modules = Array.from({ length: 3_000 }, (_, i) => ({ ...m.modules[1], id: `m${i}`, lessons: [], exercises: [] }));
    check(JSON.stringify(m));
    check('{"schema":"naskah.course/1","modules":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}');
  });
});
