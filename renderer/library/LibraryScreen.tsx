/**
 * The script library: list, create, rename, duplicate, import; delete moves a script to the Trash
 * in one click (the undo notice, UndoDeleteNotice, stays until dismissed), and the Trash view
 * restores or deletes for good.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { counted, uiLocale } from '../i18n/index.ts';
import type { ScriptSummary } from '../../shared/api/library.ts';
import { TRASH_DAYS, type TrashItem } from '../../shared/api/trash.ts';
import { AppError } from '../../shared/errors.ts';
import { decodeScriptBytes } from '../../shared/screenplay/decode-text.ts';
import { isPdfFileName } from '../../shared/screenplay/formats.ts';
import { invoke } from '../api.ts';
import { fileToBase64 } from '../ui/file-base64.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { commands } from '../commands/registry.ts';
import { libraryState, useLibraryState } from './library-state.ts';
import { TrashView } from './TrashView.tsx';

async function fileText(file: File): Promise<string> {
  const text = decodeScriptBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!text.ok) throw new AppError(text.error.code, text.error.params);
  return text.value;
}

export function LibraryScreen({ onOpen }: { onOpen(id: string): void }) {
  const { t, i18n } = useTranslation('library');
  const { t: tt } = useTranslation('trash');
  const [scripts, setScripts] = useState<ScriptSummary[] | null>(null);
  const [trash, setTrash] = useState<TrashItem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const { view, version } = useLibraryState();

  const refresh = useCallback(async () => {
    try {
      const [list, deleted] = await Promise.all([invoke('library.list', {}), invoke('library.trash', {})]);
      setScripts(list);
      setTrash(deleted);
    } catch (err) {
      setError(err);
    }
  }, []);
  // Reloads on switching views, and when something outside the screen changed the library (an undo from the notice).
  useEffect(() => void refresh(), [refresh, version, view]);

  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    }
    await refresh();
  };

  // The shell's New command opens the new-script dialog (title and template), the same as Ctrl+N.
  const create = () => commands.run('file.new');

  const importFile = async (file: File) => {
    setError(null);
    try {
      // A screenplay PDF travels as base64; the text formats as text, decoded as the CLI decodes
      // them (UTF-16 from Windows Notepad, an FDX's declared encoding; other text must be UTF-8).
      const content = isPdfFileName(file.name) ? await fileToBase64(file) : await fileText(file);
      const s = await invoke('library.import', { fileName: file.name, content });
      await refresh();
      onOpen(s.id);
    } catch (err) {
      setError(err);
    }
  };

  const shown = view === 'scripts' ? scripts : null;
  const date = (iso: string) => new Date(iso).toLocaleString(uiLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">{view === 'trash' ? tt('title') : t('title')}</h1>
        <div className="row">
          <button type="button" className="primary" data-testid="new-script" onClick={create}>
            {t('new')}
          </button>
          <FilePickButton accept=".fountain,.spmd,.txt,.fdx,.json,.pdf" testId="import-file" buttonTestId="import-script" onFiles={([f]) => void importFile(f)}>
            {t('import')}
          </FilePickButton>
        </div>
      </div>
      <div className="library-views" role="group" aria-label={t('title')}>
        <button type="button" aria-pressed={view === 'scripts'} onClick={() => libraryState.show('scripts')} data-testid="show-scripts">
          {tt('scripts')}
        </button>
        <button type="button" aria-pressed={view === 'trash'} onClick={() => libraryState.show('trash')} data-testid="show-trash">
          {trash.length > 0 ? tt('tabCount', { count: trash.length }) : tt('tab')}
        </button>
      </div>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {view === 'trash' && <TrashView items={trash} date={date} act={act} />}
      {shown && shown.length === 0 && <p className="empty">{t('empty')}</p>}
      <ul className="script-list" hidden={!shown}>
        {shown?.map((s) => (
          <li key={s.id} className="script-item" data-testid="script-item">
            {renaming === s.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  const title = new FormData(e.currentTarget).get('title') as string;
                  setRenaming(null);
                  void act(() => invoke('library.rename', { id: s.id, title }));
                }}
              >
                <input name="title" defaultValue={s.title} autoFocus aria-label={t('newTitle')} onBlur={() => setRenaming(null)} />
              </form>
            ) : (
              <button type="button" className="script-open" onClick={() => onOpen(s.id)}>
                <span className="script-title">{s.title}</span>
                <span className="script-meta">
                  {t('meta', { scenes: counted('scenes', s.sceneCount), words: counted('words', s.wordCount), date: date(s.updatedAt) })}
                </span>
              </button>
            )}
            <div className="script-actions">
              <button type="button" onClick={() => setRenaming(s.id)} aria-label={t('renameNamed', { title: s.title })}>
                {t('rename')}
              </button>
              <button type="button" onClick={() => act(() => invoke('library.duplicate', { id: s.id, title: t('copyOf', { title: s.title }) }))} aria-label={t('duplicateNamed', { title: s.title })}>
                {t('duplicate')}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={t('deleteNamed', { title: s.title })}
                title={tt('deletedTitle', { days: counted('days', TRASH_DAYS) })}
                onClick={() =>
                  // One click: the script only moves to the Trash, and the notice offers Undo.
                  act(async () => {
                    await invoke('library.delete', { id: s.id });
                    libraryState.deleted(s);
                  })
                }
              >
                {t('delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
