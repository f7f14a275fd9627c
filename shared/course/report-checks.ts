/**
 * What an instructor's import checks in a progress report before it counts, beyond its schema:
 * the trainee's name (normalised; look-alike scripts refused), every date (ISO 8601, none in the
 * future beyond a day's clock skew, none after the report itself), each activity's own figures,
 * and the summary, which must be what the activities and days add up to — the class table never
 * shows a trainee's own totals, it recomputes them. Pure: signatures and the installed pack are
 * checked by the service (electron/services/course-reports.ts).
 */
import { streak } from './progress.ts';
import { activityQuiz, activitySubmission, progressReportSchema, progressReportV1Schema, REPORT_SCHEMA, REPORT_SCHEMA_V1, type AnyReport, type ReportQuiz, type ReportSubmission } from './report.ts';
import { isAfterDue } from './submission.ts';
import { dayMs, dayProblem, instantMs, instantProblem, isDueDate } from '../trust/dates.ts';
import { mixedScriptWord, normaliseName } from '../trust/names.ts';

export interface ReportProblem {
  code: string;
  params: Record<string, string | number>;
}

/** A refusal of the trust namespace (course.* problem names are the manifest's). */
const refusal = (name: string, params: ReportProblem['params'] = {}): ReportProblem => ({ code: `trust.${name}`, params });

/** A time may be at most this much after the report's own: the last event and the export are moments apart. */
const AFTER_REPORT_TOLERANCE_MS = 60 * 1000;

export type ParsedReport = { ok: true; report: AnyReport } | { ok: false; problem: ReportProblem };

/** Validates a parsed JSON value as a report of either version; the first issue names its path. */
export function parseReport(json: unknown): ParsedReport {
  const schema = json && typeof json === 'object' ? (json as { schema?: unknown }).schema : undefined;
  const parser = schema === REPORT_SCHEMA ? progressReportSchema : schema === REPORT_SCHEMA_V1 ? progressReportV1Schema : null;
  if (!parser) return { ok: false, problem: { code: 'pack.report_invalid', params: { path: 'schema' } } };
  const parsed = parser.safeParse(json);
  if (!parsed.success) return { ok: false, problem: { code: 'pack.report_invalid', params: { path: parsed.error.issues[0]?.path.join('.') ?? '' } } };
  return { ok: true, report: parsed.data };
}

export interface DerivedSummary {
  done: number;
  total: number;
  /** null for a version-1 report, which lists no days. */
  wordsWritten: number | null;
  streakDays: number | null;
}

export function derivedSummary(r: AnyReport): DerivedSummary {
  const done = r.activities.filter((a) => a.status === 'done').length;
  if (r.schema !== REPORT_SCHEMA) return { done, total: r.activities.length, wordsWritten: null, streakDays: null };
  return {
    done,
    total: r.activities.length,
    wordsWritten: r.days.reduce((n, d) => n + d.words, 0),
    streakDays: streak(r.days.map((d) => ({ at: d.day })), r.generatedAt.slice(0, 10)),
  };
}

function dateProblem(field: string, value: string, check: 'not_iso' | 'future' | null): ReportProblem | null {
  if (check === 'not_iso') return refusal('report_date_invalid', { field, value: value.slice(0, 40) });
  if (check === 'future') return refusal('report_date_future', { field, value });
  return null;
}

/**
 * The first field of a report's quiz that does not add up, or null: the figures must be what the
 * attempts say (numbered 1…n, dated by the report). More attempts than `maxAttempts` is not a
 * fault: a later revision of the pack may have lowered the maximum after they were made.
 */
function quizProblemField(q: ReportQuiz, generatedAt: number, now: number): string | null {
  if (q.attempts !== q.history.length) return 'attempts';
  for (const [i, h] of q.history.entries()) {
    if (h.attempt !== i + 1) return `history[${i}].attempt`;
    if (instantProblem(h.at, now) !== null || instantMs(h.at)! > generatedAt + AFTER_REPORT_TOLERANCE_MS) return `history[${i}].at`;
  }
  const percents = q.history.map((h) => h.percent);
  if (q.passed !== q.history.some((h) => h.passed)) return 'passed';
  if (q.bestPercent !== (percents.length ? Math.max(...percents) : null)) return 'bestPercent';
  if (q.lastPercent !== (percents.at(-1) ?? null)) return 'lastPercent';
  return null;
}

/**
 * The first field of a report's submission record that does not add up, or null: attempts numbered
 * 1…n in time order, dated by the report, late exactly when after the activity's due date; a stage
 * that needs a submission has one. (The stage itself is the trainee's app's reading of its log; the
 * class table shows it, but counts an exercise done only by the status and the approval.)
 */
function submissionProblemField(s: ReportSubmission, due: string | null, generatedAt: number, now: number): string | null {
  let previous = -Infinity;
  for (const [i, a] of s.attempts.entries()) {
    if (a.attempt !== i + 1) return `attempts[${i}].attempt`;
    const ms = instantMs(a.at);
    if (instantProblem(a.at, now) !== null || ms! > generatedAt + AFTER_REPORT_TOLERANCE_MS || ms! < previous) return `attempts[${i}].at`;
    previous = ms!;
    if (a.late !== isAfterDue(a.at, due)) return `attempts[${i}].late`;
    if (a.checksPassed !== null && (a.checksTotal === null || a.checksPassed > a.checksTotal)) return `attempts[${i}].checksPassed`;
  }
  const needsAttempt = s.stage === 'checks_failing' || s.stage === 'submitted' || s.stage === 'awaiting_review' || s.stage === 'returned';
  if (needsAttempt && s.attempts.length === 0) return 'stage';
  if (s.stage === 'returned' && s.reviews === 0) return 'reviews';
  return null;
}

/** The first thing wrong with a schema-valid report, judged at `now` (ms), or null. */
export function reportProblem(r: AnyReport, now: number): ReportProblem | null {
  const name = normaliseName(r.trainee);
  if (name === '') return refusal('report_name_empty');
  const mixed = mixedScriptWord(name);
  if (mixed) return refusal('report_name_mixed_scripts', { name, word: mixed });

  const generated = dateProblem('generatedAt', r.generatedAt, instantProblem(r.generatedAt, now));
  if (generated) return generated;
  const generatedAt = instantMs(r.generatedAt)!;

  const seen = new Set<string>();
  for (const [i, a] of r.activities.entries()) {
    const at = `activities[${i}]`;
    if (seen.has(`${a.kind}:${a.id}`)) return refusal('report_activity_invalid', { id: a.id, field: `${at}.id` });
    seen.add(`${a.kind}:${a.id}`);
    for (const field of ['startedAt', 'completedAt'] as const) {
      const value = a[field];
      if (value === null) continue;
      const bad = dateProblem(`${at}.${field}`, value, instantProblem(value, now));
      if (bad) return bad;
      if (instantMs(value)! > generatedAt + AFTER_REPORT_TOLERANCE_MS) return refusal('report_date_after_generated', { field: `${at}.${field}`, value, generatedAt: r.generatedAt });
    }
    if (a.due !== null && !isDueDate(a.due)) return refusal('report_date_invalid', { field: `${at}.due`, value: a.due.slice(0, 40) });
    if (a.status === 'done' && a.completedAt === null) return refusal('report_activity_invalid', { id: a.id, field: `${at}.completedAt` });
    if (a.checksTotal !== null && a.checksTotal !== a.checks.length) return refusal('report_activity_invalid', { id: a.id, field: `${at}.checksTotal` });
    if (a.checksPassed !== null && a.checksPassed !== a.checks.filter((c) => c.passed).length) return refusal('report_activity_invalid', { id: a.id, field: `${at}.checksPassed` });
    const quiz = activityQuiz(a);
    const quizField = quiz ? quizProblemField(quiz, generatedAt, now) : null;
    if (quizField) return refusal('report_activity_invalid', { id: a.id, field: `${at}.quiz.${quizField}` });
    const submission = activitySubmission(a);
    const submissionField = submission ? submissionProblemField(submission, a.due, generatedAt, now) : null;
    if (submissionField) return refusal('report_activity_invalid', { id: a.id, field: `${at}.submission.${submissionField}` });
  }

  if (r.schema === REPORT_SCHEMA) {
    let previous = -Infinity;
    for (const [i, d] of r.days.entries()) {
      const field = `days[${i}].day`;
      const bad = dateProblem(field, d.day, dayProblem(d.day, now));
      if (bad) return bad;
      const ms = dayMs(d.day)!;
      if (ms > generatedAt + AFTER_REPORT_TOLERANCE_MS) return refusal('report_date_after_generated', { field, value: d.day, generatedAt: r.generatedAt });
      if (ms <= previous) return refusal('report_activity_invalid', { id: d.day, field });
      previous = ms;
    }
  }

  const derived = derivedSummary(r);
  for (const field of ['done', 'total', 'wordsWritten', 'streakDays'] as const) {
    const expected = derived[field];
    if (expected !== null && r.summary[field] !== expected) return refusal('report_summary_mismatch', { field: `summary.${field}`, stated: r.summary[field], derived: expected });
  }
  return null;
}
