/**
 * Binds a WritingSession to an open exercise draft: committed saves and editor layouts feed it,
 * and it records at once when the page is hidden or left, or the desktop window closes, with the
 * words of the draft's own last save. Ends (with a last record) when the screen closes.
 */
import { useEffect, useRef } from 'react';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { invoke } from '../api.ts';
import { registerFlusher } from '../autosave/flush-on-close.ts';
import { flushWhenLeaving } from '../autosave/lifecycle.ts';
import type { Signal } from './edit-signal.ts';
import { WritingSession } from './writing-session.ts';

/** A session id the contract accepts (letters, digits, '-'), random. */
function sessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `w${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface WritingSessionInputs {
  /** The exercise this draft belongs to, once known (null for other scripts). */
  exercise: { packId: string; exerciseId: string } | null;
  /** The model when the session begins. */
  current: () => Screenplay;
  saved: Signal<Screenplay>;
  layouts: Signal<{ pages: number }>;
  /** Saves the draft's pending edits (never mind whether it works). */
  flushDraft: () => Promise<unknown>;
}

export function useWritingSession({ exercise, current, saved, layouts, flushDraft }: WritingSessionInputs): void {
  // Read when the session begins, not a reason to begin another.
  const start = useRef({ current, flushDraft });
  useEffect(() => {
    start.current = { current, flushDraft };
  });
  const packId = exercise?.packId;
  const exerciseId = exercise?.exerciseId;

  useEffect(() => {
    if (!packId || !exerciseId) return;
    const session = new WritingSession({
      initial: start.current.current(),
      initialPages: layouts.latest?.pages ?? null,
      newId: sessionId,
      record: (totals) => invoke('course.recordWriting', { packId, exerciseId, ...totals }, { keepalive: true }),
    });
    const offSaved = saved.subscribe((model) => session.saved(model));
    const offLayout = layouts.subscribe((f) => session.layout(f.pages));
    // A tab being hidden or closed: the draft's last save and this record leave together (both
    // small keepalive requests a browser completes after the page has gone), the record counting
    // the model that save sends.
    const leaving = () => {
      void start.current.flushDraft().catch(() => {});
      return session.flush(start.current.current());
    };
    const unbind = flushWhenLeaving({ window, document }, () => ({ flush: leaving, hasUnsaved: false }));
    // The desktop window waits for its flushers: the record follows the committed save.
    const unregister = registerFlusher(async () => {
      await start.current.flushDraft().catch(() => {});
      await session.flush();
    });
    return () => {
      unbind();
      unregister();
      offLayout();
      // The draft's last save may still be on its way: its words belong to this session.
      void start.current
        .flushDraft()
        .catch(() => {})
        .then(() => {
          offSaved();
          return session.end();
        });
    };
  }, [packId, exerciseId, saved, layouts]);
}
