/**
 * The mentor's queue filled from the class folder: when this installation's mentor has turned it
 * on, the library's mentor corner and the review screen poll the folder for review bundles; each
 * new bundle becomes a session (the host opens it) that joins the queue behind the one being
 * reviewed — never in its place — and counts as "new" until the mentor opens it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BundlePoll } from '../../shared/api/class-folder.ts';
import { invoke } from '../api.ts';
import { useFolderWatch, type FolderWatch } from './use-folder-watch.ts';

export interface MentorQueue {
  /** The mentor's choice, kept with the settings (null until read). */
  watching: boolean | null;
  setWatching(watch: boolean): Promise<void>;
  /** Sessions picked up from the folder and not opened yet, in arrival order. */
  fresh: readonly string[];
  /** The mentor opened this session: it is no longer new. */
  seen(sessionId: string): void;
  /** Counts pick-ups, so a list of sessions knows to read itself again. */
  arrivals: number;
  watch: FolderWatch<BundlePoll>;
}

const pollBundles = () => invoke('classFolder.pollBundles', {});

export function useMentorQueue(active: boolean, onNew: (sessionIds: string[]) => void): MentorQueue {
  const [watching, setWatchingState] = useState<boolean | null>(null);
  const [fresh, setFresh] = useState<string[]>([]);
  const [arrivals, setArrivals] = useState(0);

  useEffect(() => {
    invoke('classFolder.watchBundles', {}).then(
      (r) => setWatchingState(r.watch),
      () => setWatchingState(false),
    );
  }, []);

  const onResult = useCallback(
    (r: BundlePoll) => {
      const ids = r.sessions.filter((s) => !s.resumed).map((s) => s.sessionId);
      if (ids.length === 0) return;
      setFresh((f) => [...f, ...ids.filter((id) => !f.includes(id))]);
      setArrivals((n) => n + 1);
      onNew(ids);
    },
    [onNew],
  );
  const watch = useFolderWatch(pollBundles, onResult, active && watching === true);

  return {
    watching,
    // The box follows the click at once; what the host kept has the last word.
    setWatching: async (w) => {
      setWatchingState(w);
      try {
        setWatchingState((await invoke('classFolder.watchBundles', { watch: w })).watch);
      } catch {
        setWatchingState(!w);
      }
    },
    fresh,
    seen: useCallback((id: string) => setFresh((f) => (f.includes(id) ? f.filter((x) => x !== id) : f)), []),
    arrivals,
    watch,
  };
}
