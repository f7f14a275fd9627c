/**
 * One comment as the margin shows it, for trainee and mentor alike: who wrote it, how serious it
 * is, the text it is about (a button that shows it in the script), the body and the replies.
 * Actions (reply, resolve, delete) come from the caller as children.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../i18n/index.ts';
import type { ReviewReply } from '../../shared/api/review.ts';
import type { Severity } from '../../shared/review/feedback.ts';

export interface CommentCardProps {
  id: string;
  author: string;
  severity: Severity;
  body: string;
  createdAt: string;
  /** The quoted text for text comments; the scene heading for scene notes; null for general notes. */
  quote: string | null;
  kind: 'text' | 'scene' | 'general';
  /** How the comment was placed in a changed draft (trainee side), when worth saying. */
  note?: string;
  replies: readonly ReviewReply[];
  viewer: 'trainee' | 'mentor';
  status?: 'open' | 'resolved';
  elementId: string | null;
  active: boolean;
  onShow?(): void;
  children?: ReactNode;
}

export function CommentCard(p: CommentCardProps) {
  const { t, i18n } = useTranslation('review');
  const when = (iso: string) =>
    new Date(iso).toLocaleString(uiLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const replyAuthor = (r: ReviewReply) => (p.viewer === 'trainee' && r.origin === 'trainee' ? t('trainee.you') : r.author || t('mentor.mentor'));
  return (
    <article
      className={`comment-card severity-${p.severity}${p.active ? ' active' : ''}${p.status === 'resolved' ? ' resolved' : ''}`}
      data-testid="comment"
      data-comment-id={p.id}
      data-element-id={p.elementId ?? ''}
      data-severity={p.severity}
      data-status={p.status ?? 'open'}
      aria-label={t('ui.commentBy', { author: p.author || t('mentor.mentor') })}
      onClick={(e) => {
        // Clicks on the card's own controls do their own thing.
        if ((e.target as HTMLElement).closest('button, textarea, input, select, a')) return;
        p.onShow?.();
      }}
    >
      <header className="comment-head">
        <strong className="comment-author">{p.author || t('mentor.mentor')}</strong>
        <span className={`badge badge-${p.severity}`} data-testid="severity">
          {t(`severity.${p.severity}`)}
        </span>
        {p.status === 'resolved' && <span className="badge badge-resolved">{t('status.resolved')}</span>}
      </header>
      {p.quote !== null && (
        <button type="button" className={`comment-quote quote-${p.kind}`} onClick={p.onShow} title={t('ui.showInScript')} data-testid="comment-quote">
          {p.kind === 'text' ? `“${p.quote}”` : p.quote}
        </button>
      )}
      {p.note && <p className="comment-note">{p.note}</p>}
      <p className="comment-body" data-testid="comment-body-text">
        {p.body}
      </p>
      <time className="comment-time" dateTime={p.createdAt}>
        {when(p.createdAt)}
      </time>
      {p.replies.length > 0 && (
        <ol className="replies" aria-label={t('ui.replies')}>
          {p.replies.map((r) => (
            <li key={r.id} className={`reply reply-${r.origin}`} data-testid="reply">
              <strong>{replyAuthor(r)}</strong> <span>{r.body}</span>
            </li>
          ))}
        </ol>
      )}
      {p.children && <footer className="comment-actions">{p.children}</footer>}
    </article>
  );
}
