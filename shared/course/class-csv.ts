/**
 * The class table as CSV: one writer for `naskah report class --csv` and the class view's export
 * button, so both give the same columns. Quiz columns, then submission columns, then mentor score
 * columns (per exercise with a rubric: total, maximum, verdict, whether the mentor's signature
 * verifies, mentor, date, then each criterion's score) come after the older ones, so spreadsheets made before keep their column letters. Text cells that a spreadsheet
 * would run as a formula are prefixed with a quote.
 */
import type { ClassRow, ClassTableExercise } from '../api/course.ts';

export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function classCsv(table: { exercises: readonly ClassTableExercise[]; rows: readonly ClassRow[] }): string {
  const quizzes = table.exercises.filter((e) => e.completion === 'quiz_passed');
  const workflow = table.exercises.filter((e) => e.completion !== 'quiz_passed');
  const scored = table.exercises.filter((e) => e.rubric !== undefined);
  const head = [
    'trainee', 'revision', 'generated_at', 'done', 'total', 'words', 'signed_by', 'other_keys',
    ...table.exercises.flatMap((e) => [e.id, `${e.id}_approval`]),
    ...quizzes.flatMap((e) => [`${e.id}_quiz_percent`, `${e.id}_quiz_attempts`]),
    ...workflow.flatMap((e) => [`${e.id}_stage`, `${e.id}_attempts`, `${e.id}_late`]),
    ...scored.flatMap((e) => [
      `${e.id}_score`, `${e.id}_score_max`, `${e.id}_verdict`, `${e.id}_score_status`, `${e.id}_mentor`, `${e.id}_reviewed_at`,
      ...(e.rubric ?? []).map((c) => `${e.id}_score_${c.id}`),
    ]),
  ];
  const lines = table.rows.map((r) =>
    [
      r.trainee,
      r.revision,
      r.generatedAt,
      r.done,
      r.total,
      r.wordsWritten,
      r.signedBy?.fingerprint ?? null,
      r.otherClaims.length,
      ...table.exercises.flatMap((e) => [r.exercises[e.id] ?? 'todo', r.approvals[e.id]?.status ?? null]),
      ...quizzes.flatMap((e) => [r.quizzes[e.id]?.bestPercent ?? null, r.quizzes[e.id]?.attempts ?? null]),
      ...workflow.flatMap((e) => {
        const sub = r.submissions[e.id];
        return [sub?.stage ?? null, sub ? sub.attempts.length : null, sub ? String(sub.late) : null];
      }),
      ...scored.flatMap((e) => {
        const review = r.reviews[e.id];
        const byCriterion = new Map((review?.criteria ?? []).map((c) => [c.id, c.score]));
        // The status column says whether the figures beside it are proven ("verified") or only claimed.
        return [
          review?.total ?? null, review?.maxTotal ?? null, review?.verdict ?? null, review?.status ?? null, review?.mentor ?? null, review?.reviewedAt ?? null,
          ...(e.rubric ?? []).map((c) => byCriterion.get(c.id) ?? null),
        ];
      }),
    ]
      .map(csvCell)
      .join(','),
  );
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}
