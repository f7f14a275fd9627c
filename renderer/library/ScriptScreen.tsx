/** One open script: loads the draft, mounts the editor, autosaves, exports, snapshots. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, ExportFormat } from '../../shared/api/library.ts';
import type { Settings } from '../../shared/api/settings.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { invoke } from '../api.ts';
import { Autosave, type SaveState } from '../autosave/autosave.ts';
import { ScriptEditor } from '../editor/ScriptEditor.tsx';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { download } from '../ui/download.ts';
import { SnapshotsPanel } from './SnapshotsPanel.tsx';

export function ScriptScreen({ id, settings, onClose }: { id: string; settings: Settings; onClose(): void }) {
  const { t } = useTranslation('library');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<unknown>(null);
  const [showSnapshots, setShowSnapshots] = useState(false);
  const [version, setVersion] = useState(0);
  const autosave = useRef<Autosave | null>(null);

  useEffect(() => {
    let alive = true;
    invoke('draft.load', { scriptId: id }).then(
      (d) => {
        if (!alive) return;
        autosave.current = new Autosave({
          revision: d.revision,
          save: (screenplay, baseRevision) => invoke('draft.save', { scriptId: id, screenplay, baseRevision }),
          onState: (s, err) => {
            setState(s);
            setError(err ?? null);
          },
        });
        setDraft(d);
      },
      (err) => setError(err),
    );
    const flush = () => void autosave.current?.flush();
    const onHide = () => document.visibilityState === 'hidden' && flush();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (autosave.current?.hasUnsaved) {
        flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      alive = false;
      flush();
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [id]);

  const onEdit = useMemo(() => (read: () => Screenplay) => autosave.current?.edit(read), []);

  const exportAs = async (format: ExportFormat) => {
    try {
      await autosave.current?.flush();
      download(await invoke('library.export', { id, format, paper: settings.paper }));
    } catch (err) {
      setError(err);
    }
  };

  const close = async () => {
    await autosave.current?.flush();
    onClose();
  };

  return (
    <section className="script-screen">
      <div className="script-bar">
        <button type="button" onClick={close}>
          ← {t('backToLibrary')}
        </button>
        <span className="save-state" data-testid="save-state" data-state={state} role="status">
          {t(`save.${state}`)}
        </span>
        <span className="spacer" />
        <label>
          {t('export')}{' '}
          <select
            value=""
            data-testid="export-format"
            onChange={(e) => {
              if (e.target.value) void exportAs(e.target.value as ExportFormat);
            }}
          >
            <option value="">…</option>
            <option value="pdf">PDF</option>
            <option value="fountain">Fountain</option>
            <option value="fdx">Final Draft (FDX)</option>
            <option value="json">JSON</option>
          </select>
        </label>
        <button type="button" onClick={() => setShowSnapshots(!showSnapshots)}>
          {t('snapshots')}
        </button>
      </div>
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      <div className="script-work">
        {draft && (
          <ScriptEditor
            key={version}
            screenplay={draft.screenplay}
            onEdit={onEdit}
            settings={{ afterDialogue: settings.afterDialogue, paper: settings.paper }}
          />
        )}
        {showSnapshots && draft && (
          <SnapshotsPanel
            scriptId={id}
            beforeSnapshot={() => autosave.current?.flush() ?? Promise.resolve()}
            onRestored={(d) => {
              autosave.current = new Autosave({
                revision: d.revision,
                save: (screenplay, baseRevision) => invoke('draft.save', { scriptId: id, screenplay, baseRevision }),
                onState: (s, err) => {
                  setState(s);
                  setError(err ?? null);
                },
              });
              setDraft(d);
              setVersion((v) => v + 1);
            }}
            onError={setError}
          />
        )}
      </div>
    </section>
  );
}
