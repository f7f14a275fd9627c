/** One open script: loads the draft, mounts the editor, autosaves, exports, snapshots. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, ExportFormat } from '../../shared/api/library.ts';
import type { Settings } from '../../shared/api/settings.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { AppError } from '../../shared/errors.ts';
import { diffDrafts } from '../../shared/screenplay/draft-patch.ts';
import { invoke } from '../api.ts';
import { Autosave, type SaveState } from '../autosave/autosave.ts';
import { registerFlusher } from '../autosave/flush-on-close.ts';
import { clearJournal, journaled, recoverableJournal, writeJournal, type JournalEntry } from '../autosave/journal.ts';
import { ScriptEditor } from '../editor/ScriptEditor.tsx';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { download } from '../ui/download.ts';
import { SnapshotsPanel } from './SnapshotsPanel.tsx';
import { PdfExportOptions, type PdfChoices } from './PdfExportOptions.tsx';
import { ReportsView } from '../reports/ReportsView.tsx';
import { EditSignal } from '../course/edit-signal.ts';
import { ExerciseChecks } from '../course/ExerciseChecks.tsx';
import { TraineeMargin } from '../review/TraineeMargin.tsx';
import { TraineeReviewBar } from '../review/TraineeReviewBar.tsx';
import { useTraineeReview } from '../review/use-trainee-review.ts';

export function ScriptScreen({ id, settings, onClose }: { id: string; settings: Settings; onClose(): void }) {
  const { t } = useTranslation('library');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<unknown>(null);
  const [showSnapshots, setShowSnapshots] = useState(false);
  const [showReports, setShowReports] = useState(false);
  const [askPdf, setAskPdf] = useState(false);
  const [version, setVersion] = useState(0);
  const autosave = useRef<Autosave | null>(null);
  const draftRevision = useRef(0);
  /** Saves what is pending; throws when it cannot, so nothing goes on with an unsaved draft. */
  const saveNow = useCallback(async (): Promise<void> => {
    if ((await autosave.current?.flush()) === false) throw new AppError('library.unsaved_changes', {});
  }, []);
  const [recoverable, setRecoverable] = useState<JournalEntry | null>(null);

  // Every save is journaled locally first, so a save that never completes can be recovered.
  // After the first whole save, each autosave sends only what changed since the last one (a splice
  // of elements): a keystroke in a 400-page script saves one element, not the whole draft.
  const makeAutosave = (revision: number) => {
    let lastSaved: Screenplay | null = null;
    const whole = (screenplay: Screenplay, baseRevision: number) => invoke('draft.save', { scriptId: id, screenplay, baseRevision });
    const send = async (screenplay: Screenplay, baseRevision: number) => {
      const result = lastSaved
        ? await invoke('draft.patch', { scriptId: id, baseRevision, ...diffDrafts(lastSaved, screenplay) }).catch((err: unknown) => {
            // A patch that does not fit the stored draft is never forced: the whole draft is saved instead.
            if ((err as { code?: string }).code === 'library.bad_patch') return whole(screenplay, baseRevision);
            throw err;
          })
        : await whole(screenplay, baseRevision);
      lastSaved = screenplay;
      return result;
    };
    return new Autosave({
      revision,
      save: journaled(localStorage, id, send),
      onState: (s, err) => {
        setState(s);
        setError(err ?? null);
      },
    });
  };

  const restoreJournal = (entry: JournalEntry) => {
    setRecoverable(null);
    setDraft((d) => (d ? { ...d, screenplay: entry.screenplay } : d));
    setVersion((v) => v + 1);
    autosave.current?.edit(() => entry.screenplay);
  };

  useEffect(() => {
    let alive = true;
    invoke('draft.load', { scriptId: id }).then(
      (d) => {
        if (!alive) return;
        autosave.current = makeAutosave(d.revision);
        draftRevision.current = d.revision;
        setRecoverable(recoverableJournal(localStorage, id, d.screenplay));
        setDraft(d);
      },
      (err) => setError(err),
    );
    const flush = () => void autosave.current?.flush();
    const unregister = registerFlusher(saveNow);
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
      unregister();
      flush();
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', onHide);
    };
  // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per script: makeAutosave reads only `id`, and saveNow is stable
  }, [id]);

  const review = useTraineeReview({
    scriptId: id,
    paper: settings.paper,
    saveState: state,
    flush: saveNow,
    onError: setError,
  });

  // The library's name follows the title page's Title (after a pause, so not on every keystroke).
  const renameTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const renameSoon = useCallback(
    (title: string) => {
      if (renameTimer.current) clearTimeout(renameTimer.current);
      renameTimer.current = setTimeout(() => void invoke('library.rename', { id, title: title.slice(0, 200) }).catch(setError), 800);
    },
    [id],
  );

  // Stable props, so the memoised editor does not re-render when the save state changes.
  const editorSettings = useMemo(() => ({ afterDialogue: settings.afterDialogue, paper: settings.paper }), [settings.afterDialogue, settings.paper]);
  const edits = useMemo(() => new EditSignal(), []);
  // While saves are failing (disk full, back end gone) the newest edits are journaled too, at most
  // every 2 s, so they survive a crash before the retry succeeds.
  const journaledAt = useRef(0);
  const onEdit = useMemo(
    () => (read: () => Screenplay) => {
      autosave.current?.edit(read);
      edits.emit(read);
      if (autosave.current?.state === 'error' && Date.now() - journaledAt.current > 2000) {
        journaledAt.current = Date.now();
        writeJournal(localStorage, { scriptId: id, baseRevision: draftRevision.current, at: new Date().toISOString(), screenplay: read() });
      }
    },
    [edits, id],
  );

  const exportAs = async (format: ExportFormat, pdf?: PdfChoices) => {
    try {
      await saveNow();
      download(await invoke('library.export', { id, format, paper: settings.paper, ...pdf }));
    } catch (err) {
      setError(err);
    }
  };

  // Reports and sides read the saved draft, so they match `naskah stats` on the same script.
  const flushDraft = saveNow;
  const loadSaved = useCallback(async () => {
    await flushDraft();
    return (await invoke('draft.load', { scriptId: id })).screenplay;
  }, [id, flushDraft]);

  const close = async () => {
    // A failed save does not keep the trainee here: its edits are journaled and offered back.
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
        <button type="button" onClick={() => setShowReports(true)} data-testid="open-reports" disabled={!draft}>
          {t('reports')}
        </button>
        <span className="export-menu">
          <label>
            {t('export')}{' '}
            <select
              value=""
              data-testid="export-format"
              onChange={(e) => {
                // PDF asks for its options (title page, scene numbers) first; text formats export at once.
                if (e.target.value === 'pdf') setAskPdf(true);
                else if (e.target.value) void exportAs(e.target.value as ExportFormat);
              }}
            >
              <option value="">…</option>
              <option value="pdf">PDF</option>
              <option value="fountain">Fountain</option>
              <option value="fdx">Final Draft (FDX)</option>
              <option value="json">JSON</option>
            </select>
          </label>
          {askPdf && (
            <PdfExportOptions
              onCancel={() => setAskPdf(false)}
              onExport={(choices) => {
                setAskPdf(false);
                void exportAs('pdf', choices);
              }}
            />
          )}
        </span>
        <TraineeReviewBar review={review} />
        <button type="button" onClick={() => setShowSnapshots(!showSnapshots)}>
          {t('snapshots')}
        </button>
      </div>
      {showReports && draft && (
        <ReportsView scriptId={id} paper={settings.paper} load={loadSaved} flush={flushDraft} onError={setError} onClose={() => setShowReports(false)} />
      )}
      {error ? <ErrorBanner error={error} onClose={() => setError(null)} /> : null}
      {recoverable ? (
        <div className="error-banner notice" role="alert" data-testid="journal-recovery">
          <span>{t('journal.found', { at: new Date(recoverable.at).toLocaleString() })}</span>
          <button type="button" onClick={() => restoreJournal(recoverable)} data-testid="journal-restore">
            {t('journal.restore')}
          </button>
          <button
            type="button"
            onClick={() => {
              clearJournal(localStorage, id);
              setRecoverable(null);
            }}
          >
            {t('journal.discard')}
          </button>
        </div>
      ) : null}
      <div className="script-work">
        {draft && (
          <ScriptEditor
            key={version}
            screenplay={draft.screenplay}
            onEdit={onEdit}
            settings={editorSettings}
            aside={review.comments.length > 0 || review.feedback.length > 0 ? <TraineeMargin review={review} /> : undefined}
            onTitleChange={renameSoon}
          />
        )}
        {draft && (
          <ExerciseChecks scriptId={id} initial={draft.screenplay} signal={edits} paper={settings.paper} flush={saveNow} />
        )}
        {showSnapshots && draft && (
          <SnapshotsPanel
            scriptId={id}
            beforeSnapshot={saveNow}
            onRestored={(d) => {
              // The old instance must not keep retrying with a revision that no longer exists.
              autosave.current?.dispose();
              autosave.current = makeAutosave(d.revision);
              draftRevision.current = d.revision;
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
