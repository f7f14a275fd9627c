/**
 * Autosave as a small state machine, independent of React and of the transport so it can be
 * tested with fake timers. Saves after typing pauses (the debounce), and during continuous typing
 * no later than `maxWaitMs` after the first edit that is not yet in a save (the maximum wait): a
 * writer who never pauses still has a save land at least every second, so a crash loses at most
 * that much. Edits made while a save is in flight are saved right after it; a failed save keeps
 * the edits, reports, and retries with backoff. The model is read once, whole, when a save starts
 * (the save decides how much of it to send).
 */
import type { Screenplay } from '../../shared/screenplay/model.ts';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export interface AutosaveOptions {
  /** Persists a whole draft; resolves with the new revision. */
  save: (screenplay: Screenplay, baseRevision: number) => Promise<{ revision: number }>;
  onState: (state: SaveState, error?: unknown) => void;
  revision: number;
  /** Quiet time after the last edit before saving (the debounce). */
  delayMs?: number;
  /**
   * Longest time an edit waits for its save to start while typing goes on. 800 ms, so that with
   * the save's own few milliseconds a save lands well within every second of steady typing.
   */
  maxWaitMs?: number;
  maxRetryMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class Autosave {
  private readonly opts: Required<Omit<AutosaveOptions, 'revision'>>;
  private revision: number;
  private pending: (() => Screenplay) | null = null;
  /** When the oldest edit not yet in a save was made (null when nothing waits). */
  private pendingSince: number | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private failures = 0;
  private disposed = false;
  state: SaveState = 'saved';

  constructor(options: AutosaveOptions) {
    this.opts = {
      delayMs: 600,
      maxWaitMs: 800,
      maxRetryMs: 30_000,
      now: () => Date.now(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      // An option passed as undefined keeps its default.
      ...(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AutosaveOptions),
    };
    this.revision = options.revision;
  }

  /** Records an edit; `read` returns the whole current model when the save happens. */
  edit(read: () => Screenplay): void {
    const now = this.opts.now();
    this.pending = read;
    this.pendingSince ??= now;
    // After a failure the retry timer (with its backoff) picks the newest edits up; typing does not
    // turn it into a retry per keystroke. A stale draft is never retried (see run()).
    if (this.state === 'error') return;
    this.setState('unsaved');
    // While a save is in flight the next one starts as soon as it lands (see run()).
    if (!this.inFlight) this.schedule(Math.max(0, Math.min(this.opts.delayMs, this.pendingSince + this.opts.maxWaitMs - now)));
  }

  /**
   * Saves now whatever is pending (leaving the editor, closing the window, before an export).
   * Resolves true when everything is saved, false when a save failed (the edits stay pending).
   */
  async flush(): Promise<boolean> {
    if (this.disposed) return true;
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (this.pending) await this.run();
    return this.pending === null && this.state !== 'error';
  }

  /** Stops this instance for good (a snapshot was restored: another instance takes over). */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.pending = null;
    this.pendingSince = null;
  }

  get hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  private setState(state: SaveState, error?: unknown): void {
    this.state = state;
    this.opts.onState(state, error);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.opts.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.opts.setTimer(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private run(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.inFlight || !this.pending) return this.inFlight ?? Promise.resolve();
    const read = this.pending;
    this.pending = null;
    this.pendingSince = null;
    this.setState('saving');
    const model = read();
    this.inFlight = this.opts
      .save(model, this.revision)
      .then(({ revision }) => {
        this.revision = revision;
        this.failures = 0;
        this.inFlight = null;
        if (this.pending) {
          this.setState('unsaved');
          this.schedule(0);
        } else this.setState('saved');
      })
      .catch((error: unknown) => {
        this.inFlight = null;
        // Keep the edits: the failed model is pending again unless newer edits replaced it.
        this.pending ??= read;
        this.pendingSince ??= this.opts.now();
        this.failures++;
        this.setState('error', error);
        // Another window saved this script meanwhile: retrying can never succeed (and must not
        // overwrite that work). The edits stay pending and journaled; the error says what happened.
        if ((error as { code?: unknown })?.code === 'library.stale_draft') return;
        if (!this.disposed) this.schedule(Math.min(this.opts.maxRetryMs, 1000 * 2 ** (this.failures - 1)));
      });
    return this.inFlight;
  }
}
