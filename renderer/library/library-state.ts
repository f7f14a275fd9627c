/**
 * Library state that outlives the library screen: the last deleted script (its undo notice stays,
 * on every screen, until the writer dismisses it or it no longer applies), which view of the library
 * is showing (scripts or Trash), and a counter that tells the library to reload after something
 * outside it changed the scripts (an undo from the notice, a library started empty).
 */
import { useSyncExternalStore } from 'react';

export interface LibraryState {
  deleted: { id: string; title: string } | null;
  view: 'scripts' | 'trash';
  version: number;
}

let state: LibraryState = { deleted: null, view: 'scripts', version: 0 };
const listeners = new Set<() => void>();

function set(patch: Partial<LibraryState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export const libraryState = {
  get: (): LibraryState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  deleted: (script: { id: string; title: string }) => set({ deleted: { id: script.id, title: script.title } }),
  /** The undo notice goes: dismissed, or (with `id`) that script was restored or deleted for good. */
  forget: (id?: string) => {
    if (!id || state.deleted?.id === id) set({ deleted: null });
  },
  show: (view: LibraryState['view']) => set({ view }),
  changed: () => set({ version: state.version + 1 }),
};

export function useLibraryState(): LibraryState {
  return useSyncExternalStore(libraryState.subscribe, libraryState.get);
}
