import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
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

  it('every notice it gives has its text in en, id and ko', () => {
    const outcomes: OpenOutcome[] = [script('s', true), feedback('s'), { kind: 'report', packId: 'p', trainee: 'S', status: 'added' }, { kind: 'report', packId: 'p', trainee: 'S', status: 'duplicate' }];
    for (const lang of ['en', 'id', 'ko']) {
      const strings = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'shared/i18n', lang, 'desktop.json'), 'utf8')) as Record<string, Record<string, string>>;
      for (const o of outcomes) {
        const notice = noticeAfterOpen(o)!;
        const [group, key] = notice.key.split('.');
        const text = strings[group]?.[key];
        expect(text, `${lang} ${notice.key}`).toBeTypeOf('string');
        for (const param of Object.keys(notice.params)) expect(text).toContain(`{{${param}}}`);
      }
    }
  });
});
