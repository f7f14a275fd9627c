/**
 * The trainee's side of the class folder's way back: while the app is open with a class folder
 * set, it polls the folder for feedback on this installation's own scripts (the host skips
 * everyone else's), imports what is new, and says so — "Feedback from Bu Ratna arrived for
 * 'Pulang'" with a button to open the script — and lists feedback files it refused, with reasons.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackPoll } from '../../shared/api/class-folder.ts';
import { invoke } from '../api.ts';
import { RefusedFiles } from '../ui/RefusedFiles.tsx';
import { feedbackArrivals, type Arrival } from './feedback-arrivals.ts';
import { useFolderWatch } from './use-folder-watch.ts';

const pollFeedback = () => invoke('classFolder.pollFeedback', {});

export function FeedbackArrivals({ onOpenScript }: { onOpenScript(scriptId: string): void }) {
  const { t } = useTranslation('reviewdesk');
  const mentorWord = useTranslation('review').t('mentor.mentor');
  const [arrived, setArrived] = useState<Arrival[]>([]);
  const onResult = useCallback((r: FeedbackPoll) => {
    if (r.imported.length === 0) return;
    setArrived((list) => [...list.filter((a) => !r.imported.some((n) => n.scriptId === a.scriptId)), ...r.imported]);
    feedbackArrivals.emit(r.imported);
  }, []);
  const { last } = useFolderWatch(pollFeedback, onResult, true);
  const refused = last?.refused ?? [];
  if (arrived.length === 0 && refused.length === 0) return null;
  const dismiss = (a: Arrival) => setArrived((list) => list.filter((x) => x !== a));
  return (
    <div className="feedback-arrivals" role="status" aria-label={t('arrivals.label')} data-testid="feedback-arrivals">
      {arrived.map((a) => (
        <p key={a.scriptId} data-testid="feedback-arrived" data-script={a.scriptId} data-approved={a.approved === true ? 'true' : undefined}>
          <span>{t(a.approved === true ? 'arrivals.approved' : 'arrivals.arrived', { reviewer: a.reviewerName || mentorWord, title: a.scriptTitle })}</span>{' '}
          <button
            type="button"
            onClick={() => {
              dismiss(a);
              onOpenScript(a.scriptId);
            }}
            data-testid="feedback-arrived-open"
          >
            {t('arrivals.open')}
          </button>
          <button type="button" onClick={() => dismiss(a)} aria-label={t('arrivals.dismiss')}>
            ×
          </button>
        </p>
      ))}
      <RefusedFiles refused={refused} summary={t('arrivals.refused', { count: refused.length })} testId="feedback-folder-refused" />
    </div>
  );
}
