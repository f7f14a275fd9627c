import { describe, expect, it } from 'vitest';
import { submissionOf } from '../../../shared/course/submission.ts';
import type { ProgressEvent } from '../../../shared/course/progress.ts';

const ev = (kind: string, at: string, data: Record<string, unknown> = {}, itemId = 'x'): ProgressEvent => ({ kind, itemId, data, at });
const NOW = new Date('2027-03-10T12:00:00Z');

describe('submissionOf', () => {
  it('walks a mentor-approved exercise through submit, return, resubmit and approval', () => {
    const ex = { id: 'x', completion: 'mentor_approved' as const, due: '2027-03-05' };
    const log = [ev('exercise_started', '2027-03-01T09:00:00Z')];
    expect(submissionOf(ex, log, NOW)).toMatchObject({ stage: 'started', overdue: true, late: false });
    log.push(ev('exercise_submitted', '2027-03-05T22:00:00Z', { draftSha256: 'a'.repeat(64), snapshotId: 's1' }));
    expect(submissionOf(ex, log, NOW)).toMatchObject({ stage: 'awaiting_review', overdue: false, late: false, attempts: [{ attempt: 1, snapshotId: 's1', late: false }] });
    log.push(ev('mentor_reviewed', '2027-03-06T10:00:00Z', { feedbackId: 'f1' }));
    expect(submissionOf(ex, log, NOW)).toMatchObject({ stage: 'returned', reviews: 1 });
    log.push(ev('exercise_submitted', '2027-03-07T10:00:00Z', { draftSha256: 'b'.repeat(64), snapshotId: 's2' }));
    const again = submissionOf(ex, log, NOW);
    // The resubmission after feedback is after the due date, but the work was delivered on time.
    expect(again).toMatchObject({ stage: 'awaiting_review', late: false });
    expect(again.attempts.map((a) => [a.attempt, a.late])).toEqual([[1, false], [2, true]]);
    log.push(ev('mentor_reviewed', '2027-03-08T10:00:00Z', { feedbackId: 'f2' }), ev('mentor_approved', '2027-03-08T10:00:00Z', { feedbackId: 'f2' }));
    expect(submissionOf(ex, log, NOW)).toMatchObject({ stage: 'approved', reviews: 2 });
  });

  it('says a checks exercise submitted with failing checks is not done, and marks the passing one late', () => {
    const ex = { id: 'x', completion: 'checks_passed' as const, due: '2027-03-05' };
    const log = [ev('exercise_submitted', '2027-03-04T08:00:00Z', { checksPassed: 1, checksTotal: 5 })];
    expect(submissionOf(ex, log, NOW)).toMatchObject({ stage: 'checks_failing', overdue: true, attempts: [{ checksPassed: 1, checksTotal: 5 }] });
    log.push(ev('exercise_submitted', '2027-03-06T08:00:00Z', { checksPassed: 5, checksTotal: 5 }), ev('checks_passed', '2027-03-06T08:00:00Z'));
    expect(submissionOf(ex, log, NOW)).toMatchObject({ stage: 'checks_passed', overdue: false, late: true });
  });

  it('reads submissions recorded before attempts carried data, and ignores other exercises', () => {
    const ex = { id: 'x', completion: 'submitted' as const };
    const log = [ev('exercise_submitted', '2027-03-01T08:00:00Z'), ev('exercise_submitted', '2027-03-02T08:00:00Z', {}, 'other')];
    expect(submissionOf(ex, log, NOW)).toEqual({
      stage: 'submitted',
      reviews: 0,
      late: false,
      overdue: false,
      attempts: [{ attempt: 1, at: '2027-03-01T08:00:00Z', draftSha256: null, snapshotId: null, checksPassed: null, checksTotal: null, late: false }],
    });
    expect(submissionOf(ex, [], NOW)).toMatchObject({ stage: 'todo', attempts: [] });
  });
});
