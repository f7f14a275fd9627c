/**
 * The open script's commands (File ▸ Export, Print, Close; Script ▸ Reports, Snapshots) and what
 * the title bar shows of it: one hook ScriptScreen calls, so the screen keeps its layout only.
 */
import { useEffect } from 'react';
import type { ExportFormat } from '../../shared/api/library.ts';
import type { Paper } from '../../shared/screenplay/layout/profiles.ts';
import type { SaveState } from '../autosave/autosave.ts';
import type { Signal } from '../course/edit-signal.ts';
import { printScript } from '../commands/print.ts';
import { commands } from '../commands/registry.ts';
import { useAppState, useCommandArea } from '../commands/use-commands.ts';

export interface ScriptCommandOptions {
  id: string;
  paper: Paper;
  /** The script's title as the library names it (null until known). */
  title: string | null;
  /** The autosave's state (use-draft-autosave.ts): read as it changes, without re-rendering. */
  saveState: Signal<SaveState>;
  snapshotsShown: boolean;
  saveNow(): Promise<unknown>;
  exportAs(format: ExportFormat): void;
  askPdf(): void;
  showReports(): void;
  toggleSnapshots(): void;
  close(): void;
  onError(err: unknown): void;
}

export function useScriptCommands(o: ScriptCommandOptions): void {
  useCommandArea('script', {
    'file.exportPdf': () => o.askPdf(),
    'file.exportFountain': () => o.exportAs('fountain'),
    'file.exportFdx': () => o.exportAs('fdx'),
    'file.print': () => printScript(o.id, o.paper, o.saveNow).catch(o.onError),
    'file.close': () => o.close(),
    'script.reports': () => o.showReports(),
    'script.snapshots': () => o.toggleSnapshots(),
  });

  const { saveState, snapshotsShown } = o;
  // The title page's Title, else the library's name for it (a new script is "Untitled" there).
  const listed = useAppState().recent.find((r) => r.id === o.id)?.title;
  const title = o.title || listed || '';
  useEffect(() => {
    commands.setTitle({ script: title, saveState: saveState.latest ?? 'saved' });
    return saveState.subscribe((state) => commands.setTitle({ script: title, saveState: state }));
  }, [title, saveState]);
  useEffect(() => () => commands.setTitle({ script: null, saveState: 'saved' }), []);
  useEffect(() => {
    commands.setPanels('script', snapshotsShown ? ['snapshots'] : []);
    return () => commands.setPanels('script', []);
  }, [snapshotsShown]);
}
