/**
 * Progress reports: the trainee exports one (JSON or CSV, named with a timestamp); the instructor
 * imports many and sees a class table. A report is stored once per content hash, so importing the
 * same file twice changes nothing.
 */
import type { ClassRow } from '../../shared/api/course.ts';
import type { FilePayload } from '../../shared/api/library.ts';
import { activityFrom, progressReportSchema, REPORT_MAX_BYTES, reportFileName, reportToCsv, type ProgressReport } from '../../shared/course/report.ts';
import { countWords } from '../../shared/screenplay/counts.ts';
import { paginate } from '../../shared/screenplay/layout/paginate.ts';
import { printProfile } from '../../shared/screenplay/layout/print-profile.ts';
import { listLatestClassReports, putClassReport } from '../store/course.ts';
import { nowIso } from '../store/ids.ts';
import { draftSha256 } from '../review/bundle.ts';
import { sha256Hex } from '../sha256.ts';
import type { ServiceContext } from './context.ts';
import { eventsOf, exerciseChecks, findExercise, progressOf, requirePack } from './course-progress.ts';
import { currentSettings } from './settings.ts';


export function buildReport(ctx: ServiceContext, packId: string, trainee: string): ProgressReport {
  const manifest = requirePack(ctx, packId);
  const progress = progressOf(ctx, packId, manifest);
  const settings = currentSettings(ctx);
  const activities = progress.items.map((item) => {
    if (item.kind !== 'exercise') return activityFrom(item);
    const checked = exerciseChecks(ctx, packId, findExercise(manifest, item.id));
    if (!checked) return activityFrom(item);
    return activityFrom(item, {
      checksPassed: checked.results.filter((r) => r.passed).length,
      checksTotal: checked.results.length,
      checks: checked.results.map((r) => ({ id: r.id, passed: r.passed })),
      // The same hash a review bundle names the draft by: report and bundle can be matched.
      draftSha256: draftSha256(checked.screenplay),
      words: countWords(checked.screenplay),
      pages: paginate(checked.screenplay, printProfile(settings.paper, checked.screenplay.layout, { defaultAutomaticContd: settings.automaticContd })).pages.length,
    });
  });
  const wordsWritten = eventsOf(ctx, packId).reduce((n, e) => n + (e.kind === 'writing' ? Number(e.data.words) || 0 : 0), 0);
  return {
    schema: 'naskah.progress-report/1',
    trainee,
    pack: { id: manifest.id, version: manifest.version, revision: manifest.revision, title: manifest.title.en },
    generatedAt: nowIso(),
    summary: { done: progress.done, total: progress.total, streakDays: progress.streakDays, wordsWritten },
    activities,
  };
}

export function exportReport(ctx: ServiceContext, packId: string, trainee: string, format: 'json' | 'csv'): FilePayload {
  const report = buildReport(ctx, packId, trainee);
  const fileName = reportFileName(trainee, report.generatedAt, format);
  if (format === 'csv') return { fileName, mimeType: 'text/csv', encoding: 'utf8', content: reportToCsv(report) };
  return { fileName, mimeType: 'application/json', encoding: 'utf8', content: JSON.stringify(report, null, 2) + '\n' };
}


type Refusal = { fileName: string; problem: { code: string; params: Record<string, string | number> } };

export function importReports(ctx: ServiceContext, files: { fileName: string; content: string }[]) {
  let added = 0;
  let duplicates = 0;
  const refused: Refusal[] = [];
  const valid: { report: ProgressReport; hash: string }[] = [];
  for (const f of files) {
    if (Buffer.byteLength(f.content) > REPORT_MAX_BYTES) {
      refused.push({ fileName: f.fileName, problem: { code: 'pack.report_too_large', params: { file: f.fileName, max: REPORT_MAX_BYTES } } });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(f.content);
    } catch {
      refused.push({ fileName: f.fileName, problem: { code: 'pack.report_not_json', params: { file: f.fileName } } });
      continue;
    }
    const parsed = progressReportSchema.safeParse(json);
    if (!parsed.success) {
      refused.push({ fileName: f.fileName, problem: { code: 'pack.report_invalid', params: { file: f.fileName, path: parsed.error.issues[0]?.path.join('.') ?? '' } } });
      continue;
    }
    valid.push({ report: parsed.data, hash: sha256Hex(f.content) });
  }
  const at = nowIso();
  ctx.db.transaction(() => {
    for (const { report, hash } of valid) {
      const isNew = putClassReport(ctx.db, { sha256: hash, pack_id: report.pack.id, trainee: report.trainee, body: JSON.stringify(report), generated_at: report.generatedAt, at });
      if (isNew) added++;
      else duplicates++;
    }
  })();
  return { added, duplicates, refused };
}

/** One row per trainee: their latest report for the pack. */
export function classTable(ctx: ServiceContext, packId: string) {
  const manifest = requirePack(ctx, packId);
  const latest = new Map<string, ProgressReport>();
  for (const row of listLatestClassReports(ctx.db, packId)) {
    // Two different reports stamped with the same time: the one imported first stands.
    if (!latest.has(row.trainee)) latest.set(row.trainee, JSON.parse(row.body) as ProgressReport);
  }
  const exercises = manifest.modules.flatMap((m) => m.exercises.map((e) => ({ id: e.id, title: e.title })));
  const rows: ClassRow[] = [...latest.values()].map((r) => ({
    trainee: r.trainee,
    version: r.pack.version,
    generatedAt: r.generatedAt,
    done: r.summary.done,
    total: r.summary.total,
    wordsWritten: r.summary.wordsWritten,
    exercises: Object.fromEntries(r.activities.filter((a) => a.kind === 'exercise').map((a) => [a.id, a.status])),
  }));
  return { exercises, rows };
}
