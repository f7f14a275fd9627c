/**
 * The trainee's comments margin: the mentor's verdict and scores on top, then general notes and
 * comments that could not be placed (listed apart, never dropped), then every placed comment
 * level with its block. Clicking a comment brings its text into view and highlights it.
 */
import { useTranslation } from 'react-i18next';
import type { FeedbackSummary, TraineeComment } from '../../shared/api/review.ts';
import { totalScore } from '../../shared/review/rubric.ts';
import { CommentCard } from './CommentCard.tsx';
import { CommentsMargin, type PlacedCard } from './CommentsMargin.tsx';
import { localized } from './localized.ts';
import { ReplyForm } from './ReplyForm.tsx';
import { showBlock, useHighlights, type HighlightTarget } from './use-highlights.ts';
import { commentKey, type CommentFilter, type TraineeReview } from './use-trainee-review.ts';

const FILTERS: CommentFilter[] = ['open', 'resolved', 'all'];

function jumpTo(id: string): void {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  el?.focus({ preventScroll: true });
}

/** The mentor's verdict, overall note and scores; folded to one line so it does not push the comments down. */
function FeedbackSummaryView({ f, open }: { f: FeedbackSummary; open: boolean }) {
  const { t, i18n } = useTranslation('review');
  const verdict = f.approved === true ? 'approved' : f.approved === false ? 'notApproved' : null;
  const max = f.rubric?.criteria.reduce((sum, c) => sum + c.maxScore, 0) ?? 0;
  return (
    <details className="feedback-summary" data-testid="feedback-summary" open={open}>
      <summary>
        {t('ui.feedbackFrom', { reviewer: f.reviewerName || t('mentor.mentor') })}
        {verdict && <span className={`badge badge-${verdict}`}>{verdict === 'approved' ? t('ui.approved') : t('mentor.notApproved')}</span>}
      </summary>
      {f.overall && <p className="overall">{f.overall}</p>}
      {f.rubric && (
        <ul className="score-list">
          {f.rubric.criteria.map((c) => {
            const s = f.scores.find((x) => x.criterionId === c.id);
            return (
              <li key={c.id}>
                <span>{localized(c.title, i18n.language)}</span> <strong>{s?.score ?? '–'}/{c.maxScore}</strong>
                {s?.remark ? <span className="muted"> · {s.remark}</span> : null}
              </li>
            );
          })}
          <li className="score-total">
            {t('ui.total')} <strong>{totalScore(f.scores)}/{max}</strong>
          </li>
        </ul>
      )}
    </details>
  );
}

export function TraineeMargin({ review }: { review: TraineeReview }) {
  const { t } = useTranslation('review');
  const count = (f: CommentFilter) => (f === 'all' ? review.comments.length : review.comments.filter((c) => c.status === f).length);
  const shown = review.comments.filter((c) => review.filter === 'all' || c.status === review.filter);

  const show = (c: TraineeComment) => {
    review.setActive(commentKey(c));
    if (c.placement.elementId) showBlock(c.placement.elementId);
  };

  const card = (c: TraineeComment) => {
    const status = c.placement.status;
    const quote = c.originalAnchor.kind === 'text' ? c.originalAnchor.quote : c.originalAnchor.kind === 'scene' ? c.originalAnchor.sceneHeadingText ?? '' : null;
    return (
      <CommentCard
        id={c.id}
        author={c.author || c.reviewerName}
        severity={c.severity}
        body={c.body}
        createdAt={c.createdAt}
        quote={quote}
        kind={c.originalAnchor.kind}
        note={status === 'exact' || status === 'general' || (status === 'scene' && c.originalAnchor.kind === 'scene') ? undefined : t(`placement.${status}`)}
        replies={c.replies}
        viewer="trainee"
        status={c.status}
        elementId={c.placement.elementId}
        active={review.active === commentKey(c)}
        onShow={() => show(c)}
      >
        <ReplyForm onSend={(body) => review.reply(c, body)} />
        <button type="button" className="link-button" onClick={() => void review.setResolved(c, c.status === 'open')} data-testid="resolve">
          {c.status === 'open' ? t('trainee.resolve') : t('trainee.reopen')}
        </button>
      </CommentCard>
    );
  };

  const general = shown.filter((c) => c.placement.status === 'general');
  const detached = shown.filter((c) => c.placement.status === 'detached');
  const placed: PlacedCard[] = shown
    .filter((c) => c.placement.status !== 'general' && c.placement.status !== 'detached')
    .map((c) => ({ key: commentKey(c), elementId: c.placement.elementId, node: card(c) }));

  const targets: HighlightTarget[] = shown.flatMap((c) =>
    c.placement.elementId && c.placement.start !== null && c.placement.end !== null
      ? [{ key: commentKey(c), elementId: c.placement.elementId, start: c.placement.start, end: c.placement.end }]
      : [],
  );
  useHighlights(targets, review.active, null, review.listed);

  const top = (
    <>
      <div className="margin-head">
        <h2>{t('ui.feedbackTitle')}</h2>
        <label>
          <span className="visually-hidden">{t('ui.filter')}</span>
          <select value={review.filter} onChange={(e) => review.setFilter(e.target.value as CommentFilter)} data-testid="comment-filter" aria-label={t('ui.filter')}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t('ui.filterOption', { label: t(`status.${f}`), count: count(f) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {review.feedback.map((f) => (
        <FeedbackSummaryView key={f.feedbackId} f={f} open={placed.length === 0} />
      ))}
      {shown.length === 0 && <p className="muted">{t(`ui.none.${review.filter}`)}</p>}
      {(general.length > 0 || detached.length > 0) && (
        <p className="jump-links">
          {general.length > 0 && (
            <button type="button" className="link-button" onClick={() => jumpTo('review-general')}>
              {t('ui.jumpGeneral', { count: general.length })}
            </button>
          )}
          {detached.length > 0 && (
            <button type="button" className="link-button danger" onClick={() => jumpTo('review-detached')} data-testid="jump-detached">
              {t('ui.jumpDetached', { count: detached.length })}
            </button>
          )}
        </p>
      )}
    </>
  );

  const bottom = (
    <>
      {general.length > 0 && (
        <section className="margin-section" id="review-general" tabIndex={-1} aria-label={t('placement.general')} data-testid="general-comments">
          <h3>{t('placement.general')}</h3>
          {general.map((c) => (
            <div key={commentKey(c)}>{card(c)}</div>
          ))}
        </section>
      )}
      {detached.length > 0 && (
        <section className="margin-section detached" id="review-detached" tabIndex={-1} aria-label={t('placement.detached')} data-testid="detached-comments">
          <h3>{t('placement.detached')}</h3>
          <p className="muted">{t('ui.detachedExplain')}</p>
          {detached.map((c) => (
            <div key={commentKey(c)}>{card(c)}</div>
          ))}
        </section>
      )}
    </>
  );

  return <CommentsMargin label={t('ui.feedbackTitle')} top={top} cards={placed} bottom={bottom} />;
}
