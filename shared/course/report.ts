/**
 * The progress report a trainee sends to the instructor: JSON (the record) and CSV (for a
 * spreadsheet; numbers as numbers). The JSON is validated with the same schema when the
 * instructor imports it, so a hand-edited or foreign file is refused with a reason.
 */
import { z } from 'zod';
import type { ItemProgress } from './progress.ts';

export const REPORT_SCHEMA = 'naskah.progress-report/1';
export const REPORT_MAX_BYTES = 5 * 1024 * 1024;

const iso = z.string().max(40);
const text = z.string().max(300);

export const reportActivitySchema = z.strictObject({
  kind: z.enum(['lesson', 'exercise']),
  id: text,
  moduleId: text,
  status: z.enum(['todo', 'started', 'done']),
  startedAt: iso.nullable(),
  completedAt: iso.nullable(),
  due: iso.nullable(),
  /** Checks that passed / checks run on the linked draft, when the exercise has checks. */
  checksPassed: z.number().int().min(0).nullable(),
  checksTotal: z.number().int().min(0).nullable(),
  checks: z.array(z.strictObject({ id: text, passed: z.boolean() })).max(100),
  /** SHA-256 of the linked draft's JSON model: the instructor can match it to a submitted file. */
  draftSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  words: z.number().int().min(0).nullable(),
  pages: z.number().int().min(0).nullable(),
});
export type ReportActivity = z.infer<typeof reportActivitySchema>;

export const progressReportSchema = z.strictObject({
  schema: z.literal(REPORT_SCHEMA),
  trainee: z.string().trim().min(1).max(200),
  pack: z.strictObject({ id: text, version: text, revision: z.number().int().min(1), title: text }),
  generatedAt: iso,
  summary: z.strictObject({ done: z.number().int().min(0), total: z.number().int().min(0), streakDays: z.number().int().min(0), wordsWritten: z.number().int().min(0) }),
  activities: z.array(reportActivitySchema).max(10_000),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

export function activityFrom(item: ItemProgress, extra: Partial<ReportActivity> = {}): ReportActivity {
  return {
    kind: item.kind,
    id: item.id,
    moduleId: item.moduleId,
    status: item.status,
    startedAt: item.startedAt,
    completedAt: item.doneAt,
    due: item.due,
    checksPassed: null,
    checksTotal: null,
    checks: [],
    draftSha256: null,
    words: null,
    pages: null,
    ...extra,
  };
}

const CSV_COLUMNS = ['trainee', 'pack_id', 'pack_version', 'kind', 'id', 'module_id', 'status', 'started_at', 'completed_at', 'due', 'checks_passed', 'checks_total', 'words', 'pages', 'draft_sha256'] as const;

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  // Quote text always; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function reportToCsv(r: ProgressReport): string {
  const rows = r.activities.map((a) =>
    [r.trainee, r.pack.id, r.pack.version, a.kind, a.id, a.moduleId, a.status, a.startedAt, a.completedAt, a.due, a.checksPassed, a.checksTotal, a.words, a.pages, a.draftSha256].map(csvCell).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** A file name that sorts by time and says whose report it is: "report-dewi-2026-11-23T1805.json". */
export function reportFileName(trainee: string, at: string, ext: 'json' | 'csv'): string {
  const who = trainee.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40) || 'trainee';
  return `report-${who}-${at.slice(0, 16).replace(/:/g, '')}.${ext}`;
}
