/**
 * The mentor's key as the mentor sees it: its fingerprint (what the instructor compares when
 * listing it in course.json) and "Send key to instructor", which saves the public key file. The
 * mentor screen makes the key on first use; the library's mentor corner offers to make it earlier,
 * so the key can reach the instructor before the first bundle does.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyInfoOut } from '../../shared/api/trust.ts';
import { invoke } from '../api.ts';
import { download } from '../ui/download.ts';

export function MentorKey({ create, onError }: { create: boolean; onError(err: unknown): void }) {
  const { t } = useTranslation('trust');
  const [key, setKey] = useState<KeyInfoOut | null | undefined>(undefined);
  useEffect(() => {
    invoke('trust.mentorKey', { create }).then(setKey, onError);
  }, [create, onError]);
  if (key === undefined) return null;
  if (key === null) {
    return (
      <button type="button" onClick={() => void invoke('trust.mentorKey', { create: true }).then(setKey, onError)} data-testid="make-mentor-key" title={t('mentorKey.help')}>
        {t('mentorKey.make')}
      </button>
    );
  }
  return (
    <span className="mentor-key" data-testid="mentor-key" data-fingerprint={key.fingerprint} title={t('mentorKey.help')}>
      {t('mentorKey.label', { fingerprint: key.fingerprint })}
      {key.demo ? <span className="badge">{t('mentorKey.demo')}</span> : null}{' '}
      <button type="button" onClick={() => void invoke('trust.exportMentorKey', {}).then(download, onError)} data-testid="export-mentor-key">
        {t('mentorKey.export')}
      </button>
    </span>
  );
}
