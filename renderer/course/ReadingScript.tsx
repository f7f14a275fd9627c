/**
 * A lesson's reading script — a professional screenplay from the pack — in the page view, read-only:
 * the same editor and layout as the trainee's own drafts, so pages look as they print, but nothing
 * can be typed and nothing is saved (the script belongs to the course, not to the library).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../shared/api.ts';
import { invoke } from '../api.ts';
import { ScriptEditor } from '../editor/ScriptEditor.tsx';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';

export function ReadingScript({ packId, lessonId, onClose }: { packId: string; lessonId: string; onClose(): void }) {
  const { t } = useTranslation('media');
  const [data, setData] = useState<{ script: Output<'media.readingScript'>; settings: Output<'settings.get'> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    Promise.all([invoke('media.readingScript', { packId, lessonId }), invoke('settings.get', {})]).then(([script, settings]) => setData({ script, settings }), setError);
  }, [packId, lessonId]);
  return (
    <section className="reading-script" data-testid="reading-script" aria-label={t('readingScript')}>
      <div className="reading-script-head">
        <strong>{data?.script.fileName ?? t('readingScript')}</strong>
        <span className="muted">{t('readOnly')}</span>
        <button type="button" onClick={onClose} data-testid="close-reading-script">
          {t('closeScript')}
        </button>
      </div>
      {error ? <ErrorBanner error={error} onClose={onClose} /> : null}
      {data ? (
        <ScriptEditor screenplay={data.script.screenplay} readOnly settings={{ afterDialogue: data.settings.afterDialogue, paper: data.settings.paper }} />
      ) : (
        !error && <p className="muted">{t('loading')}</p>
      )}
    </section>
  );
}
