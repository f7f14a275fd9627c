/**
 * Says in plain words, once per start, that the library was found damaged and what was done:
 * which backup was restored and where the damaged file was kept.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';

export function RecoveryNotice() {
  const { t } = useTranslation('app');
  const [recovery, setRecovery] = useState<{ damaged: string; restored: string | null } | null>(null);
  useEffect(() => {
    invoke('app.info', {}).then((info) => setRecovery(info.recovery), () => setRecovery(null));
  }, []);
  if (!recovery) return null;
  return (
    <div className="error-banner notice" role="alert" data-testid="recovery-notice">
      <span>{recovery.restored ? t('recovered', { damaged: recovery.damaged, backup: recovery.restored }) : t('recoveredEmpty', { damaged: recovery.damaged })}</span>
      <button type="button" onClick={() => setRecovery(null)} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
