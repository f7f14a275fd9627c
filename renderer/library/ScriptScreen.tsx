/** One open script: mounts the editor on the draft useDraftAutosave loads and saves; exports, snapshots, reports. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DailyGoal } from '../focus/DailyGoal.tsx';
import type { ExportFormat } from '../../shared/api/library.ts';
import type { Settings } from '../../shared/api/settings.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { invoke } from '../api.ts';
import { SaveStateBadge } from '../autosave/SaveStateBadge.tsx';
import { useDraftAutosave } from '../autosave/use-draft-autosave.ts';
import { ScriptEditor } from '../editor/ScriptEditor.tsx';
import type { Figures } from '../editor/use-layout.ts';
import { ErrorBanner } from '../ui/ErrorBanner.tsx';
import { download } from '../ui/download.ts';
import { SnapshotsPanel } from './SnapshotsPanel.tsx';
import { PdfExportOptions, type PdfChoices } from './PdfExportOptions.tsx';
import { automaticContdFor } from '../../shared/screenplay/layout/print-profile.ts';
import { ReportsView } from '../reports/ReportsView.tsx';
import { EditSignal, Signal } from '../course/edit-signal.ts';
import { ExerciseChecks } from '../course/ExerciseChecks.tsx';
import { TraineeMargin } from '../review/TraineeMargin.tsx';
import { TraineeReviewBar } from '../review/TraineeReviewBar.tsx';
import { useTraineeReview } from '../review/use-trainee-review.ts';
import { titleOf } from '../../shared/screenplay/rules/title.ts';
import { useScriptCommands } from './use-script-commands.ts';

export function ScriptScreen({ id, settings, onClose }: { id: string; settings: Settings; onClose(): void }) {
  const { t } = useTranslation('library');
  const autosave = useDraftAutosave(id);
  const { draft, saveState, saveNow, recoverable } = autosave;
  const [error, setError] = useState<unknown>(null);
  const [showSnapshots, setShowSnapshots] = useState(false);
  const [showReports, setShowReports] = useState(false);
  const [askPdf, setAskPdf] = useState(false);

  const review = useTraineeReview({
    scriptId: id,
    paper: settings.paper,
    saveState,
    flush: saveNow,
    onError: setError,
  });

  // The library's name follows the title page's Title (after a pause, so not on every keystroke).
  const renameTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [liveTitle, setLiveTitle] = useState<string | null>(null);
  const renameSoon = useCallback(
    (title: string) => {
      setLiveTitle(title);
      if (renameTimer.current) clearTimeout(renameTimer.current);
      renameTimer.current = setTimeout(() => void invoke('library.rename', { id, title: title.slice(0, 200) }).catch(setError), 800);
    },
    [id],
  );

  // Stable props, so the memoised editor does not re-render when the save state changes.
  const editorSettings = useMemo(
    () => ({ afterDialogue: settings.afterDialogue, paper: settings.paper, automaticContd: settings.automaticContd }),
    [settings.afterDialogue, settings.paper, settings.automaticContd],
  );
  const edits = useMemo(() => new EditSignal(), []);
  const layouts = useMemo(() => new Signal<{ pages: number }>(), []);
  // The status bar's daily goal: one element while the goal stays, so the memoised editor keeps still.
  const opened = useRef<Screenplay | null>(null);
  opened.current ??= draft?.screenplay ?? null;
  const goal = settings.dailyWordsGoal;
  const dailyGoal = useMemo(
    () => <DailyGoal initial={() => opened.current ?? { version: 1, titlePage: [], elements: [] }} saved={autosave.saved} layouts={layouts} goal={goal} />,
    [autosave.saved, layouts, goal],
  );
  const onLayout = useCallback((f: Figures) => layouts.emit(f), [layouts]);
  const { edit } = autosave;
  const onEdit = useCallback(
    (read: () => Screenplay) => {
      edit(read);
      edits.emit(read);
    },
    [edit, edits],
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
    await autosave.flush();
    onClose();
  };
  useScriptCommands({
    id,
    paper: settings.paper,
    title: liveTitle ?? (draft ? (titleOf(draft.screenplay) ?? '') : null),
    saveState,
    snapshotsShown: showSnapshots,
    saveNow,
    exportAs: (format) => void exportAs(format),
    askPdf: () => setAskPdf(true),
    showReports: () => draft && setShowReports(true),
    toggleSnapshots: () => setShowSnapshots((shown) => !shown),
    close: () => void close(),
    onError: setError,
  });
  const shownError = error ?? autosave.error;
  const dismissError = () => (error ? setError(null) : autosave.dismissError());

  return (
    <section className="script-screen">
      <div className="script-bar">
        <button type="button" onClick={close}>
          ← {t('backToLibrary')}
        </button>
        <SaveStateBadge saveState={saveState} />
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
              automaticContd={automaticContdFor(draft?.screenplay.layout, { defaultAutomaticContd: settings.automaticContd })}
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
      {shownError ? <ErrorBanner error={shownError} onClose={dismissError} /> : null}
      {recoverable ? (
        <div className="error-banner notice" role="alert" data-testid="journal-recovery">
          <span>{t('journal.found', { at: new Date(recoverable.at).toLocaleString() })}</span>
          <button type="button" onClick={autosave.restoreJournal} data-testid="journal-restore">
            {t('journal.restore')}
          </button>
          <button type="button" onClick={autosave.discardJournal}>
            {t('journal.discard')}
          </button>
        </div>
      ) : null}
      <div className="script-work">
        {draft && (
          <ScriptEditor
            key={autosave.version}
            screenplay={draft.screenplay}
            onEdit={onEdit}
            settings={editorSettings}
            aside={review.comments.length > 0 || review.feedback.length > 0 ? <TraineeMargin review={review} /> : undefined}
            onTitleChange={renameSoon}
            onLayout={onLayout}
            status={dailyGoal}
          />
        )}
        {draft && (
          <ExerciseChecks scriptId={id} initial={draft.screenplay} signal={edits} saved={autosave.saved} layouts={layouts} paper={settings.paper} flush={saveNow} />
        )}
        {showSnapshots && draft && (
          <SnapshotsPanel
            scriptId={id}
            beforeSnapshot={saveNow}
            onRestored={autosave.replaceDraft}
            onError={setError}
          />
        )}
      </div>
    </section>
  );
}
