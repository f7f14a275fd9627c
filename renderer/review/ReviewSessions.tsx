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
import { BundleFolderWatch } from './BundleFolderWatch.tsx';
import type { MentorQueue } from './use-mentor-queue.ts';

/**
 * Opens one bundle, or several as a queue: the mentor works through them in the order picked. With
 * the class folder watched, bundles arrive on their own: marked new, reviewed as a queue.
 */
export function ReviewSessions({ onOpen, mentor }: { onOpen(sessionId: string, resumed: boolean, queue: string[]): void; mentor?: MentorQueue }) {
  const { t, i18n } = useTranslation('review');
  const td = useTranslation('reviewdesk').t;
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** Files of a multi-file pick that could not be opened, each with its reason; the rest still open. */
  const [refused, setRefused] = useState<{ file: string; error: unknown }[]>([]);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => invoke('review.listSessions', {}).then(setSessions, setError), []);
  const arrivals = mentor?.arrivals ?? 0;
  // Read the list again whenever the folder brought new sessions.
  useEffect(() => void refresh(), [refresh, arrivals]);

  const open = async (files: File[]) => {
    setError(null);
    setRefused([]);
    setBusy(true);
    const opened: { id: string; resumed: boolean }[] = [];
    const failed: { file: string; error: unknown }[] = [];
    for (const file of files) {
      try {
        const { session, resumed } = await invoke('review.openBundle', { content: await fileToBase64(file), fileName: file.name });
        if (!opened.some((o) => o.id === session.id)) opened.push({ id: session.id, resumed });
      } catch (err) {
        failed.push({ file: file.name, error: err });
      }
    }
    setBusy(false);
    if (files.length === 1 && failed.length === 1) setError(failed[0].error);
    else setRefused(failed);
    // With a file refused, stay here so the mentor reads why; the opened ones wait in the list.
    if (opened.length > 0 && failed.length === 0) onOpen(opened[0].id, opened[0].resumed, opened.map((o) => o.id));
    else if (opened.length > 0) void refresh();
  };

  const date = (iso: string) => new Date(iso).toLocaleString(uiLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const verdict = (s: SessionSummary) => (s.approved === true ? t('ui.approved') : s.approved === false ? t('mentor.notApproved') : null);

  return (
    <section className="library review-sessions" aria-labelledby="review-sessions-title">
      <div className="library-head">
        <h2 id="review-sessions-title">{t('mentor.sessions')}</h2>
        <FilePickButton accept=".naskahreview,application/zip" disabled={busy} testId="open-bundle-file" buttonTestId="open-bundle" multiple onFiles={(files) => void open([...files])}>
          {t('mentor.openBundle')}
        </FilePickButton>
      </div>
      <p className="muted">
        <MentorKey create={false} onError={setError} />
      </p>
      {mentor && <BundleFolderWatch mentor={mentor} onReviewNew={() => onOpen(mentor.fresh[0], false, [...mentor.fresh])} />}
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {refused.length > 0 && (
        <div data-testid="bundles-refused">
          <p>{td('queue.refused', { count: refused.length })}</p>
          {refused.map((r) => (
            <div key={r.file}>
              <strong>{r.file}</strong>
              <ErrorBanner error={r.error} onClose={() => setRefused((list) => list.filter((x) => x !== r))} />
            </div>
          ))}
        </div>
      )}
      {sessions && sessions.length === 0 && <p className="empty">{t('mentor.noSessions')}</p>}
      <ul className="script-list">
        {sessions?.map((s) => (
          <li key={s.id} className="script-item" data-testid="review-session" data-session={s.id} data-new={mentor?.fresh.includes(s.id) ? 'true' : undefined}>
            <button type="button" className="script-open" onClick={() => onOpen(s.id, false, [s.id])}>
              <span className="script-title">
                {s.scriptTitle}
                {mentor?.fresh.includes(s.id) && <span className="badge badge-new">{td('folder.newBadge')}</span>}
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
