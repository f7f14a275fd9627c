import { describe, expect, it } from 'vitest';
import { reviewFileName } from '../../../electron/review/files.ts';

const AT = '2026-03-14T09:30:12.000Z';

describe('review file names', () => {
  it('put the trainee name first, then the title, the kind and the time', () => {
    expect(reviewFileName('Pulang', 'review', AT, 'Dewi Lestari')).toBe('Dewi Lestari - Pulang - review 2026-03-14 09.30.naskahreview');
    expect(reviewFileName('Pulang', 'feedback', AT, 'Dewi Lestari')).toBe('Dewi Lestari - Pulang - feedback 2026-03-14 09.30.naskahfeedback');
    expect(reviewFileName('Pulang', 'notes', AT, 'Dewi Lestari')).toBe('Dewi Lestari - Pulang - notes 2026-03-14 09.30.pdf');
  });

  it('leave the name out when none was set', () => {
    expect(reviewFileName('Pulang', 'review', AT, '')).toBe('Pulang - review 2026-03-14 09.30.naskahreview');
    expect(reviewFileName('Pulang', 'review', AT, '   ')).toBe('Pulang - review 2026-03-14 09.30.naskahreview');
  });

  it('make a name with path or reserved characters safe to save', () => {
    expect(reviewFileName('Pulang', 'review', AT, 'Ko/Min:jun')).toBe('Ko Min jun - Pulang - review 2026-03-14 09.30.naskahreview');
    expect(reviewFileName('귀가', 'feedback', AT, '김민준')).toBe('김민준 - 귀가 - feedback 2026-03-14 09.30.naskahfeedback');
  });
});
