/**
 * One trainee's row of the instructor's class table, derived from their latest report and the
 * instructor's own copy of the pack — never from the report's own totals:
 *  - each activity is mapped onto the instructor's revision through `migrations` (renamed ids,
 *    followed through several renames); one the instructor's revision no longer has is listed as
 *    removed, with the status the trainee had;
 *  - an exercise the trainee's revision did not have yet is "absent", not "not started";
 *  - done / total count the instructor's lessons and exercises; a mentor_approved exercise counts
 *    as done only when its approval verifies (checked by the caller, which holds the keys);
 *  - words written come from the report's days (a version-1 report has none: unknown);
 *  - a quiz_passed exercise counts as done only when the report's quiz attempts include a pass;
 *    its score, attempts and per-question record are carried for the instructor's detail row;
 *  - each exercise's submission workflow (awaiting review, returned, checks failing, late, its
 *    attempts) is carried as reported, for the stage the class view shows;
 *  - each exercise's latest mentor score card (rubric scores, total, verdict), with whether its
 *    mentor's signature verifies (checked by the caller); an unverified card keeps its figures,
 *    marked unverified, so the instructor sees what was claimed and that it is not proven;
 *  - done / total per module, counted the same way, for the per-module completion chart;
 *  - last activity: the latest moment the report shows anything happening (a day with writing,
 *    an activity started or completed, a submission, a quiz attempt). Stamps are compared as
 *    text, a date-only day sorting before the timestamps of that day — coarse, but never wrong
 *    by more than the day.
 */
import type { CourseManifest } from './manifest-schema.ts';
import { activityQuiz, activityReview, activitySubmission, REPORT_SCHEMA, type AnyReport, type ReportQuiz, type ReportSubmission } from './report.ts';
import type { ReviewScore, ReviewVerdict } from '../trust/review-score.ts';
import type { Approval, ApprovalStatus } from '../trust/approval.ts';

export type CellStatus = 'todo' | 'started' | 'done' | 'absent';

export interface ApprovalCheck {
  status: ApprovalStatus;
  /** The mentor's name as the pack lists it, when the approval verified. */
  mentor: string | null;
}

/** A mentor's scores for one exercise as the class view shows them. */
export interface ReviewCell extends ApprovalCheck {
  verdict: ReviewVerdict | null;
  total: number;
  maxTotal: number;
  passingScore: number | null;
  reviewedAt: string;
  criteria: { id: string; score: number | null; max: number }[];
}

export interface DerivedRow {
  version: string;
  revision: number;
  generatedAt: string;
  done: number;
  total: number;
  wordsWritten: number | null;
  exercises: Record<string, CellStatus>;
  approvals: Record<string, ApprovalCheck>;
  /** Quiz exercise id → its attempts as reported (absent: the report has none for it). */
  quizzes: Record<string, ReportQuiz>;
  /** Exercise id → its submission workflow as reported (absent: a report from before submissions were recorded). */
  submissions: Record<string, ReportSubmission>;
  /** Exercise id → the latest mentor score card reported for it, and whether it verifies. */
  reviews: Record<string, ReviewCell>;
  /** Module id → done / total of its lessons and exercises, counted as `done` is. */
  modules: Record<string, { done: number; total: number }>;
  /** The latest day or stamp the report shows activity on (null: nothing happened yet). */
  lastActivity: string | null;
  removed: { kind: 'lesson' | 'exercise'; id: string; status: 'todo' | 'started' | 'done' }[];
}

/** The id an old id has in this revision, following renames (old → new, possibly chained). */
export function currentId(manifest: CourseManifest, id: string, known: ReadonlySet<string>): string | null {
  let at = id;
  for (let step = 0; step <= 16; step++) {
    if (known.has(at)) return at;
    const next = manifest.migrations?.[at];
    if (next === undefined) return null;
    at = next;
  }
  return null;
}

export function deriveClassRow(
  manifest: CourseManifest,
  report: AnyReport,
  checkApproval: (approval: Approval | null, exerciseId: string) => ApprovalCheck,
  /** How a score card is judged; without one (no keys at hand) every card shows as unverified. */
  checkReview: (card: ReviewScore, exerciseId: string) => ApprovalCheck = () => ({ status: 'bad_signature', mentor: null }),
): DerivedRow {
  const items = manifest.modules.flatMap((m) => [
    ...m.lessons.map((l) => ({ kind: 'lesson' as const, id: l.id, moduleId: m.id, completion: null })),
    ...m.exercises.map((e) => ({ kind: 'exercise' as const, id: e.id, moduleId: m.id, completion: e.completion })),
  ]);
  const known = new Set(items.map((i) => `${i.kind}:${i.id}`));
  const ids = { lesson: new Set(items.filter((i) => i.kind === 'lesson').map((i) => i.id)), exercise: new Set(items.filter((i) => i.kind === 'exercise').map((i) => i.id)) };

  const reported = new Map<string, AnyReport['activities'][number]>();
  const removed: DerivedRow['removed'] = [];
  for (const a of report.activities) {
    const id = currentId(manifest, a.id, ids[a.kind]);
    if (id === null || !known.has(`${a.kind}:${id}`)) removed.push({ kind: a.kind, id: a.id, status: a.status });
    else if (!reported.has(`${a.kind}:${id}`)) reported.set(`${a.kind}:${id}`, a);
  }

  const sameRevision = report.pack.revision === manifest.revision;
  const exercises: Record<string, CellStatus> = {};
  const approvals: Record<string, ApprovalCheck> = {};
  const quizzes: Record<string, ReportQuiz> = {};
  const submissions: Record<string, ReportSubmission> = {};
  const reviews: Record<string, ReviewCell> = {};
  const modules: DerivedRow['modules'] = Object.fromEntries(manifest.modules.map((m) => [m.id, { done: 0, total: 0 }]));
  let done = 0;
  for (const item of items) {
    modules[item.moduleId].total++;
    const a = reported.get(`${item.kind}:${item.id}`);
    const status: CellStatus = a ? a.status : sameRevision ? 'todo' : 'absent';
    let counts = status === 'done';
    if (item.completion === 'mentor_approved' && a?.status === 'done') {
      const check = checkApproval('approval' in a ? a.approval : null, item.id);
      approvals[item.id] = check;
      counts = check.status === 'verified';
    }
    const quiz = a ? activityQuiz(a) : undefined;
    if (quiz) quizzes[item.id] = quiz;
    const submission = a ? activitySubmission(a) : undefined;
    if (submission) submissions[item.id] = submission;
    const card = a && item.kind === 'exercise' ? activityReview(a) : undefined;
    if (card) {
      const { verdict, total, maxTotal, passingScore, reviewedAt, criteria } = card;
      reviews[item.id] = { ...checkReview(card, item.id), verdict, total, maxTotal, passingScore, reviewedAt, criteria };
    }
    if (item.completion === 'quiz_passed') counts = counts && quiz?.passed === true;
    if (counts) {
      done++;
      modules[item.moduleId].done++;
    }
    if (item.kind === 'exercise') exercises[item.id] = status;
  }

  return {
    version: report.pack.version,
    revision: report.pack.revision,
    generatedAt: report.generatedAt,
    done,
    total: items.length,
    wordsWritten: report.schema === REPORT_SCHEMA ? report.days.reduce((n, d) => n + d.words, 0) : null,
    exercises,
    approvals,
    quizzes,
    submissions,
    reviews,
    modules,
    lastActivity: lastActivityOf(report),
    removed,
  };
}

/** The latest stamp anywhere in the report (see the header for how stamps compare). */
export function lastActivityOf(report: AnyReport): string | null {
  let last: string | null = null;
  const see = (at: string | null | undefined) => {
    if (at && (last === null || at > last)) last = at;
  };
  if (report.schema === REPORT_SCHEMA) for (const d of report.days) see(d.day);
  for (const a of report.activities) {
    see(a.startedAt);
    see(a.completedAt);
    for (const s of activitySubmission(a)?.attempts ?? []) see(s.at);
    for (const q of activityQuiz(a)?.history ?? []) see(q.at);
  }
  return last;
}
