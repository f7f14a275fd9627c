/**
 * Settings ▸ Class folder: a typed path (browser mode has no folder picker that yields a path), checked by
 * the back end to be an existing folder before it is kept.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';

export function ClassFolderField() {
  const { t } = useTranslation('classfolder');
  const [saved, setSaved] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    invoke('classFolder.get', {}).then(({ path }) => {
      setSaved(path);
      setDraft(path ?? '');
    }, setError);
  }, []);

  const save = async (path: string | null) => {
    setError(null);
    try {
      const next = (await invoke('classFolder.set', { path })).path;
      setSaved(next);
      setDraft(next ?? '');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <fieldset className="class-folder-field" data-testid="class-folder-field">
      <legend>{t('title')}</legend>
      <p className="hint">{t('hint')}</p>
      <label>
        {t('path')}
        <input value={draft} spellCheck={false} onChange={(e) => setDraft(e.target.value)} data-testid="class-folder-path" />
      </label>
      <button type="button" disabled={draft.trim() === '' || draft.trim() === saved} onClick={() => void save(draft)} data-testid="class-folder-save">
        {t('save')}
      </button>
      {saved !== null && (
        <button type="button" onClick={() => void save(null)}>
          {t('clear')}
        </button>
      )}
      <p role="status" data-testid="class-folder-saved">
        {saved === null ? t('none') : t('saved', { path: saved })}
      </p>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
    </fieldset>
  );
}
