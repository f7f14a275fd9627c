/**
 * While the class view is open, poll the class folder (if one is set) every few seconds: polling,
 * because file events do not arrive from network shares, FAT sticks or many sync tools. One poll at
 * a time; the next is scheduled when the last has answered. `onAdded` runs when reports came in.
 */
import { useEffect, useRef, useState } from 'react';
import type { ClassFolderPoll } from '../../shared/api/class-folder.ts';
import { invoke } from '../api.ts';

export const CLASS_FOLDER_POLL_MS = 5_000;

export interface ClassFolderWatch {
  /** The latest poll, or null before the first (or when no folder is set). */
  last: ClassFolderPoll | null;
  /** Reports picked up since the view opened. */
  picked: number;
  error: unknown;
}

export function useClassFolderPoll(onAdded: () => void): ClassFolderWatch {
  const [watch, setWatch] = useState<ClassFolderWatch>({ last: null, picked: 0, error: null });
  const added = useRef(onAdded);
  useEffect(() => {
    added.current = onAdded;
  }, [onAdded]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (!stopped) timer = setTimeout(() => void poll(), CLASS_FOLDER_POLL_MS);
    };
    const poll = async () => {
      try {
        if ((await invoke('classFolder.get', {})).path === null) return next();
        const result = await invoke('classFolder.poll', {});
        if (stopped) return;
        setWatch((w) => ({ last: result, picked: w.picked + result.added, error: null }));
        if (result.added > 0) added.current();
      } catch (err) {
        // A pulled stick or a dropped share: say so, and keep trying.
        if (!stopped) setWatch((w) => ({ ...w, error: err }));
      }
      next();
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return watch;
}
