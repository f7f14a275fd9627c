/**
 * The mentor's queue: bundles opened together are reviewed one after the other. Shows where the
 * mentor is ("2 of 5") and moves to the previous or next bundle; each one's work is saved as it is
 * made, so moving on loses nothing. Bundles the class folder brings in join at the end, counted as new.
 */
import { useTranslation } from 'react-i18next';

export function QueueNav({ queue, current, fresh = [], onGoTo }: { queue: readonly string[]; current: string; fresh?: readonly string[]; onGoTo(sessionId: string): void }) {
  const { t } = useTranslation('reviewdesk');
  const at = queue.indexOf(current);
  if (queue.length < 2 || at < 0) return null;
  const left = queue.length - at - 1;
  // Bundles the class folder brought in while the mentor was here, not opened yet.
  const unseen = queue.filter((id) => id !== current && fresh.includes(id)).length;
  return (
    <span className="review-queue" role="navigation" aria-label={t('queue.label')} data-testid="review-queue">
      <button type="button" disabled={at === 0} onClick={() => onGoTo(queue[at - 1])} data-testid="queue-previous">
        {t('queue.previous')}
      </button>
      <span data-testid="queue-position">{t('queue.position', { at: at + 1, total: queue.length })}</span>
      <button type="button" disabled={left === 0} onClick={() => onGoTo(queue[at + 1])} data-testid="queue-next">
        {t('queue.next', { count: left })}
      </button>
      {unseen > 0 && (
        <span className="badge badge-new" data-testid="queue-new">
          {t('queue.new', { count: unseen })}
        </span>
      )}
    </span>
  );
}
