/**
 * Autosave as a small state machine, independent of React and of the transport so it can be
 * tested with fake timers. Saves the whole draft after typing pauses; edits made while a save is
 * in flight are saved right after it; a failed save keeps the edits, reports, and retries with
 * backoff. It never sends half a draft: the model is read once, whole, when a save starts.
 */
import type { Screenplay } from '../../shared/screenplay/model.ts';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export interface AutosaveOptions {
  /** Persists a whole draft; resolves with the new revision. */
  save: (screenplay: Screenplay, baseRevision: number) => Promise<{ revision: number }>;
  onState: (state: SaveState, error?: unknown) => void;
  revision: number;
  delayMs?: number;
  maxRetryMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class Autosave {
  private readonly opts: Required<Omit<AutosaveOptions, 'revision'>>;
  private revision: number;
  private pending: (() => Screenplay) | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private failures = 0;
  private disposed = false;
  state: SaveState = 'saved';

  constructor(options: AutosaveOptions) {
    this.opts = {
      delayMs: 600,
      maxRetryMs: 30_000,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...options,
    };
    this.revision = options.revision;
  }

  /** Records an edit; `read` returns the whole current model when the save happens. */
  edit(read: () => Screenplay): void {
    this.pending = read;
    if (this.state !== 'error') this.setState('unsaved');
    if (!this.inFlight) this.schedule(this.opts.delayMs);
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
