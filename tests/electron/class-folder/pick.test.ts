import { describe, expect, it } from 'vitest';
import { hasSettled, isFeedbackName, isReportName } from '../../../electron/class-folder/pick.ts';

describe('class folder: which names are reports', () => {
  it.each([
    ['report-ana-2026-12-02T1000.naskahreport', true],
    ['ANA.JSON', true],
    ['.report-ana.naskahreport.123.tmp', false],
    ['.syncthing.report-ana.naskahreport.tmp', false],
    ['~$report.json', false],
    ['.~lock.report.json#', false],
    ['report.naskahreport.part', false],
    ['report.naskahreport.crdownload', false],
    ['._report.naskahreport', false],
    ['report.naskahreport~', false],
    ['notes.pdf', false],
    ['bundle.naskahreview', false],
  ])('%s → %s', (name, expected) => {
    expect(isReportName(name)).toBe(expected);
  });
});

describe('class folder: which names are feedback files', () => {
  it.each([
    ['Sari - Pulang - feedback ab12cd34.naskahfeedback', true],
    ['SARI.NASKAHFEEDBACK', true],
    ['.Sari - Pulang - feedback ab12cd34.naskahfeedback.123.tmp', false],
    ['.syncthing.sari.naskahfeedback.tmp', false],
    ['sari.naskahfeedback.part', false],
    ['sari.naskahfeedback~', false],
    ['sari.naskahreview', false],
    ['report.naskahreport', false],
  ])('%s → %s', (name, expected) => {
    expect(isFeedbackName(name)).toBe(expected);
  });
});

describe('class folder: a file has settled', () => {
  const file = { name: 'a.json', size: 10, mtimeMs: 1_000 };
  it('when it looked the same at the previous poll', () => {
    expect(hasSettled(file, { ...file }, 1_001, 60_000)).toBe(true);
  });
  it('not while it still grows or was just touched', () => {
    expect(hasSettled(file, { ...file, size: 5 }, 1_001, 60_000)).toBe(false);
    expect(hasSettled(file, undefined, 1_001, 60_000)).toBe(false);
  });
  it('when untouched for the settle time, even on first sight', () => {
    expect(hasSettled(file, undefined, 61_000, 60_000)).toBe(true);
  });
});
