import { describe, expect, it } from 'vitest';
import { FEEDBACK_FORMAT, parseFeedback, serializeFeedback, type FeedbackFile } from '../../../shared/review/feedback.ts';
import { REVIEW_LIMITS } from '../../../shared/review/limits.ts';
import { planMerge } from '../../../shared/review/merge.ts';
import { isApproved, type Rubric } from '../../../shared/review/rubric.ts';

function sample(): FeedbackFile {
  return {
    format: FEEDBACK_FORMAT,
    formatVersion: 1,
    feedbackId: 'fb1',
    scriptId: 'script1',
    snapshotId: 'snap1',
    scriptTitle: 'Pulang',
    draftSha256: 'a'.repeat(64),
    reviewer: { name: 'Bu Ratna' },
    exportedAt: '2025-01-01T00:00:00.000Z',
    approved: null,
    overall: 'Bagus.',
    rubric: null,
    scores: [],
    comments: [
      {
        id: 'c1',
        anchor: { kind: 'general' },
        body: 'Judulnya kuat.',
        severity: 'suggestion',
        author: 'Bu Ratna',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        replies: [{ id: 'r1', author: 'Bu Ratna', body: 'Tambahan.', createdAt: '2025-01-01T00:00:01.000Z' }],
      },
    ],
  };
}

describe('parseFeedback', () => {
  it('reads what serializeFeedback writes', () => {
    const parsed = parseFeedback(serializeFeedback(sample()));
    expect(parsed).toEqual({ ok: true, value: sample() });
  });

  it('refuses text that is not JSON, not feedback, a newer version, or malformed', () => {
    expect(parseFeedback('{oops')).toMatchObject({ ok: false, error: { code: 'review.feedback_not_json' } });
    expect(parseFeedback('{"version":1,"elements":[]}')).toMatchObject({ ok: false, error: { code: 'review.not_feedback' } });
    expect(parseFeedback(JSON.stringify({ ...sample(), formatVersion: 2 }))).toMatchObject({
      ok: false,
      error: { code: 'review.unsupported_version', params: { version: '2', supported: 1 } },
    });
    const bad = { ...sample(), draftSha256: 'not-a-hash' };
    expect(parseFeedback(JSON.stringify(bad))).toMatchObject({ ok: false, error: { code: 'review.feedback_invalid', params: { path: 'draftSha256' } } });
    const badAnchor = sample();
    (badAnchor.comments[0] as { anchor: unknown }).anchor = { kind: 'text', elementId: 'x', start: 5, end: 2, quote: '', prefix: '', suffix: '', sceneHeadingText: null, sceneIndex: null };
    expect(parseFeedback(JSON.stringify(badAnchor))).toMatchObject({ ok: false, error: { code: 'review.feedback_invalid' } });
  });

  it('refuses duplicate comment ids and oversized files before parsing', () => {
    const dup = sample();
    dup.comments.push({ ...dup.comments[0] });
    expect(parseFeedback(JSON.stringify(dup))).toMatchObject({ ok: false, error: { code: 'review.feedback_invalid', params: { path: 'comments' } } });
    const huge = ' '.repeat(REVIEW_LIMITS.feedbackBytes + 1);
    expect(parseFeedback(huge)).toMatchObject({ ok: false, error: { code: 'review.file_too_large' } });
  });
});

describe('planMerge', () => {
  it('adds unknown comments, updates edited ones, merges new replies and counts the rest', () => {
    const file = sample();
    file.comments.push({ ...file.comments[0], id: 'c2', replies: [] });
    const first = planMerge(new Map(), file);
    expect(first.added.map((c) => c.id)).toEqual(['c1', 'c2']);

    const known = new Map([
      ['c1', { id: 'c1', updatedAt: file.comments[0].updatedAt, replyIds: new Set(['r1']) }],
      ['c2', { id: 'c2', updatedAt: file.comments[1].updatedAt, replyIds: new Set<string>() }],
    ]);
    const again = planMerge(known, file);
    expect(again).toEqual({ added: [], updated: [], replies: [], unchanged: 2 });

    const newer = sample();
    newer.comments[0] = {
      ...newer.comments[0],
      body: 'Judulnya kuat sekali.',
      updatedAt: '2025-01-02T00:00:00.000Z',
      replies: [...newer.comments[0].replies, { id: 'r2', author: 'Bu Ratna', body: 'Lagi.', createdAt: '2025-01-02T00:00:00.000Z' }],
    };
    const merged = planMerge(known, newer);
    expect(merged.updated.map((c) => c.body)).toEqual(['Judulnya kuat sekali.']);
    expect(merged.replies.map((r) => r.reply.id)).toEqual(['r2']);
    expect(merged.added).toEqual([]);
  });
});

describe('isApproved', () => {
  const rubric: Rubric = {
    criteria: [
      { id: 'format', title: { en: 'Format', id: 'Format' }, maxScore: 5 },
      { id: 'story', title: 'Story', maxScore: 5 },
    ],
    passingScore: 7,
  };
  it('prefers the mentor verdict, else the passing score once everything is scored', () => {
    expect(isApproved(false, rubric, [])).toBe(false);
    expect(isApproved(null, rubric, [{ criterionId: 'format', score: 5, remark: '' }])).toBeNull();
    expect(isApproved(null, rubric, [{ criterionId: 'format', score: 5, remark: '' }, { criterionId: 'story', score: 2, remark: '' }])).toBe(true);
    expect(isApproved(null, rubric, [{ criterionId: 'format', score: 3, remark: '' }, { criterionId: 'story', score: 2, remark: '' }])).toBe(false);
    expect(isApproved(null, null, [])).toBeNull();
  });
});
