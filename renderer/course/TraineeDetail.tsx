/**
 * One trainee's detail in the class view: each exercise with its due date, stage, attempts, late
 * or overdue, quiz score, mentor approval and the mentor's rubric scores criterion by criterion
 * (each verified against the pack's mentors, or why not).
 */
import { useTranslation } from 'react-i18next';
import type { ClassTableExercise } from '../../shared/api/course.ts';
import type { ClassViewRow } from '../../shared/course/class-view.ts';
import { pick } from './bytes.ts';
import { SubmissionStage } from './SubmissionStage.tsx';
import { MentorScoreDetail } from './MentorScore.tsx';

export function TraineeDetail({ view, exercises }: { view: ClassViewRow; exercises: readonly ClassTableExercise[] }) {
  const { t, i18n } = useTranslation('classview');
  const trust = useTranslation('trust').t;
  const training = useTranslation('training').t;
  const { row } = view;
  return (
    <table className="trainee-detail" data-testid="trainee-detail" data-trainee={row.trainee} aria-label={t('detailFor', { trainee: row.trainee })}>
      <thead>
        <tr>
          <th scope="col">{t('exercise')}</th>
          <th scope="col">{t('stage')}</th>
          <th scope="col">{t('attempts')}</th>
          <th scope="col">{t('lateMark')}</th>
          <th scope="col">{t('quizScore')}</th>
          <th scope="col">{t('approval')}</th>
          <th scope="col">{t('mentorScore')}</th>
        </tr>
      </thead>
      <tbody>
        {exercises.map((e) => {
          const status = row.exercises[e.id] ?? 'todo';
          const sub = row.submissions[e.id];
          const quiz = row.quizzes[e.id];
          const approval = row.approvals[e.id];
          const overdue = view.overdue.includes(e.id);
          return (
            <tr key={e.id} data-exercise={e.id} data-overdue={overdue ? 'true' : undefined}>
              <th scope="row">
                {pick(e.title, i18n.language)}
                {e.due && <span className="due"> · {t('due', { due: e.due })}</span>}
              </th>
              <td>{sub ? <SubmissionStage audience="instructor" info={{ stage: sub.stage, checksPassed: sub.attempts.at(-1)?.checksPassed, checksTotal: sub.attempts.at(-1)?.checksTotal }} /> : status === 'absent' ? trust('class.absent', { revision: row.revision }) : trust(`class.status.${status}`)}</td>
              <td>{sub ? sub.attempts.length : quiz ? quiz.attempts : '—'}</td>
              <td data-testid="detail-late">{overdue ? t('overdue') : sub?.late ? t('yes') : t('no')}</td>
              <td>{quiz && quiz.bestPercent !== null ? training('quiz.best', { percent: quiz.bestPercent, count: quiz.attempts }) : '—'}</td>
              <td>
                {approval
                  ? approval.status === 'verified'
                    ? trust('class.approvalVerified', { mentor: approval.mentor ?? '' })
                    : trust('class.approvalUnverified', { reason: trust(`approvalReason.${approval.status}`) })
                  : '—'}
              </td>
              <td>
                <MentorScoreDetail review={row.reviews[e.id]} exercise={e} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
