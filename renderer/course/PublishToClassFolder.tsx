/** The trainee's button: write the current signed report into the class folder set in Settings. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';

export function PublishToClassFolder({ packId, trainee }: { packId: string; trainee: string }) {
  const { t } = useTranslation('classfolder');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const publish = async () => {
    setError(null);
    setDone(null);
    try {
      setDone((await invoke('classFolder.publish', { packId, trainee: trainee.trim() })).fileName);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <button type="button" disabled={!trainee.trim()} onClick={() => void publish()} data-testid="class-folder-publish">
        {t('publish')}
      </button>
      {done && (
        <p role="status" data-testid="class-folder-published">
          {t('published', { file: done })}
        </p>
      )}
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
    </>
  );
}
