/** The class view's line about the class folder: what it watches, what came in, what it refused and why. */
import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/index.ts';
import { RefusedFiles } from '../ui/RefusedFiles.tsx';
import { useClassFolderPoll } from './use-class-folder-poll.ts';

export function ClassFolderStatus({ onAdded }: { onAdded(): void }) {
  const { t } = useTranslation('classfolder');
  const { last, picked, error } = useClassFolderPoll(onAdded);
  if (!last && !error) return null;
  return (
    <div className="class-folder-status" role="status" data-testid="class-folder-status" data-picked={picked}>
      {last && <p>{t('watching', { path: last.path })}</p>}
      {picked > 0 && <p>{t('picked', { count: picked })}</p>}
      {last && last.waiting > 0 && <p className="muted">{t('waiting', { count: last.waiting })}</p>}
      {error ? <p className="error" data-testid="class-folder-error">{translateError(error)}</p> : null}
      {last && <RefusedFiles open refused={last.refused} summary={t('refusedTitle', { count: last.refused.length })} testId="class-folder-refused" />}
    </div>
  );
}
