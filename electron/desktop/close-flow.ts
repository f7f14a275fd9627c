/**
 * Closing the window without losing the last keystrokes: the first close request is held while the
 * renderer flushes its draft (renderer/autosave/flush-on-close.ts answers "flush-request" with
 * "flushed"); the window goes when the answer comes from the app's own page, or after a time limit
 * when the page cannot answer (hung, or crashed). A second close request while waiting does not cut
 * the flush short. Pure state, so each path is a Node test; main.ts carries out the actions.
 */
export type CloseAction =
  /** Prevent this close, save the window's place, ask the page to flush, start the timer. */
  | 'hold-and-flush'
  /** Prevent this close too: a flush is already under way. */
  | 'keep-waiting'
  /** Let this close happen (the flush is over). */
  | 'allow'
  /** Destroy the window now. */
  | 'destroy'
  /** Nothing to do (an answer from elsewhere, or too late). */
  | 'ignore';

/** Long enough for a last draft patch on a slow disk; short enough that a hung page does not keep the window. */
export const FLUSH_TIMEOUT_MS = 3000;

export class CloseFlow {
  private phase: 'open' | 'flushing' | 'done' = 'open';

  get state() {
    return this.phase;
  }

  closeRequested(): CloseAction {
    if (this.phase === 'open') {
      this.phase = 'flushing';
      return 'hold-and-flush';
    }
    return this.phase === 'flushing' ? 'keep-waiting' : 'allow';
  }

  /** The page says its saves are written; `trusted`: it came from the app's own page (isTrustedSender). */
  flushed(trusted: boolean): CloseAction {
    if (!trusted || this.phase !== 'flushing') return 'ignore';
    this.phase = 'done';
    return 'destroy';
  }

  timedOut(): CloseAction {
    if (this.phase !== 'flushing') return 'ignore';
    this.phase = 'done';
    return 'destroy';
  }
}
