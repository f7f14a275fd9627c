/**
 * The window's title from the open script and its save state, as each platform shows a document:
 * macOS keeps the title plain and marks unsaved work with the close button's dot
 * (setDocumentEdited); Windows and Linux put a "•" in front of the title instead.
 */
import type { Platform } from './accelerator.ts';
import type { HostState } from './app-state.ts';

export interface WindowTitle {
  title: string;
  /** macOS "edited" dot: work not yet saved. */
  edited: boolean;
}

export function windowTitle(script: string | null, saveState: HostState['saveState'], platform: Platform, appName = 'Naskah'): WindowTitle {
  if (script === null) return { title: appName, edited: false };
  const edited = saveState !== 'saved';
  const name = script.trim() || '—';
  const mark = edited && platform !== 'darwin' ? '• ' : '';
  return { title: `${mark}${name} — ${appName}`, edited };
}
