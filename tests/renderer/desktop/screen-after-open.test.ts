import { describe, expect, it } from 'vitest';
import type { OpenOutcome } from '../../../renderer/desktop/open-file.ts';
import { noticeAfterOpen, screenAfterOpen } from '../../../renderer/desktop/screen-after-open.ts';
import type { ImportResult } from '../../../shared/api/review.ts';

const script = (scriptId: string, reused = false): OpenOutcome => ({ kind: 'script', scriptId, title: 'Kopi', reused, fileName: 'kopi.fountain' });
const feedback = (scriptId: string): OpenOutcome => ({ kind: 'feedback', scriptId, title: 'Kopi', result: { reviewerName: 'Bu Rina' } as ImportResult });

describe('where the app goes after a file opened', () => {
  it('a script (or feedback for it) opens its editor, unless that script is already on screen', () => {
    expect(screenAfterOpen({ name: 'library' }, script('s1'))).toEqual({ name: 'script', id: 's1' });
    expect(screenAfterOpen({ name: 'script', id: 's2' }, script('s1'))).toEqual({ name: 'script', id: 's1' });
    expect(screenAfterOpen({ name: 'script', id: 's1' }, script('s1', true))).toBeNull();
    expect(screenAfterOpen({ name: 'script', id: 's1' }, feedback('s1'))).toBeNull();
    expect(screenAfterOpen({ name: 'courses' }, feedback('s1'))).toEqual({ name: 'script', id: 's1' });
  });

  it('a review bundle opens its mentor session, unless it is the one open', () => {
    const review: OpenOutcome = { kind: 'review', sessionId: 'r1', resumed: true };
    expect(screenAfterOpen({ name: 'library' }, review)).toEqual({ name: 'review', sessionId: 'r1', resumed: true });
    expect(screenAfterOpen({ name: 'review', sessionId: 'r1' }, review)).toBeNull();
  });

  it('packs and reports go to the courses screen', () => {
    const report: OpenOutcome = { kind: 'report', packId: 'p', trainee: 'Sari', status: 'added' };
    expect(screenAfterOpen({ name: 'script', id: 's1' }, report)).toEqual({ name: 'courses' });
    expect(screenAfterOpen({ name: 'courses' }, report)).toBeNull();
    expect(screenAfterOpen({ name: 'settings' }, { kind: 'pack', fileName: 'k.naskahpack', content: '', result: { status: 'refused', problems: [] } })).toEqual({ name: 'courses' });
  });

  it('tells what the next screen does not show by itself', () => {
    expect(noticeAfterOpen(script('s1'))).toBeNull();
    expect(noticeAfterOpen(script('s1', true))).toEqual({ key: 'notice.reused', params: { title: 'Kopi' } });
    expect(noticeAfterOpen(feedback('s1'))).toEqual({ key: 'notice.feedback', params: { reviewer: 'Bu Rina', title: 'Kopi' } });
    expect(noticeAfterOpen({ kind: 'report', packId: 'p', trainee: 'Sari', status: 'duplicate' })).toEqual({ key: 'notice.reportDuplicate', params: { trainee: 'Sari' } });
  });
});
