/**
 * The instructor's class table on a real SQLite file: one row per trainee from their latest
 * report, whatever order the reports were imported in; a report for a course not installed is
 * refused. These are version-1 (unsigned) reports, as older Naskah wrote them: still read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { callerOf } from './call.ts';
import { REPORT_SCHEMA_V1, type ProgressReportV1 } from '../../../shared/course/report.ts';
import { tempDataDir } from '../temp.ts';
import { packEntries, rawZip } from '../course/pack-fixture.ts';

const PACK = 'id.naskah.test-pack';
let backend: Backend;
afterEach(() => backend?.close());

const call = callerOf(() => backend);

function report(trainee: string, generatedAt: string, status: 'todo' | 'started' | 'done', packId = PACK): { fileName: string; content: string } {
  const r: ProgressReportV1 = {
    schema: REPORT_SCHEMA_V1,
    trainee,
    pack: { id: packId, version: '1.0.0', revision: 1, title: 'Test course' },
    generatedAt,
    summary: { done: status === 'done' ? 1 : 0, total: 1, streakDays: 0, wordsWritten: generatedAt.length },
    activities: [
      { kind: 'exercise', id: 'first-scene', moduleId: 'basics', status, startedAt: null, completedAt: status === 'done' ? generatedAt : null, due: null, checksPassed: null, checksTotal: null, checks: [], draftSha256: null, words: null, pages: null },
    ],
  };
  return { fileName: `report-${trainee}-${generatedAt}.json`, content: JSON.stringify(r) };
}

describe('class table', () => {
  it('shows each trainee once, from their latest report, whatever the import order', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    await call('course.install', { fileName: 'p.naskahpack', content: (await rawZip(packEntries())).toString('base64') });
    // Newest first for Sari, oldest first for Budi, across two imports.
    await call('course.importReports', { files: [report('Sari', '2026-09-03T08:00:00.000Z', 'done'), report('Budi', '2026-09-01T08:00:00.000Z', 'todo')] });
    const second = await call('course.importReports', {
      files: [
        report('Sari', '2026-09-01T08:00:00.000Z', 'todo'),
        report('Sari', '2026-09-02T08:00:00.000Z', 'started'),
        report('Budi', '2026-09-04T08:00:00.000Z', 'started'),
        report('Dewi', '2026-09-09T08:00:00.000Z', 'done', 'id.naskah.other-pack'),
      ],
    });
    expect(second).toMatchObject({ added: 3, duplicates: 0, refused: [{ fileName: 'report-Dewi-2026-09-09T08:00:00.000Z.json', problem: { code: 'trust.report_course_not_installed', params: { id: 'id.naskah.other-pack', course: 'Test course' } } }] });
    const table = await call('course.classTable', { packId: PACK });
    expect(table.rows.map((r) => [r.trainee, r.generatedAt, r.exercises['first-scene'], r.done, r.signedBy, r.wordsWritten])).toEqual([
      ['Budi', '2026-09-04T08:00:00.000Z', 'started', 0, null, null],
      ['Sari', '2026-09-03T08:00:00.000Z', 'done', 1, null, null],
    ]);
    // Per module done / total and the last activity, for the class view's chart and sort.
    expect(table.modules.map((m) => m.id)).toEqual(['basics']);
    expect(table.exercises[0]).toMatchObject({ id: 'first-scene', moduleId: 'basics' });
    expect(table.rows.map((r) => [r.modules, r.lastActivity])).toEqual([
      [{ basics: { done: 0, total: 2 } }, null],
      [{ basics: { done: 1, total: 2 } }, '2026-09-03T08:00:00.000Z'],
    ]);
  });
});
