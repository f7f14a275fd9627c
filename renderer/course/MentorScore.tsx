/**
 * A mentor's rubric scores in the class view: the table cell (total, verdict, whether the mentor's
 * signature verifies) and the per-trainee detail, criterion by criterion with the pack's labels.
 * An unverified score is shown as a claim — struck through and named "not verified" with the
 * reason — never in the verified style.
 */
import { useTranslation } from 'react-i18next';
import type { ClassRow, ClassTableExercise } from '../../shared/api/course.ts';
import { pick } from './bytes.ts';

type Review = ClassRow['reviews'][string];

function Summary({ review }: { review: Review }) {
  const { t } = useTranslation('classview');
  const verified = review.status === 'verified';
  return (
    <>
      <span className={verified ? 'score-figure' : 'score-figure score-claimed'}>{t('score', { total: review.total, max: review.maxTotal })}</span>{' '}
      <span className={`verdict verdict-${review.verdict ?? 'none'}`}>{t(`verdict.${review.verdict ?? 'none'}`)}</span>
      <span className={`approval approval-${verified ? 'verified' : 'unverified'}`}>
        {verified ? t('scoreVerified', { mentor: review.mentor ?? '' }) : t('scoreUnverified', { reason: t(`scoreReason.${review.status}`) })}
      </span>
    </>
  );
}

export function MentorScoreCell({ row, exerciseId }: { row: ClassRow; exerciseId: string }) {
  const review = row.reviews[exerciseId];
  if (!review) return <td data-testid="class-score" data-exercise={exerciseId}>—</td>;
  return (
    <td
      className="mentor-score"
      data-testid="class-score"
      data-exercise={exerciseId}
      data-score-status={review.status === 'verified' ? 'verified' : 'unverified'}
      data-total={review.total}
      data-max={review.maxTotal}
      data-verdict={review.verdict ?? 'none'}
    >
      <Summary review={review} />
    </td>
  );
}

export function MentorScoreDetail({ review, exercise }: { review: Review | undefined; exercise: ClassTableExercise }) {
  const { t, i18n } = useTranslation('classview');
  if (!review) return <>—</>;
  const labels = new Map((exercise.rubric ?? []).map((c) => [c.id, pick(c.label, i18n.language)]));
  return (
    <div className="mentor-score-detail" data-testid="detail-score" data-score-status={review.status === 'verified' ? 'verified' : 'unverified'}>
      <Summary review={review} />
      <ul>
        {review.criteria.map((c) => (
          <li key={c.id} data-criterion={c.id} data-score={c.score ?? ''}>
            {c.score === null ? `${labels.get(c.id) ?? c.id}: ${t('notScored')}` : t('criterion', { criterion: labels.get(c.id) ?? c.id, score: c.score, max: c.max })}
          </li>
        ))}
      </ul>
      <span className="reviewed-by">{t('reviewedBy', { mentor: review.mentor ?? '—', date: review.reviewedAt.slice(0, 10) })}</span>
    </div>
  );
}
