/**
 * "“X” was moved to the Trash — Undo": shown on every screen until the writer dismisses it, undoes
 * the delete, or the script leaves the Trash another way. Deleting asks nothing more because the
 * Trash keeps the script TRASH_DAYS and this notice undoes it in one click.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { libraryState, useLibraryState } from './library-state.ts';

export function UndoDeleteNotice({ onOpenLibrary }: { onOpenLibrary(): void }) {
  const { t } = useTranslation('trash');
  const { deleted } = useLibraryState();
  const [error, setError] = useState<unknown>(null);
  if (!deleted) return null;

  const undo = async () => {
    setError(null);
    try {
      await invoke('library.restore', { id: deleted.id });
      libraryState.forget(deleted.id);
      libraryState.changed();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="toast undo-notice" role="status" data-testid="undo-notice">
      <span>{t('moved', { title: deleted.title })}</span>
      <span className="spacer" />
      <button type="button" data-testid="undo-delete" onClick={() => void undo()}>
        {t('undo')}
      </button>
      <button
        type="button"
        data-testid="undo-open-trash"
        onClick={() => {
          libraryState.show('trash');
          onOpenLibrary();
        }}
      >
        {t('openTrash')}
      </button>
      <button type="button" data-testid="undo-dismiss" onClick={() => libraryState.forget()} aria-label={t('dismiss')}>
        ×
      </button>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
    </div>
  );
}
