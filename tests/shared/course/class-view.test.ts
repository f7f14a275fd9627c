import { describe, expect, it } from 'vitest';
import type { ClassRow, ClassTableExercise } from '../../../shared/api/course.ts';
import { classCsv } from '../../../shared/course/class-csv.ts';
import { classViewRows, filterRows, foldName, localDay, medianOf, moduleCompletion, NO_FILTER, sortRows } from '../../../shared/course/class-view.ts';

const exercises: ClassTableExercise[] = [
  { id: 'ex-a', moduleId: 'm1', title: { en: 'A', id: 'A' }, completion: 'mentor_approved', due: '2026-11-01' },
  { id: 'ex-b', moduleId: 'm2', title: { en: 'B', id: 'B' }, completion: 'checks_passed', due: '2026-12-31' },
];
const modules = [{ id: 'm1' }, { id: 'm2' }];

function row(trainee: string, done: number, over: Partial<ClassRow> = {}): ClassRow {
  return {
    trainee, version: '1.0.0', revision: 1, generatedAt: '2026-11-20T10:00:00Z', done, total: 4, wordsWritten: 0,
    exercises: { 'ex-a': 'todo', 'ex-b': 'todo' }, approvals: {}, quizzes: {}, submissions: {}, reviews: {},
    modules: { m1: { done: Math.min(done, 2), total: 2 }, m2: { done: Math.max(0, done - 2), total: 2 } },
    lastActivity: null, removed: [], signedBy: null, otherClaims: [], ...over,
  };
}
const attempt = (at: string, late: boolean) => ({ attempt: 1, at, draftSha256: null, checksPassed: null, checksTotal: null, late });

const today = '2026-11-15';
const rows = [
  // Done everything on ex-a: not overdue.
  row('Ayu', 4, { exercises: { 'ex-a': 'done', 'ex-b': 'done' }, lastActivity: '2026-11-10' }),
  // Submitted late, waiting for the mentor: delivered, so not overdue, but late.
  row('Budi', 3, { exercises: { 'ex-a': 'started', 'ex-b': 'done' }, submissions: { 'ex-a': { stage: 'awaiting_review', attempts: [attempt('2026-11-03T09:00Z', true)], reviews: 0, late: true } }, lastActivity: '2026-11-03T09:00Z' }),
  // Checks failing: not delivered, so overdue and behind.
  row('René', 3, { submissions: { 'ex-a': { stage: 'checks_failing', attempts: [attempt('2026-10-30', false)], reviews: 0, late: false } }, lastActivity: '2026-10-30' }),
  // Nothing overdue (absent from their revision) but far below the median: behind.
  row('Citra', 1, { exercises: { 'ex-a': 'absent', 'ex-b': 'todo' } }),
];

describe('class view model', () => {
  const view = classViewRows(rows, exercises, today);
  const by = (name: string) => view.find((v) => v.row.trainee === name)!;

  it('finds overdue, late and awaiting review per the submission rules', () => {
    expect(by('Ayu')).toMatchObject({ overdue: [], late: [], awaitingReview: [], behind: false });
    expect(by('Budi')).toMatchObject({ overdue: [], late: ['ex-a'], awaitingReview: ['ex-a'], behind: false });
    expect(by('René')).toMatchObject({ overdue: ['ex-a'], behind: true });
    // ex-b's due date has not come yet: not overdue for anyone.
    expect(view.every((v) => !v.overdue.includes('ex-b'))).toBe(true);
  });

  it('calls behind whoever is below three quarters of the median completion', () => {
    expect(medianOf(rows.map((r) => r.done / r.total))).toBe(0.75);
    expect(by('Citra')).toMatchObject({ overdue: [], behind: true });
    expect(classViewRows([row('Solo', 0)], [], today)[0].behind).toBe(false); // median 0: nobody behind on completion
  });

  it('filters by behind, awaiting review, late and a folded name', () => {
    const names = (f: Partial<typeof NO_FILTER>) => filterRows(view, { ...NO_FILTER, ...f }).map((v) => v.row.trainee);
    expect(names({ behind: true })).toEqual(['René', 'Citra']);
    expect(names({ awaitingReview: true })).toEqual(['Budi']);
    expect(names({ late: true })).toEqual(['Budi', 'René']);
    expect(names({ text: ' rene ' })).toEqual(['René']);
    expect(names({ behind: true, text: 'cit' })).toEqual(['Citra']);
    expect(foldName('İRMA')).toBe('irma');
  });

  it('sorts by every key, both ways, ties by name', () => {
    const order = (key: Parameters<typeof sortRows>[1], dir: Parameters<typeof sortRows>[2]) => sortRows(view, key, dir).map((v) => v.row.trainee);
    expect(order('name', 'ascending')).toEqual(['Ayu', 'Budi', 'Citra', 'René']);
    expect(order('name', 'descending')).toEqual(['René', 'Citra', 'Budi', 'Ayu']);
    expect(order('done', 'descending')).toEqual(['Ayu', 'Budi', 'René', 'Citra']);
    expect(order('lastActivity', 'descending')).toEqual(['Ayu', 'Budi', 'René', 'Citra']);
    expect(order('late', 'descending')).toEqual(['Budi', 'René', 'Ayu', 'Citra']);
    // Behind first: the overdue one before the one only trailing.
    expect(order('behind', 'descending')).toEqual(['René', 'Citra', 'Budi', 'Ayu']);
  });

  it('averages completion per module over the rows shown', () => {
    expect(moduleCompletion(view, modules)).toEqual([
      { moduleId: 'm1', mean: (1 + 1 + 1 + 0.5) / 4, complete: 3, trainees: 4 },
      { moduleId: 'm2', mean: (1 + 0.5 + 0.5 + 0) / 4, complete: 1, trainees: 4 },
    ]);
    expect(moduleCompletion([], modules)[0]).toEqual({ moduleId: 'm1', mean: 0, complete: 0, trainees: 0 });
  });

  it('gives the local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('class CSV', () => {
  it('has the CLI columns and neutralises formulas', () => {
    const csv = classCsv({ exercises, rows: [row('=HYPERLINK("x")', 1)] });
    const [head, line] = csv.split('\r\n');
    expect(head).toBe('trainee,revision,generated_at,done,total,words,signed_by,other_keys,ex-a,ex-a_approval,ex-b,ex-b_approval,ex-a_stage,ex-a_attempts,ex-a_late,ex-b_stage,ex-b_attempts,ex-b_late');
    expect(line.startsWith(`"'=HYPERLINK(""x"")",1,"2026-11-20T10:00:00Z",1,4,0,,0,"todo",,"todo",,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('sorts by a mentor score column (verified share, then unverified, then none) and filters who the mentor said not yet to', () => {
    const review = (status: 'verified' | 'bad_signature', total: number, verdict: 'approved' | 'not_approved') => ({
      'ex-a': { status, mentor: status === 'verified' ? 'Bu Ratna' : null, verdict, total, maxTotal: 10, passingScore: 6, reviewedAt: '2026-11-10T10:00:00Z', criteria: [{ id: 'c', score: total, max: 10 }] },
    });
    const scored = classViewRows(
      [
        row('Ayu', 2, { reviews: review('verified', 9, 'approved') }),
        row('Budi', 2, { reviews: review('verified', 4, 'not_approved') }),
        // A forged 10/10: it must not top the column.
        row('Citra', 2, { reviews: review('bad_signature', 10, 'approved') }),
        row('Dewi', 2),
      ],
      exercises,
      today,
    );
    expect(sortRows(scored, 'score:ex-a', 'descending').map((v) => v.row.trainee)).toEqual(['Ayu', 'Budi', 'Citra', 'Dewi']);
    expect(sortRows(scored, 'score:ex-a', 'ascending').map((v) => v.row.trainee)).toEqual(['Dewi', 'Citra', 'Budi', 'Ayu']);
    expect(filterRows(scored, { ...NO_FILTER, notApproved: true }).map((v) => v.row.trainee)).toEqual(['Budi']);
  });
});
