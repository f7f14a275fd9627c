/**
 * The mentor corner's line about the class folder: the mentor's choice to pick up bundles from it
 * (off by default: a trainee's app shares the folder and must not open the class's bundles), what
 * it watches, how many new bundles came in, and the files it refused, each with its reason.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { translateError } from '../i18n/index.ts';
import { RefusedFiles } from '../ui/RefusedFiles.tsx';
import type { MentorQueue } from './use-mentor-queue.ts';

export function BundleFolderWatch({ mentor, onReviewNew }: { mentor: MentorQueue; onReviewNew(): void }) {
  const { t } = useTranslation('reviewdesk');
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    invoke('classFolder.get', {}).then(
      (r) => setFolder(r.path),
      () => setFolder(null),
    );
  }, []);
  if (folder === null || mentor.watching === null) return null;
  const { last, error } = mentor.watch;
  return (
    <div className="bundle-folder" role="status" data-testid="bundle-folder" data-new={mentor.fresh.length}>
      <label>
        <input type="checkbox" checked={mentor.watching} onChange={(e) => void mentor.setWatching(e.target.checked)} data-testid="watch-bundles" />{' '}
        {t('folder.watch', { path: folder })}
      </label>
      {mentor.fresh.length > 0 && (
        <p>
          <strong data-testid="bundles-new">{t('folder.new', { count: mentor.fresh.length })}</strong>{' '}
          <button type="button" className="primary" onClick={onReviewNew} data-testid="review-new">
            {t('folder.reviewNew')}
          </button>
        </p>
      )}
      {last && last.waiting > 0 && <p className="muted">{t('folder.waiting', { count: last.waiting })}</p>}
      {error ? <p className="error" data-testid="bundle-folder-error">{translateError(error)}</p> : null}
      {last && <RefusedFiles open refused={last.refused} summary={t('folder.refused', { count: last.refused.length })} testId="bundle-folder-refused" />}
    </div>
  );
}
