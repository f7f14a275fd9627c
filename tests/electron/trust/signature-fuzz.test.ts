/**
 * Fuzzing signed documents: a real signed report mutated at random (wrong types, deleted or added
 * fields, __proto__ keys, long strings) must never verify unless its canonical form is unchanged,
 * and the report readers must answer every mutation with a typed, translated result — no throw.
 */
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonSignature, signJson } from '../../../electron/trust/signed-json.ts';
import { parseReport, reportProblem } from '../../../shared/course/report-checks.ts';
import { REPORT_SCHEMA, type UnsignedReport } from '../../../shared/course/report.ts';
import { expectTypedResult, hasMessage, mutatedJson } from '../../shared/fuzz/mutate.ts';
import { testSigner } from './keys-fixture.ts';

const signer = testSigner('installation', 'installation');
const at = '2026-11-20T08:00:00.000Z';
const report: UnsignedReport = {
  schema: REPORT_SCHEMA,
  trainee: 'Dewi Lestari',
  pack: { id: 'id.naskah.test-pack', version: '1.0.0', revision: 1, title: 'Test course', publisherKey: null },
  generatedAt: at,
  summary: { done: 1, total: 2, streakDays: 1, wordsWritten: 120 },
  days: [{ day: '2026-11-20', words: 120, pages: 1 }],
  activities: [
    { kind: 'lesson', id: 'format', moduleId: 'basics', status: 'done', startedAt: at, completedAt: at, due: null, checksPassed: null, checksTotal: null, checks: [], draftSha256: null, words: null, pages: null, approval: null },
    { kind: 'exercise', id: 'first-scene', moduleId: 'basics', status: 'started', startedAt: at, completedAt: null, due: '2026-12-15', checksPassed: 0, checksTotal: 1, checks: [{ id: 'two-scenes', passed: false }], draftSha256: 'a'.repeat(64), words: 40, pages: 1, approval: null },
  ],
};
const signed = signJson('progress-report', report, signer);
const canonicalBody = (doc: unknown) => {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const { signature: _s, ...rest } = doc as Record<string, unknown>;
  try {
    return canonicalize(rest);
  } catch {
    return null;
  }
};
const now = Date.parse('2026-11-23T00:00:00.000Z');

describe('signed report fuzz', () => {
  it('verifies the seed and finds nothing wrong with it', () => {
    expect(checkJsonSignature('progress-report', JSON.parse(JSON.stringify(signed)))).toEqual({ status: 'valid', key: signer.publicKey });
    const parsed = parseReport(JSON.parse(JSON.stringify(signed)));
    expect(parsed.ok && reportProblem(parsed.report, now)).toBeNull();
    // Key order and whitespace do not matter: the signature covers the canonical form.
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed).reverse())));
    expect(checkJsonSignature('progress-report', JSON.parse(JSON.stringify(reordered, null, 4))).status).toBe('valid');
    // The same bytes under another purpose are not a valid signature.
    expect(checkJsonSignature('feedback', signed).status).toBe('invalid');
  });

  it('never verifies a mutation that changes the signed content, and always answers with a typed result (property)', () => {
    const original = canonicalBody(signed);
    fc.assert(
      fc.property(mutatedJson(signed), (doc) => {
        const sig = checkJsonSignature('progress-report', doc);
        if (sig.status === 'valid') expect(canonicalBody(doc)).toBe(original);
        const parsed = parseReport(doc);
        if (!parsed.ok) expectTypedResult({ ok: false, error: parsed.problem });
        else {
          const problem = reportProblem(parsed.report, now);
          if (problem) expect(hasMessage(problem.code), problem.code).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });
});
