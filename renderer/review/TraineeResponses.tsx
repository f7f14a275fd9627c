/**
 * In the mentor's margin: what the trainee did with the earlier feedback, as it came in this
 * bundle (format 2) — each earlier comment with its replies as a thread, and whether it was resolved.
 */
import { useTranslation } from 'react-i18next';
import type { TraineeResponse } from '../../shared/review/bundle-meta.ts';
import './review.css';

export function TraineeResponses({ responses }: { responses: readonly TraineeResponse[] }) {
  const { t } = useTranslation('reviewdesk');
  if (responses.length === 0) return null;
  return (
    <section className="margin-section" aria-label={t('responses.title')} data-testid="trainee-responses">
      <h3>{t('responses.title')}</h3>
      {responses.map((r) => (
        <article key={`${r.feedbackId}/${r.commentId}`} className={`comment-card severity-${r.severity}${r.status === 'resolved' ? ' resolved' : ''}`} data-testid="response-thread">
          <div className="comment-head">
            <strong className="comment-author">{r.reviewerName || t('responses.mentor')}</strong>
            {r.status === 'resolved' && <span className="badge badge-resolved">{t('responses.resolved')}</span>}
          </div>
          {r.quote && <p className="comment-quote static">“{r.quote}”</p>}
          <p className="comment-body">{r.body}</p>
          {r.replies.length > 0 && (
            <ul className="replies">
              {r.replies.map((reply, i) => (
                <li key={i} className={`reply reply-${reply.origin}`}>
                  <strong>{reply.author || (reply.origin === 'trainee' ? t('responses.trainee') : t('responses.mentor'))}</strong>: {reply.body}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  );
}
