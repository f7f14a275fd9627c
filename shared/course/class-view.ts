/**
 * The instructor's class view model: what the class table shows once the rows are derived
 * (shared/course/class-row.ts) — each row's facts for sorting and filtering, who is behind, and
 * completion per module for the chart. Pure and linear in rows × exercises, so 1,000 trainees
 * re-sort and re-filter on every keystroke (bench/course.ts measures it).
 *
 * "Behind" (decided here, shown in the view's help text): a trainee is behind when at least one
 * exercise is overdue — its due date has passed and the work was not delivered (delivered: done,
 * or submitted and waiting for or back from the mentor; a submission whose checks fail is not
 * delivered, as shared/course/submission.ts rules) — or when their completion is below three
 * quarters of the cohort's median completion. The median alone would always call half the class
 * behind; three quarters of it names the ones clearly trailing, and with a median of zero nobody is
 * behind on completion alone.
 *
 * Mentor scores: a column per exercise with a rubric sorts by the verified score as a share of the
 * rubric's maximum; an unverified score (its mentor signature does not check out) sorts below every
 * verified one and above no score at all — it is never ranked as if it were proven. The "mentor
 * said not yet" filter keeps trainees with a verified verdict of not approved on any exercise.
 */
import type { ClassRow, ClassTableExercise } from '../api/course.ts';

export const CLASS_SORT_KEYS = ['name', 'done', 'lastActivity', 'late', 'behind'] as const;
/** A fixed column, or an exercise's mentor score column ("score:" + exercise id). */
export type ClassSortKey = (typeof CLASS_SORT_KEYS)[number] | `score:${string}`;
export type SortDirection = 'ascending' | 'descending';

export interface ClassFilter {
  behind: boolean;
  awaitingReview: boolean;
  late: boolean;
  /** A mentor's verified verdict on some exercise is "not approved". */
  notApproved: boolean;
  /** Part of the trainee's name, compared case- and diacritics-insensitively. */
  text: string;
}

export const NO_FILTER: ClassFilter = { behind: false, awaitingReview: false, late: false, notApproved: false, text: '' };

/** The fraction of the cohort median below which a trainee counts as behind. */
export const BEHIND_SHARE_OF_MEDIAN = 0.75;

export interface ClassViewRow {
  row: ClassRow;
  /** Exercises whose due date passed without the work delivered. */
  overdue: string[];
  /** Exercises submitted after their due date. */
  late: string[];
  /** Exercises waiting for the mentor. */
  awaitingReview: string[];
  /** Exercises whose mentor's verified verdict is "not approved". */
  notApproved: string[];
  behind: boolean;
  /** Completion 0..1 on the instructor's revision. */
  completion: number;
}

export interface ModuleCompletion {
  moduleId: string;
  /** Mean completion of the module across the trainees shown, 0..1. */
  mean: number;
  /** Trainees who completed every item of the module. */
  complete: number;
  trainees: number;
}

/** Folds case and diacritics away, so "rene" finds "René" and "İ" finds "i". */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

function isDelivered(row: ClassRow, exerciseId: string): boolean {
  const status = row.exercises[exerciseId];
  if (status === 'done' || status === 'absent') return true; // absent: the trainee's revision had no such exercise to deliver
  const sub = row.submissions[exerciseId];
  return sub !== undefined && sub.attempts.length > 0 && sub.stage !== 'checks_failing';
}

export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Every row's facts; `today` is the instructor's local date (YYYY-MM-DD): a due day lasts all day. */
export function classViewRows(rows: readonly ClassRow[], exercises: readonly ClassTableExercise[], today: string): ClassViewRow[] {
  const dated = exercises.filter((e) => e.due !== undefined && e.due < today);
  const completion = (r: ClassRow) => (r.total > 0 ? r.done / r.total : 0);
  const median = medianOf(rows.map(completion));
  return rows.map((row) => {
    const overdue = dated.filter((e) => !isDelivered(row, e.id)).map((e) => e.id);
    const late = exercises.filter((e) => row.submissions[e.id]?.late === true).map((e) => e.id);
    const awaitingReview = exercises.filter((e) => row.submissions[e.id]?.stage === 'awaiting_review').map((e) => e.id);
    const notApproved = exercises.filter((e) => row.reviews[e.id]?.status === 'verified' && row.reviews[e.id].verdict === 'not_approved').map((e) => e.id);
    const c = completion(row);
    return { row, overdue, late, awaitingReview, notApproved, completion: c, behind: overdue.length > 0 || c < median * BEHIND_SHARE_OF_MEDIAN };
  });
}

export function filterRows(rows: readonly ClassViewRow[], filter: ClassFilter): ClassViewRow[] {
  const needle = foldName(filter.text.trim());
  return rows.filter(
    (r) =>
      (!filter.behind || r.behind) &&
      (!filter.awaitingReview || r.awaitingReview.length > 0) &&
      (!filter.late || r.late.length + r.overdue.length > 0) &&
      (!filter.notApproved || r.notApproved.length > 0) &&
      (needle === '' || foldName(r.row.trainee).includes(needle)),
  );
}

const byName = (a: ClassViewRow, b: ClassViewRow) => a.row.trainee.localeCompare(b.row.trainee, 'id');

/** A row's mentor score on one exercise for sorting: verified share 0..1, unverified -1, none -2. */
export function scoreRank(row: ClassRow, exerciseId: string): number {
  const review = row.reviews[exerciseId];
  if (!review) return -2;
  if (review.status !== 'verified') return -1;
  return review.maxTotal > 0 ? review.total / review.maxTotal : 0;
}

const compareBy: Record<(typeof CLASS_SORT_KEYS)[number], (a: ClassViewRow, b: ClassViewRow) => number> = {
  name: byName,
  done: (a, b) => a.completion - b.completion,
  // No activity at all sorts before the oldest.
  lastActivity: (a, b) => (a.row.lastActivity ?? '').localeCompare(b.row.lastActivity ?? ''),
  late: (a, b) => a.late.length + a.overdue.length - (b.late.length + b.overdue.length),
  // Larger is further behind: behind at all, then more overdue, then less complete.
  behind: (a, b) => Number(a.behind) - Number(b.behind) || a.overdue.length - b.overdue.length || b.completion - a.completion,
};

const byScore = (exerciseId: string) => (a: ClassViewRow, b: ClassViewRow) => scoreRank(a.row, exerciseId) - scoreRank(b.row, exerciseId);

/** A stable sort; ties fall back to the name (always ascending, so equal rows keep a readable order). */
export function sortRows(rows: readonly ClassViewRow[], key: ClassSortKey, direction: SortDirection): ClassViewRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = key.startsWith('score:') ? byScore(key.slice('score:'.length)) : compareBy[key as (typeof CLASS_SORT_KEYS)[number]];
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}

/** Completion per module over the rows given (the filtered ones: the chart follows the filter). */
export function moduleCompletion(rows: readonly ClassViewRow[], modules: readonly { id: string }[]): ModuleCompletion[] {
  return modules.map((m) => {
    let sum = 0;
    let complete = 0;
    for (const { row } of rows) {
      const own = row.modules[m.id];
      if (!own || own.total === 0) continue;
      sum += own.done / own.total;
      if (own.done === own.total) complete++;
    }
    return { moduleId: m.id, mean: rows.length > 0 ? sum / rows.length : 0, complete, trainees: rows.length };
  });
}

/** The local date as YYYY-MM-DD (due dates are dates in the pack's sense, not instants). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
