/**
 * Polls the class folder (if one is set) while `enabled`, the way the class view polls reports
 * (renderer/course/use-class-folder-poll.ts): every few seconds, one poll at a time, the next one
 * scheduled when the last has answered; a pulled stick or a dropped share is said and retried.
 * `onResult` sees every answer; the latest is kept for the status line.
 */
import { useEffect, useRef, useState } from 'react';
import type { ClassFolderPoll } from '../../shared/api/class-folder.ts';
import { invoke } from '../api.ts';
import { CLASS_FOLDER_POLL_MS } from '../course/use-class-folder-poll.ts';

export interface FolderWatch<R extends ClassFolderPoll> {
  last: R | null;
  error: unknown;
}

export function useFolderWatch<R extends ClassFolderPoll>(poll: () => Promise<R>, onResult: (result: R) => void, enabled: boolean): FolderWatch<R> {
  const [watch, setWatch] = useState<FolderWatch<R>>({ last: null, error: null });
  const latest = useRef({ poll, onResult });
  useEffect(() => {
    latest.current = { poll, onResult };
  }, [poll, onResult]);

  useEffect(() => {
    if (!enabled) {
      setWatch({ last: null, error: null });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (!stopped) timer = setTimeout(() => void run(), CLASS_FOLDER_POLL_MS);
    };
    const run = async () => {
      try {
        if ((await invoke('classFolder.get', {})).path === null) {
          if (!stopped) setWatch({ last: null, error: null });
          return next();
        }
        const result = await latest.current.poll();
        if (stopped) return;
        setWatch({ last: result, error: null });
        latest.current.onResult(result);
      } catch (err) {
        if (!stopped) setWatch((w) => ({ ...w, error: err }));
      }
      next();
    };
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [enabled]);
  return watch;
}
