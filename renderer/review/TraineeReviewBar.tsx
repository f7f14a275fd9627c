/**
 * The script bar's review controls: "Send for review" (asks for the name the mentor will see; with
 * a class folder set, puts the bundle there unless unticked) and "Import feedback".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraineeReview } from './use-trainee-review.ts';
import './review.css';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { useCommandArea } from '../commands/use-commands.ts';

export function TraineeReviewBar({ review }: { review: TraineeReview }) {
  const { t } = useTranslation('review');
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // With a class folder set, the bundle goes there unless the trainee wants the file itself.
  const [toFolder, setToFolder] = useState(true);
  const td = useTranslation('reviewdesk').t;
  useCommandArea('review', { 'file.sendForReview': () => setAsking(true) });

  const send = async () => {
    setBusy(true);
    const ok = await review.sendForReview(name ?? review.traineeName, review.classFolder !== null && toFolder);
    setBusy(false);
    if (ok) setAsking(false);
  };

  return (
    <span className="review-bar">
      <button type="button" onClick={() => setAsking(!asking)} aria-expanded={asking} data-testid="send-review">
        {t('trainee.exportBundle')}
      </button>
      <FilePickButton accept=".naskahfeedback,application/json" testId="import-feedback-file" buttonTestId="import-feedback" onFiles={([f]) => void review.importFeedback(f)}>
        {t('trainee.importFeedback')}
      </FilePickButton>
      {asking && (
        <form
          className="review-popover"
          aria-label={t('ui.sendTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
          onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
        >
          <p className="muted">{t('ui.sendExplain')}</p>
          <label>
            {t('identity.traineeName')}
            <input value={name ?? review.traineeName} onChange={(e) => setName(e.target.value)} autoFocus data-testid="trainee-name" maxLength={200} />
          </label>
          {review.classFolder !== null && (
            <label className="check">
              <input type="checkbox" checked={toFolder} onChange={(e) => setToFolder(e.target.checked)} data-testid="send-to-class-folder" /> {td('send.toFolder')}
            </label>
          )}
          <div className="row">
            <button type="submit" className="primary" disabled={busy} data-testid="send-review-confirm">
              {t('ui.sendConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('ui.cancel')}
            </button>
          </div>
        </form>
      )}
      {review.message && (
        <span className="review-toast" role="status" data-testid="review-message">
          <span className="lines">
            {review.message.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </span>
          <button type="button" onClick={review.dismissMessage} aria-label={t('ui.dismiss')}>
            ×
          </button>
        </span>
      )}
    </span>
  );
}
