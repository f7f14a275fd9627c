/**
 * The script screen's saving, as one hook: loads the draft, offers back a journal left by a save
 * that never completed, autosaves every edit (DraftAutosave: patch or whole draft, journaled,
 * maximum wait, retries), saves at once when the page may be going away (lifecycle.ts) or the
 * desktop window closes (flush-on-close.ts), and hands over to a new draft when a snapshot is
 * restored. The decisions live in the plain modules beside it, tested in Node; this only binds
 * them to React state and the page.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../shared/api/library.ts';
import { AppError } from '../../shared/errors.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { invoke } from '../api.ts';
import { Signal } from '../course/edit-signal.ts';
import type { SaveState } from './autosave.ts';
import { DraftAutosave } from './draft-autosave.ts';
import type { DraftTransport } from './draft-saver.ts';
import { registerFlusher } from './flush-on-close.ts';
import { clearJournal, recoverableJournal, type RecoveredDraft } from './journal.ts';
import { flushWhenLeaving } from './lifecycle.ts';

/**
 * The save state, re-rendering only the component that shows it, and in a transition: the first
 * edit after a save says "unsaved" from inside a keystroke, which need not wait for that render
 * (useSyncExternalStore would render at once).
 */
export function useSaveState(signal: Signal<SaveState>): SaveState {
  const [state, setState] = useState<SaveState>(signal.latest ?? 'saved');
  useEffect(() => {
    setState(signal.latest ?? 'saved');
    return signal.subscribe((next) => startTransition(() => setState(next)));
  }, [signal]);
  return state;
}

// A patch while typing is one element: small enough to outlive a tab closed while it is sent.
const transport: DraftTransport = {
  patch: (input) => invoke('draft.patch', input, { keepalive: true }),
  save: (input) => invoke('draft.save', input),
};

export interface DraftAutosaveApi {
  /** The draft the editor mounts: loaded, restored from the journal, or from a snapshot. */
  draft: Draft | null;
  /** Changes whenever the editor must mount anew (journal or snapshot restored). */
  version: number;
  /**
   * Saving, saved, unsaved, error — as a signal, not React state: it changes about three times a
   * second while the writer types, and only the badge and the window title show it (useSaveState).
   */
  saveState: Signal<SaveState>;
  /** Why the draft could not be loaded or saved (null once a save succeeds or it is dismissed). */
  error: unknown;
  dismissError(): void;
  /** Edits from a save that never completed, offered back. */
  recoverable: RecoveredDraft | null;
  restoreJournal(): void;
  discardJournal(): void;
  /** Stable: pass to the editor's onEdit. */
  edit(read: () => Screenplay): void;
  /** Saves what is pending; throws `library.unsaved_changes` when it cannot. */
  saveNow(): Promise<void>;
  /** Saves what is pending; false when it failed (the edits stay journaled). Never throws. */
  flush(): Promise<boolean>;
  /** A snapshot was restored: `draft` is now the working draft. */
  replaceDraft(draft: Draft): void;
  /** Each committed save's model, for what follows the saved draft (the writing session). */
  saved: Signal<Screenplay>;
}

export function useDraftAutosave(scriptId: string): DraftAutosaveApi {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [version, setVersion] = useState(0);
  const saveState = useMemo(() => {
    const signal = new Signal<SaveState>();
    signal.latest = 'saved';
    return signal;
  }, []);
  const [error, setError] = useState<unknown>(null);
  const shownError = useRef<unknown>(null);
  const [recoverable, setRecoverable] = useState<RecoveredDraft | null>(null);
  const work = useRef<DraftAutosave | null>(null);
  const saved = useMemo(() => new Signal<Screenplay>(), []);

  const start = useCallback(
    (d: Draft) => {
      // The old instance must not keep retrying with a revision that no longer exists.
      work.current?.dispose();
      work.current = new DraftAutosave({
        scriptId,
        loaded: d,
        transport,
        storage: localStorage,
        // The state goes to its signal; the screen re-renders only when the error shown changes
        // (a transition: a keystroke need not wait for it).
        onState: (s, err) => {
          saveState.emit(s);
          const next = s === 'error' ? err : s === 'saved' ? null : shownError.current;
          if (next === shownError.current) return;
          shownError.current = next;
          startTransition(() => setError(next));
        },
        onSaved: (model) => saved.emit(model),
      });
    },
    [scriptId, saved, saveState],
  );

  const saveNow = useCallback(async () => {
    if ((await work.current?.flush()) === false) throw new AppError('library.unsaved_changes', {});
  }, []);
  const flush = useCallback(async () => (await work.current?.flush()) ?? true, []);
  const edit = useCallback((read: () => Screenplay) => work.current?.edit(read), []);

  useEffect(() => {
    let alive = true;
    invoke('draft.load', { scriptId }).then(
      (d) => {
        if (!alive) return;
        start(d);
        setRecoverable(recoverableJournal(localStorage, scriptId, d.screenplay));
        setDraft(d);
      },
      (err) => {
        if (!alive) return;
        shownError.current = err;
        setError(err);
      },
    );
    const unregister = registerFlusher(saveNow);
    const unbind = flushWhenLeaving({ window, document }, () => work.current);
    return () => {
      alive = false;
      unregister();
      unbind();
      // Leaving the screen saves what is pending; a failing save keeps retrying and stays journaled.
      void work.current?.flush();
    };
  }, [scriptId, start, saveNow]);

  const restoreJournal = useCallback(() => {
    if (!recoverable) return;
    const { screenplay } = recoverable;
    setRecoverable(null);
    setDraft((d) => (d ? { ...d, screenplay } : d));
    setVersion((v) => v + 1);
    work.current?.edit(() => screenplay);
  }, [recoverable]);

  const discardJournal = useCallback(() => {
    clearJournal(localStorage, scriptId);
    setRecoverable(null);
  }, [scriptId]);

  const replaceDraft = useCallback(
    (d: Draft) => {
      start(d);
      setDraft(d);
      setVersion((v) => v + 1);
    },
    [start],
  );

  const dismissError = useCallback(() => {
    shownError.current = null;
    setError(null);
  }, []);

  return { draft, version, saveState, error, dismissError, recoverable, restoreJournal, discardJournal, edit, saveNow, flush, replaceDraft, saved };
}
