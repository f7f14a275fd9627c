/**
 * Fuzzing the mentor feedback file reader (shared/review/feedback.ts parseFeedback): the file comes
 * by USB stick or chat, so arbitrary and damaged inputs must end in a typed error, never a throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_FORMAT, parseFeedback, serializeFeedback, type FeedbackFile } from '../../../shared/review/feedback.ts';
import { expectTypedResult, mutatedJson, mutatedText } from './mutate.ts';

const T = '2025-01-01T00:00:00.000Z';
const VALID: FeedbackFile = {
  format: FEEDBACK_FORMAT,
  formatVersion: 1,
  feedbackId: 'fb1',
  scriptId: 'script1',
  snapshotId: null,
  scriptTitle: 'Pulang',
  draftSha256: 'b'.repeat(64),
  reviewer: { name: 'Bu Ratna' },
  exportedAt: T,
  approved: false,
  overall: 'Adegan dua perlu dipadatkan.',
  rubric: { criteria: [{ id: 'clarity', title: { en: 'Clarity', id: 'Kejelasan' }, maxScore: 5 }], passingScore: 3 },
  scores: [{ criterionId: 'clarity', score: 4, remark: 'Jelas.' }],
  comments: [
    {
      id: 'c1',
      anchor: { kind: 'text', elementId: 'a1', start: 0, end: 4, quote: 'Budi', prefix: '', suffix: ' duduk', sceneHeadingText: 'INT. RUMAH BUDI - MALAM', sceneIndex: 0 },
      body: 'Siapa Budi?',
      severity: 'must_fix',
      author: 'Bu Ratna',
      createdAt: T,
      updatedAt: T,
      replies: [{ id: 'r1', author: 'Budi', body: 'Tokoh utama.', createdAt: T }],
    },
    { id: 'c2', anchor: { kind: 'scene', elementId: 'h2', sceneHeadingText: 'EXT. PASAR - MALAM', sceneIndex: 1 }, body: 'Bagus.', severity: 'suggestion', author: 'Bu Ratna', createdAt: T, updatedAt: T, replies: [] },
    { id: 'c3', anchor: { kind: 'general' }, body: 'Lanjutkan.', severity: 'suggestion', author: 'Bu Ratna', createdAt: T, updatedAt: T, replies: [] },
  ],
};

const check = (text: string) => {
  const r = parseFeedback(text);
  expectTypedResult(r);
  return r;
};

describe('feedback file reader fuzz', () => {
  it('reads the valid seed file', () => {
    expect(parseFeedback(serializeFeedback(VALID))).toMatchObject({ ok: true, value: { feedbackId: 'fb1' } });
  });

  it('returns a typed result for arbitrary JSON values and text (property)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => void check(JSON.stringify(v))), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (t) => void check(t)), { numRuns: 200 });
  });

  it('returns a typed result for mutated valid files (property)', () => {
    fc.assert(
      fc.property(mutatedJson(VALID), (doc) => {
        const r = check(JSON.stringify(doc));
        // What is accepted is self-consistent: it serialises and reads back the same.
        if (r.ok) expect(parseFeedback(serializeFeedback(r.value))).toEqual(r);
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(mutatedText(serializeFeedback(VALID)), (t) => void check(t)), { numRuns: 300 });
  });

  it('stays bounded at its limits', () => {
    const many = { ...VALID, comments: Array.from({ length: 5_000 }, (_, i) => ({ ...VALID.comments[2], id: `c${i}` })) };
    expect(check(JSON.stringify(many)).ok).toBe(true);
    check(JSON.stringify({ ...many, comments: [...many.comments, { ...VALID.comments[2], id: 'one-too-many' }] }));
    check('{"format":"naskah-feedback","comments":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}');
  });
});
