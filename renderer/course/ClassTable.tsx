/**
 * Instructor: import trainees' progress reports (many at once) and see the class table. Every
 * figure is derived on this side from the instructor's own copy of the pack; the table says for
 * each row whether the report is signed by the trainee's installation, whether each mentor
 * approval and each mentor score verifies against the pack's mentor list, and when another
 * installation claims the same trainee. Each exercise with a rubric has a mentor score column.
 */
import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../shared/api.ts';
import type { ClassRow } from '../../shared/api/course.ts';
import { invoke } from '../api.ts';
import { translateError } from '../i18n/index.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { fileToBase64 } from '../ui/file-base64.ts';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { classCsv } from '../../shared/course/class-csv.ts';
import { classViewRows, filterRows, localDay, moduleCompletion, NO_FILTER, sortRows, type ClassFilter, type ClassSortKey, type SortDirection } from '../../shared/course/class-view.ts';
import { download } from '../ui/download.ts';
import { pick } from './bytes.ts';
import { ClassFilters } from './ClassFilters.tsx';
import { ModuleChart } from './ModuleChart.tsx';
import { TraineeDetail } from './TraineeDetail.tsx';
import { ClassFolderStatus } from './ClassFolderStatus.tsx';
import { QuizDetail } from './QuizDetail.tsx';
import { isPendingStage, SubmissionStage } from './SubmissionStage.tsx';
import { MentorScoreCell } from './MentorScore.tsx';

type Table = Output<'course.classTable'>;

function ExerciseCell({ row, exerciseId }: { row: ClassRow; exerciseId: string }) {
  const { t } = useTranslation('trust');
  const training = useTranslation('training').t;
  const status = row.exercises[exerciseId] ?? 'todo';
  const approval = row.approvals[exerciseId];
  const quiz = row.quizzes[exerciseId];
  const submission = row.submissions[exerciseId];
  const last = submission?.attempts.at(-1);
  return (
    <td className={`status-${status}`} data-exercise={exerciseId} data-status={status} data-stage={submission?.stage} data-approval={approval ? (approval.status === 'verified' ? 'verified' : 'unverified') : undefined}>
      {status === 'absent' ? t('class.absent', { revision: row.revision }) : t(`class.status.${status}`)}
      {/* The cell's status says done or not; the stage adds who has to act, and whether it came late. */}
      {submission && isPendingStage(submission.stage) && (
        <SubmissionStage audience="instructor" info={{ stage: submission.stage, late: submission.late, attempts: submission.attempts.length, checksPassed: last?.checksPassed, checksTotal: last?.checksTotal }} />
      )}
      {submission && !isPendingStage(submission.stage) && submission.late && <span className="submission-stage late">{training('submission.late')}</span>}
      {quiz && quiz.bestPercent !== null && (
        <span className="quiz-cell" data-testid="class-quiz" data-percent={quiz.bestPercent} data-attempts={quiz.attempts}>
          {training('quiz.best', { percent: quiz.bestPercent, count: quiz.attempts })}
        </span>
      )}
      {approval && (
        <span className={`approval approval-${approval.status === 'verified' ? 'verified' : 'unverified'}`}>
          {approval.status === 'verified' ? t('class.approvalVerified', { mentor: approval.mentor ?? '' }) : t('class.approvalUnverified', { reason: t(`approvalReason.${approval.status}`) })}
        </span>
      )}
    </td>
  );
}

/** A column header that sorts the table; aria-sort says which way it sorts now. */
function SortHeader({ sortKey, sort, onSort, children }: { sortKey: ClassSortKey; sort: { key: ClassSortKey; direction: SortDirection }; onSort: (key: ClassSortKey) => void; children: ReactNode }) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} data-sort={sortKey}>
      <button type="button" className="sort-header" onClick={() => onSort(sortKey)} data-testid={`sort-${sortKey}`}>
        {children}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function TraineeCell({ row, open, onToggle }: { row: ClassRow; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation('trust');
  const view = useTranslation('classview').t;
  return (
    <th scope="row">
      {row.trainee}
      <button type="button" className="link" aria-expanded={open} onClick={onToggle} data-testid="trainee-detail-toggle">
        {view('details')}
      </button>
      {row.otherClaims.map((c) => (
        <span key={c.fingerprint ?? 'unsigned'} className="claim-warning" role="note" data-testid="other-claim">
          {c.fingerprint ? t('class.otherClaim', { fingerprint: c.fingerprint, count: c.reports }) : t('class.otherClaimUnsigned', { count: c.reports })}
        </span>
      ))}
    </th>
  );
}

export function ClassTable({ packId }: { packId: string }) {
  const { t, i18n } = useTranslation('training');
  const trust = useTranslation('trust').t;
  const [table, setTable] = useState<Table | null>(null);
  const [result, setResult] = useState<Output<'course.importReports'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The trainee whose quiz answers are shown question by question. */
  const [detail, setDetail] = useState<string | null>(null);
  /** The trainee whose every exercise is shown in a detail row. */
  const [open, setOpen] = useState<string | null>(null);
  const view = useTranslation('classview').t;
  const [filter, setFilter] = useState<ClassFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ key: ClassSortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const onSort = (key: ClassSortKey) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  // Facts per row once per table; filter and sort are cheap passes over them.
  const facts = useMemo(() => (table ? classViewRows(table.rows, table.exercises, localDay(new Date())) : []), [table]);
  const shown = useMemo(() => sortRows(filterRows(facts, filter), sort.key, sort.direction), [facts, filter, sort]);
  const bars = useMemo(() => (table ? moduleCompletion(shown, table.modules) : []), [table, shown]);
  const moduleTitles = useMemo(() => Object.fromEntries((table?.modules ?? []).map((m) => [m.id, m.title])), [table]);
  const exportCsv = () => {
    if (!table) return;
    // The rows as shown (filtered and sorted), in the CLI's columns.
    download({ fileName: `class-${packId}.csv`, mimeType: 'text/csv', encoding: 'utf8', content: classCsv({ exercises: table.exercises, rows: shown.map((v) => v.row) }) });
  };
  const scored = useMemo(() => (table?.exercises ?? []).filter((e) => e.rubric !== undefined), [table]);
  const columns = 8 + (table?.exercises.length ?? 0) + scored.length;
  const refresh = useCallback(() => invoke('course.classTable', { packId }).then(setTable, setError), [packId]);
  useEffect(() => void refresh(), [refresh]);

  const importFiles = async (files: File[]) => {
    try {
      // A completion certificate (PDF) carries its report inside: it travels as bytes, the back end takes the report out.
      const payload = await Promise.all(
        [...files].map(async (f) => (/\.pdf$/i.test(f.name) ? { fileName: f.name, content: await fileToBase64(f), encoding: 'base64' as const } : { fileName: f.name, content: await f.text() })),
      );
      setResult(await invoke('course.importReports', { files: payload, packId }));
      await refresh();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="class-table" aria-label={t('classTitle')}>
      <h3>{t('classTitle')}</h3>
      <FilePickButton accept=".naskahreport,.json,.pdf" multiple testId="report-files" onFiles={(files) => void importFiles(files)}>
        {t('importReports')}
      </FilePickButton>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      <ClassFolderStatus onAdded={() => void refresh()} />
      {result && (
        <div role="status" data-testid="report-import-result">
          {t('reportsImported', { added: result.added, duplicates: result.duplicates })}
          {result.refused.length > 0 && (
            <ul className="problems">
              {result.refused.map((r) => (
                <li key={r.fileName}>{translateError(r.problem)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {table && table.rows.length > 0 && (
        <>
        <ClassFilters filter={filter} onChange={setFilter} shown={shown.length} total={facts.length} onExport={exportCsv} />
        <ModuleChart bars={bars} titles={moduleTitles} />
        <table data-testid="class-rows">
          <thead>
            <tr>
              <SortHeader sortKey="name" sort={sort} onSort={onSort}>
                {t('traineeName')}
              </SortHeader>
              <th scope="col">{trust('class.signature')}</th>
              <th scope="col">{trust('class.revision')}</th>
              <SortHeader sortKey="done" sort={sort} onSort={onSort}>
                {t('progress')}
              </SortHeader>
              <th scope="col">{t('words')}</th>
              <SortHeader sortKey="lastActivity" sort={sort} onSort={onSort}>
                {view('lastActivity')}
              </SortHeader>
              <SortHeader sortKey="late" sort={sort} onSort={onSort}>
                {view('lateCount')}
              </SortHeader>
              <SortHeader sortKey="behind" sort={sort} onSort={onSort}>
                {view('behindColumn')}
              </SortHeader>
              {table.exercises.map((e) => (
                <th scope="col" key={e.id}>
                  {pick(e.title, i18n.language)}
                  {e.due && <span className="due"> · {view('due', { due: e.due })}</span>}
                </th>
              ))}
              {scored.map((e) => (
                <SortHeader key={`score:${e.id}`} sortKey={`score:${e.id}`} sort={sort} onSort={onSort}>
                  {view('scoreColumn', { exercise: pick(e.title, i18n.language) })}
                </SortHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns}>{view('noneShown')}</td>
              </tr>
            )}
            {shown.map((v) => {
              const r = v.row;
              return (
              <Fragment key={r.trainee}>
              <tr data-testid="class-row" data-trainee={r.trainee} data-signed={r.signedBy ? 'true' : 'false'} data-claims={r.otherClaims.length} data-behind={v.behind ? 'true' : 'false'}>
                <TraineeCell row={r} open={open === r.trainee} onToggle={() => setOpen(open === r.trainee ? null : r.trainee)} />
                <td className={r.signedBy ? 'signed' : 'unsigned'} title={trust('class.signatureHelp')}>
                  {r.signedBy ? trust('class.signedBy', { fingerprint: r.signedBy.fingerprint }) : trust('class.notSigned')}
                </td>
                <td>
                  {r.revision === table.revision ? trust('class.revisionSame', { revision: r.revision }) : trust('class.revisionOther', { revision: r.revision, yours: table.revision })}
                  {r.removed.length > 0 && (
                    <ul className="removed" data-testid="removed-items">
                      {r.removed.map((x) => (
                        <li key={`${x.kind}:${x.id}`}>{trust('class.removed', { id: x.id, status: trust(`class.status.${x.status}`) })}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {r.done}/{r.total}
                </td>
                <td>{r.wordsWritten ?? '—'}</td>
                <td data-testid="last-activity">{r.lastActivity ? r.lastActivity.slice(0, 10) : view('never')}</td>
                <td>{v.late.length + v.overdue.length}</td>
                <td className={v.behind ? 'behind' : undefined}>
                  {v.behind ? view('behindYes') : view('behindNo')}
                  {v.overdue.length > 0 && <span className="overdue"> · {view('overdueCount', { count: v.overdue.length })}</span>}
                </td>
                {table.exercises.map((e) => (
                  <ExerciseCell key={e.id} row={r} exerciseId={e.id} />
                ))}
                {scored.map((e) => (
                  <MentorScoreCell key={`score:${e.id}`} row={r} exerciseId={e.id} />
                ))}
              </tr>
              {open === r.trainee && (
                <tr className="trainee-detail-row">
                  <td colSpan={columns}>
                    <TraineeDetail view={v} exercises={table.exercises} />
                  </td>
                </tr>
              )}
              {Object.keys(r.quizzes).length > 0 && (
                <tr className="quiz-detail-row">
                  <td colSpan={columns}>
                    <button type="button" aria-expanded={detail === r.trainee} onClick={() => setDetail(detail === r.trainee ? null : r.trainee)} data-testid="quiz-detail-toggle">
                      {t('quiz.detail', { trainee: r.trainee })}
                    </button>
                    {detail === r.trainee && <QuizDetail row={r} exercises={table.exercises} />}
                  </td>
                </tr>
              )}
              </Fragment>
              );
            })}
          </tbody>
        </table>
        </>
      )}
    </section>
  );
}
