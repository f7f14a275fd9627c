/**
 * The progress report a trainee sends to the instructor: JSON (the record) and CSV (for a
 * spreadsheet; numbers as numbers). The JSON is validated with the same schema when the
 * instructor imports it, so a hand-edited or foreign file is refused with a reason.
 *
 * "naskah.progress-report/2" is signed by the trainee's installation key (shared/trust/signed-json.ts),
 * names the publisher key its pack was signed with, lists the days with activity (words and pages
 * written each day) and carries each mentor approval as the mentor signed it. Version 1 (unsigned,
 * from before) is still read, and shown as not signed.
 */
import { z } from 'zod';
import { SUBMISSION_STAGES } from './submission.ts';
import { approvalSchema } from '../trust/approval.ts';
import { reviewScoreSchema, type ReviewScore } from '../trust/review-score.ts';
import { publicKeySchema } from '../trust/keys.ts';
import { signatureSchema } from '../trust/signed-json.ts';
import type { ItemProgress } from './progress.ts';

export const REPORT_SCHEMA = 'naskah.progress-report/2';
export const REPORT_SCHEMA_V1 = 'naskah.progress-report/1';
export const REPORT_MAX_BYTES = 5 * 1024 * 1024;
export const REPORT_EXTENSION = 'naskahreport';
export const REPORT_MIME = 'application/vnd.naskah.report+json';

const iso = z.string().max(40);
const text = z.string().max(300);
/** Generous ceilings: what one person can write, far below what would overflow a sum. */
const WORDS_PER_DAY_MAX = 1_000_000;

const activityV1Fields = {
  kind: z.enum(['lesson', 'exercise']),
  id: text,
  moduleId: text,
  status: z.enum(['todo', 'started', 'done']),
  startedAt: iso.nullable(),
  completedAt: iso.nullable(),
  due: iso.nullable(),
  /** Checks that passed / checks run on the linked draft, when the exercise has checks. */
  checksPassed: z.number().int().min(0).max(1_000).nullable(),
  checksTotal: z.number().int().min(0).max(1_000).nullable(),
  checks: z.array(z.strictObject({ id: text, passed: z.boolean() })).max(100),
  /** SHA-256 of the linked draft's JSON model: the instructor can match it to a submitted file. */
  draftSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  words: z.number().int().min(0).max(10_000_000).nullable(),
  pages: z.number().int().min(0).max(100_000).nullable(),
};

export const reportActivityV1Schema = z.strictObject(activityV1Fields);
/**
 * A quiz's attempts (additive and optional: reports from before quizzes, and activities that are
 * not quizzes, have none, and their signatures verify as they were made). Each attempt says which
 * questions were right — the instructor's per-question detail — but not the answers themselves.
 */
export const reportQuizSchema = z.strictObject({
  attempts: z.number().int().min(0).max(1_000),
  maxAttempts: z.number().int().min(1).max(1_000).nullable(),
  bestPercent: z.number().min(0).max(100).nullable(),
  lastPercent: z.number().min(0).max(100).nullable(),
  passed: z.boolean(),
  history: z
    .array(
      z.strictObject({
        attempt: z.number().int().min(1).max(1_000),
        at: iso,
        percent: z.number().min(0).max(100),
        passed: z.boolean(),
        questions: z.array(z.strictObject({ id: text, correct: z.boolean(), answered: z.boolean() })).max(200),
      }),
    )
    .max(1_000),
});
export type ReportQuiz = z.infer<typeof reportQuizSchema>;

/**
 * An exercise's submission workflow (shared/course/submission.ts), additive like `quiz`: where it
 * stands, each attempt (when, which draft, its checks, late or not), the reviews received.
 */
export const reportSubmissionSchema = z.strictObject({
  stage: z.enum(SUBMISSION_STAGES),
  attempts: z
    .array(
      z.strictObject({
        attempt: z.number().int().min(1).max(1_000),
        at: iso,
        draftSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
        checksPassed: z.number().int().min(0).max(1_000).nullable(),
        checksTotal: z.number().int().min(0).max(1_000).nullable(),
        late: z.boolean(),
      }),
    )
    .max(1_000),
  reviews: z.number().int().min(0).max(1_000),
  late: z.boolean(),
});
export type ReportSubmission = z.infer<typeof reportSubmissionSchema>;

export const reportActivitySchema = z.strictObject({
  ...activityV1Fields,
  /** The mentor's signed approval, for an exercise a mentor approved. */
  approval: approvalSchema.nullable(),
  quiz: reportQuizSchema.optional(),
  submission: reportSubmissionSchema.optional(),
  /**
   * The latest mentor review's score card as the mentor signed it (rubric scores, total, verdict):
   * additive like `quiz`; the instructor verifies it against the pack's mentors.
   */
  review: reviewScoreSchema.optional(),
});
export type ReportActivity = z.infer<typeof reportActivitySchema>;

const summarySchema = z.strictObject({
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  streakDays: z.number().int().min(0).max(100_000),
  wordsWritten: z.number().int().min(0),
});

export const progressReportV1Schema = z.strictObject({
  schema: z.literal(REPORT_SCHEMA_V1),
  trainee: z.string().trim().min(1).max(200),
  pack: z.strictObject({ id: text, version: text, revision: z.number().int().min(1), title: text }),
  generatedAt: iso,
  summary: summarySchema,
  activities: z.array(reportActivityV1Schema).max(10_000),
});
export type ProgressReportV1 = z.infer<typeof progressReportV1Schema>;

export const reportDaySchema = z.strictObject({
  day: z.string().max(10),
  words: z.number().int().min(0).max(WORDS_PER_DAY_MAX),
  pages: z.number().int().min(0).max(100_000),
});

export const progressReportSchema = z.strictObject({
  schema: z.literal(REPORT_SCHEMA),
  trainee: z.string().trim().min(1).max(200),
  pack: z.strictObject({
    id: text,
    version: text,
    revision: z.number().int().min(1),
    title: text,
    /** The publisher key this installation pinned for the pack (null: an unsigned pack). */
    publisherKey: publicKeySchema.nullable(),
  }),
  generatedAt: iso,
  /** Derived from `days` and `activities`; an instructor's import recomputes it and refuses a mismatch. */
  summary: summarySchema,
  /** Every day with any progress event, oldest first, with the words and pages written that day. */
  days: z.array(reportDaySchema).max(40_000),
  activities: z.array(reportActivitySchema).max(10_000),
  /** By the trainee's installation key. */
  signature: signatureSchema,
});
export type ProgressReport = z.infer<typeof progressReportSchema>;
export type UnsignedReport = Omit<ProgressReport, 'signature'>;

/** Either version, as the instructor's side reads them: v1 has no days, approvals or signature. */
export type AnyReport = ProgressReport | ProgressReportV1;

/** An activity's quiz attempts; a version-1 activity, or one that is not a quiz, has none. */
export function activityQuiz(a: AnyReport['activities'][number] | ReportActivity): ReportQuiz | undefined {
  return 'approval' in a ? a.quiz : undefined;
}

/** An activity's latest mentor score card; a version-1 activity, or one never scored, has none. */
export function activityReview(a: AnyReport['activities'][number] | ReportActivity): ReviewScore | undefined {
  return 'approval' in a ? a.review : undefined;
}

/** An activity's submission workflow; a version-1 activity, or a lesson or quiz, has none. */
export function activitySubmission(a: AnyReport['activities'][number] | ReportActivity): ReportSubmission | undefined {
  return 'approval' in a ? a.submission : undefined;
}

export function activityFrom(item: ItemProgress, extra: Partial<ReportActivity> = {}): ReportActivity {
  // The snapshot ids stay on the trainee's machine: the instructor matches drafts by their hash.
  const submission: ReportSubmission | undefined = item.submission && {
    stage: item.submission.stage,
    attempts: item.submission.attempts.map(({ snapshotId: _kept, ...a }) => a),
    reviews: item.submission.reviews,
    late: item.submission.late,
  };
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
    approval: null,
    ...(submission ? { submission } : {}),
    ...extra,
  };
}

/** Quiz, then mentor score columns come last, so a spreadsheet made from an older report keeps its column letters. */
const CSV_COLUMNS = ['trainee', 'pack_id', 'pack_version', 'kind', 'id', 'module_id', 'status', 'started_at', 'completed_at', 'due', 'checks_passed', 'checks_total', 'words', 'pages', 'draft_sha256', 'quiz_best_percent', 'quiz_attempts', 'quiz_passed', 'mentor_score', 'mentor_score_max', 'mentor_verdict'] as const;

/** One CSV cell: text always quoted, a leading formula character neutralised (also used by the Reports view's CSV). */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  // Quote text always; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function reportToCsv(r: AnyReport | UnsignedReport): string {
  const rows = r.activities.map((a) => {
    const quiz = activityQuiz(a);
    const review = activityReview(a);
    return [r.trainee, r.pack.id, r.pack.version, a.kind, a.id, a.moduleId, a.status, a.startedAt, a.completedAt, a.due, a.checksPassed, a.checksTotal, a.words, a.pages, a.draftSha256, quiz?.bestPercent, quiz?.attempts, quiz?.passed, review?.total, review?.maxTotal, review?.verdict]
      .map(csvCell)
      .join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** A file name that sorts by time and says whose report it is: "report-dewi-2026-11-23T1805.naskahreport". */
export function reportFileName(trainee: string, at: string, ext: typeof REPORT_EXTENSION | 'json' | 'csv'): string {
  const who = trainee.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40) || 'trainee';
  return `report-${who}-${at.slice(0, 16).replace(/:/g, '')}.${ext}`;
}
