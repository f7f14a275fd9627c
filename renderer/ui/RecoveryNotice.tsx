/**
 * Says in plain words that the library was found damaged, empty (0 bytes) or missing at start-up
 * and what was done: which backup was restored and where the damaged file was kept. It stays, on
 * every start, until dismissed; where a backup was restored it offers "start empty instead", which
 * sets the restored library aside (never deletes it) and leaves the damaged file and the backups
 * as they are.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../i18n/index.ts';
import type { RecoveryInfo } from '../../shared/api/recovery.ts';
import { invoke } from '../api.ts';
import { libraryState } from '../library/library-state.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import './recovery-notice.css';

export function RecoveryNotice({ onLibraryReplaced }: { onLibraryReplaced?(): void }) {
  const { t, i18n } = useTranslation('recovery');
  const [recovery, setRecovery] = useState<RecoveryInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [setAside, setSetAside] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    invoke('app.info', {}).then((info) => setRecovery(info.recovery), () => setRecovery(null));
  }, []);

  const dismiss = async () => {
    setRecovery(null);
    setSetAside(null);
    try {
      await invoke('recovery.dismiss', {});
    } catch (err) {
      setError(err);
    }
  };

  const startEmpty = async () => {
    setConfirming(false);
    setError(null);
    try {
      const done = await invoke('recovery.startEmpty', {});
      setRecovery(null);
      setSetAside(done.setAside);
      libraryState.forget();
      libraryState.changed();
      onLibraryReplaced?.();
    } catch (err) {
      setError(err);
    }
  };

  if (setAside) {
    return (
      <div className="error-banner notice" role="status" data-testid="recovery-notice" data-state="started-empty">
        <span>
          {t('startedEmpty')} <code>{setAside}</code>
        </span>
        <button type="button" onClick={() => setSetAside(null)} aria-label={t('dismiss')}>
          ×
        </button>
      </div>
    );
  }
  if (!recovery) return error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null;
  const date = recovery.restoredAt ? new Date(recovery.restoredAt).toLocaleString(uiLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }) : '';
  return (
    <div className="error-banner notice recovery-notice" role="alert" data-testid="recovery-notice" data-cause={recovery.cause} data-restored={recovery.restored ? 'true' : 'false'}>
      <div>
        <p>{t(`${recovery.restored ? 'restored' : 'none'}.${recovery.cause}`, { date })}</p>
        {recovery.restored && (
          <p>
            {t('backupUsed')} <code>{recovery.restored}</code>
          </p>
        )}
        {recovery.damaged && (
          <p>
            {t('keptDamaged')} <code>{recovery.damaged}</code>
          </p>
        )}
        {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
        {recovery.restored && (
          <button type="button" onClick={() => setConfirming(true)} data-testid="start-empty">
            {t('startEmpty')}
          </button>
        )}
      </div>
      <button type="button" onClick={() => void dismiss()} aria-label={t('dismiss')} data-testid="recovery-dismiss">
        ×
      </button>
      {confirming && (
        <ConfirmDialog
          testId="confirm-start-empty"
          title={t('confirmTitle')}
          confirmLabel={t('confirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => void startEmpty()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('confirmBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
