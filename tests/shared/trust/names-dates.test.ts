/** Trainee names as the class table keys them, and the dates a report may carry. */
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS, dayProblem, instantMs, instantProblem, isDueDate } from '../../../shared/trust/dates.ts';
import { mixedScriptWord, nameKey, normaliseName } from '../../../shared/trust/names.ts';

describe('trainee names', () => {
  it('folds what only looks different into one key', () => {
    const same = ['Dewi Lestari', 'Dewi\u200b Lestari', ' Dewi  Lestari ', 'Dewi\u00a0Lestari', 'ＤＥＷＩ ＬＥＳＴＡＲＩ', 'De\u00adwi Lestari', 'Dewi Lestari\ufeff', '\u202eDewi Lestari', 'dewi\u2060 lestari', 'Dewi\tLestari'];
    expect(new Set(same.map(nameKey))).toEqual(new Set(['dewi lestari']));
    expect(normaliseName('Dewi\u200b\u200c\u200d Lestari')).toBe('Dewi Lestari');
    // Different people stay different.
    expect(nameKey('Dewi Lestari')).not.toBe(nameKey('Dewi Lestary'));
    expect(nameKey('김민지')).toBe('김민지');
  });

  it('finds words that mix Latin with Cyrillic or Greek, and nothing else', () => {
    expect(mixedScriptWord('D\u0435wi Lestari')).toBe('D\u0435wi');
    expect(mixedScriptWord('Dewi L\u03bfstari')).toBe('L\u03bfstari');
    expect(mixedScriptWord('Дмитрий Иванов')).toBeNull();
    expect(mixedScriptWord('Kim 민지')).toBeNull();
    expect(mixedScriptWord('Dewi Lestari')).toBeNull();
    expect(mixedScriptWord("Ni Putu Ayu D'Sari-Wulandari")).toBeNull();
  });
});

describe('report dates', () => {
  const now = Date.parse('2026-11-23T10:00:00.000Z');
  it('accepts ISO instants up to a day ahead, and refuses the rest', () => {
    expect(instantProblem('2026-11-23T09:59:00.000Z', now)).toBeNull();
    expect(instantProblem('2026-11-23T17:00:00+07:00', now)).toBeNull();
    expect(instantProblem(new Date(now + CLOCK_SKEW_MS).toISOString(), now)).toBeNull();
    expect(instantProblem(new Date(now + CLOCK_SKEW_MS + 1000).toISOString(), now)).toBe('future');
    expect(instantProblem('9999-12-31T23:59:59.999Z', now)).toBe('future');
    for (const bad of ['2026-11-23', '23/11/2026', '2026-02-30T10:00:00Z', '2026-11-23T25:00:00Z', '2026-11-23T10:00:00', 'Mon, 23 Nov 2026 10:00:00 GMT', '']) {
      expect(instantProblem(bad, now), bad).toBe('not_iso');
    }
    expect(instantMs('2026-11-23T10:00Z')).toBe(now);
  });

  it('checks calendar days the same way', () => {
    expect(dayProblem('2026-11-24', now)).toBeNull();
    expect(dayProblem('2026-11-26', now)).toBe('future');
    expect(dayProblem('2026-02-29', now)).toBe('not_iso');
    expect(dayProblem('2026-11-23T00:00:00Z', now)).toBe('not_iso');
  });

  it('accepts due dates in the forms course.json allows', () => {
    for (const ok of ['2026-12-15', '2026-12-15T17:00', '2026-12-15T17:00:00+07:00', '2026-12-15T17:00:00.000Z']) expect(isDueDate(ok), ok).toBe(true);
    for (const bad of ['2026-12-15garbage', '2026-02-30', '15/12/2026', '2026-12-15T24:00', '']) expect(isDueDate(bad), bad).toBe(false);
  });
});
