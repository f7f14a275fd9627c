/**
 * A mentor's review session: the trainee's draft read-only in the same page view, the comments
 * margin beside it, the rubric and verdict in a side panel, and "Export feedback" to send back.
 * Everything is saved as it is made, so leaving and coming back resumes the review. With a class
 * folder set, the feedback can also be put there, where the trainee's app picks it up.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionComment, SessionDetail } from '../../shared/api/review.ts';
import type { Settings } from '../../shared/api/settings.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { invoke } from '../api.ts';
import { ScriptEditor } from '../editor/ScriptEditor.tsx';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { download } from '../ui/download.ts';
import { localized } from './localized.ts';
import { MentorMargin } from './MentorMargin.tsx';
import { QueueNav } from './QueueNav.tsx';
import { RubricPanel } from './RubricPanel.tsx';
import './review.css';

export function MentorScreen({
  sessionId,
  resumed,
  settings,
  queue = [],
  fresh = [],
  onGoTo,
  onClose,
}: {
  sessionId: string;
  resumed: boolean;
  settings: Settings;
  /** Sessions opened together, in order; this one among them. */
  queue?: readonly string[];
  /** Sessions the class folder brought in that the mentor has not opened yet. */
  fresh?: readonly string[];
  onGoTo?(sessionId: string): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation('review');
  const td = useTranslation('reviewdesk').t;
  const [detail, setDetail] = useState<SessionDetail | null>(null);
  // The frozen draft is set once: the editor mounts on it and never needs it again.
  const [screenplay, setScreenplay] = useState<Screenplay | null>(null);
  const [comments, setComments] = useState<SessionComment[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(resumed ? t('mentor.resumed') : null);
  // Open from the start where the window has room for page, margin and panel side by side.
  const [showRubric, setShowRubric] = useState(() => window.innerWidth >= 1680);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // With a class folder set, feedback can go back through it as well as by download.
  const [classFolder, setClassFolder] = useState<string | null>(null);
  useEffect(() => {
    invoke('classFolder.get', {}).then(
      (r) => setClassFolder(r.path),
      () => setClassFolder(null),
    );
  }, []);

  useEffect(() => {
    invoke('review.getSession', { sessionId }).then(
      (d) => {
        setDetail(d);
        setScreenplay(d.screenplay);
        setComments(d.comments);
      },
      setError,
    );
  }, [sessionId]);

  const attempt = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    }
  };

  const setReviewerName = (name: string) =>
    void attempt(async () => {
      await invoke('review.setIdentity', { reviewerName: name });
      const review = await invoke('review.setRubric', { sessionId, reviewerName: name });
      setDetail((d) => (d ? { ...d, review } : d));
    });

  const meta = detail?.meta;
  return (
    <section className="script-screen review-screen" data-testid="review-screen">
      <div className="script-bar">
        <button type="button" onClick={onClose}>
          ← {t('ui.backToLibrary')}
        </button>
        {meta && (
          <span className="review-title">
            <strong data-testid="review-title">{meta.scriptTitle}</strong>
            {meta.traineeName && <span className="muted"> · {t('ui.byTrainee', { name: meta.traineeName })}</span>}
            {meta.exercise && <span className="muted"> · {localized(meta.exercise.exerciseTitle, i18n.language)}</span>}
          </span>
        )}
        <span className="badge badge-readonly" title={t('mentor.readOnly')}>
          {t('ui.readOnlyBadge')}
        </span>
        {onGoTo && <QueueNav queue={queue} current={sessionId} fresh={fresh} onGoTo={onGoTo} />}
        <span className="spacer" />
        <button type="button" onClick={() => setShowRubric(!showRubric)} aria-expanded={showRubric} data-testid="toggle-rubric">
          {t('ui.verdictTitle')}
        </button>
        <button
          type="button"
          onClick={() => void attempt(async () => download(await invoke('review.exportPdfWithNotes', { sessionId, paper: settings.paper })))}
          data-testid="print-notes"
        >
          {t('trainee.printWithNotes')}
        </button>
        <button type="button" className="primary" onClick={() => void attempt(async () => download(await invoke('review.exportFeedback', { sessionId })))} data-testid="export-feedback">
          {t('mentor.exportFeedback')}
        </button>
        {classFolder !== null && (
          <button
            type="button"
            className="primary"
            data-testid="publish-feedback"
            onClick={() =>
              void attempt(async () => {
                const { fileName } = await invoke('classFolder.publishFeedback', { sessionId });
                setNotice(td('folder.feedbackSent', { file: fileName }));
              })
            }
          >
            {td('folder.sendFeedback')}
          </button>
        )}
        {confirmDelete && classFolder !== null && (
          <p className="muted" data-testid="delete-session-folder-note">
            {td('folder.deletedStays')}
          </p>
        )}
        {confirmDelete ? (
          <button
            type="button"
            className="danger"
            data-testid="delete-session-confirm"
            onClick={() =>
              void attempt(async () => {
                await invoke('review.deleteSession', { sessionId });
                onClose();
              })
            }
          >
            {t('ui.confirmDeleteSession')}
          </button>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)} data-testid="delete-session">
            {t('mentor.deleteSession')}
          </button>
        )}
      </div>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {notice && (
        <div className="review-notice" role="status" data-testid="review-notice">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)} aria-label={t('ui.dismiss')}>
            ×
          </button>
        </div>
      )}
      {meta?.checks && meta.checks.length > 0 && (
        <ul className="review-checks" aria-label={t('ui.checks')}>
          {meta.checks.map((c) => (
            <li key={c.id} className={c.passed ? 'passed' : 'failed'}>
              {c.passed ? '✓' : '✗'} {localized(c.message, i18n.language)}
            </li>
          ))}
        </ul>
      )}
      <div className="script-work">
        {detail && screenplay && (
          <ScriptEditor
            screenplay={screenplay}
            readOnly
            settings={{ afterDialogue: settings.afterDialogue, paper: settings.paper }}
            aside={
              <MentorMargin
                sessionId={sessionId}
                screenplay={screenplay}
                comments={comments}
                onComments={setComments}
                reviewerName={detail.review.reviewerName}
                onReviewerName={setReviewerName}
                onError={setError}
                responses={meta?.responses}
              />
            }
          />
        )}
        {detail && showRubric && (
          <RubricPanel
            sessionId={sessionId}
            rubric={detail.rubric}
            state={detail.review}
            onState={(review) => setDetail((d) => (d ? { ...d, review } : d))}
            onError={setError}
            onClose={() => setShowRubric(false)}
          />
        )}
      </div>
    </section>
  );
}
