/** The library's mentor corner: open a trainee's .naskahreview bundle, or resume a review in progress. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../i18n/index.ts';
import type { SessionSummary } from '../../shared/api/review.ts';
import { invoke } from '../api.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { fileToBase64 } from '../ui/file-base64.ts';
import './review.css';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { MentorKey } from './MentorKey.tsx';

export function ReviewSessions({ onOpen }: { onOpen(sessionId: string, resumed: boolean): void }) {
  const { t, i18n } = useTranslation('review');
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => invoke('review.listSessions', {}).then(setSessions, setError), []);
  useEffect(() => void refresh(), [refresh]);

  const open = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      const { session, resumed } = await invoke('review.openBundle', { content: await fileToBase64(file), fileName: file.name });
      onOpen(session.id, resumed);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const date = (iso: string) => new Date(iso).toLocaleString(uiLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const verdict = (s: SessionSummary) => (s.approved === true ? t('ui.approved') : s.approved === false ? t('mentor.notApproved') : null);

  return (
    <section className="library review-sessions" aria-labelledby="review-sessions-title">
      <div className="library-head">
        <h2 id="review-sessions-title">{t('mentor.sessions')}</h2>
        <FilePickButton accept=".naskahreview,application/zip" disabled={busy} testId="open-bundle-file" buttonTestId="open-bundle" onFiles={([f]) => void open(f)}>
          {t('mentor.openBundle')}
        </FilePickButton>
      </div>
      <p className="muted">
        <MentorKey create={false} onError={setError} />
      </p>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {sessions && sessions.length === 0 && <p className="empty">{t('mentor.noSessions')}</p>}
      <ul className="script-list">
        {sessions?.map((s) => (
          <li key={s.id} className="script-item" data-testid="review-session">
            <button type="button" className="script-open" onClick={() => onOpen(s.id, false)}>
              <span className="script-title">
                {s.scriptTitle}
                {verdict(s) && <span className={`badge badge-${s.approved ? 'approved' : 'notApproved'}`}>{verdict(s)}</span>}
              </span>
              <span className="script-meta">
                {t('ui.sessionMeta', { trainee: s.traineeName || '—', count: s.commentCount, date: date(s.updatedAt) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
