/**
 * One open draft's saving, without React: the autosave state machine (debounce, maximum wait,
 * retries) driving a DraftSaver (patch or whole draft, journaled), plus the journal kept while
 * saves are failing — the newest edits are journaled at most once a second, and the last of a
 * burst once the second is over, so a crash before the retry succeeds loses at most that second.
 * `useDraftAutosave` wires it into the script screen; tests drive it with fake timers.
 */
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { Autosave, type SaveState } from './autosave.ts';
import { DraftSaver, type DraftTransport } from './draft-saver.ts';
import type { JournalStorage } from './journal.ts';

export interface DraftAutosaveOptions {
  scriptId: string;
  loaded: { screenplay: Screenplay; revision: number };
  transport: DraftTransport;
  storage: JournalStorage;
  onState: (state: SaveState, error?: unknown) => void;
  /** A save was committed: the model the store now holds. */
  onSaved?: (model: Screenplay, revision: number) => void;
  /** Longest time an edit goes unjournaled while saves are failing. */
  journalEveryMs?: number;
  delayMs?: number;
  maxWaitMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class DraftAutosave {
  private readonly autosave: Autosave;
  private readonly saver: DraftSaver;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly journalEveryMs: number;
  private latest: (() => Screenplay) | null = null;
  private journaledAt = -Infinity;
  private journalTimer: unknown = null;

  constructor(opts: DraftAutosaveOptions) {
    this.now = opts.now ?? (() => Date.now());
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.journalEveryMs = opts.journalEveryMs ?? 1000;
    this.saver = new DraftSaver(opts.scriptId, opts.loaded, opts.transport, opts.storage);
    this.autosave = new Autosave({
      revision: opts.loaded.revision,
      delayMs: opts.delayMs,
      maxWaitMs: opts.maxWaitMs,
      now: this.now,
      setTimer: this.setTimer,
      clearTimer: this.clearTimer,
      save: async (model, base) => {
        const result = await this.saver.save(model, base);
        opts.onSaved?.(model, result.revision);
        return result;
      },
      onState: (state, error) => {
        // A save just failed: edits made while it was in flight are journaled at once.
        if (state === 'error') this.journalNow();
        else this.cancelJournalTimer();
        opts.onState(state, error);
      },
    });
  }

  get state(): SaveState {
    return this.autosave.state;
  }

  get hasUnsaved(): boolean {
    return this.autosave.hasUnsaved;
  }

  /** Records an edit; `read` returns the whole current model. */
  edit(read: () => Screenplay): void {
    this.latest = read;
    this.autosave.edit(read);
    if (this.autosave.state === 'error') this.journalSoon();
  }

  /** Saves what is pending now; false when a save failed (the edits stay pending and journaled). */
  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  /** Stops for good (the screen closed, or a restored snapshot hands over to a new instance). */
  dispose(): void {
    this.cancelJournalTimer();
    this.autosave.dispose();
  }

  private journalSoon(): void {
    const wait = this.journaledAt + this.journalEveryMs - this.now();
    if (wait <= 0) return this.journalNow();
    this.journalTimer ??= this.setTimer(() => {
      this.journalTimer = null;
      if (this.autosave.state === 'error') this.journalNow();
    }, wait);
  }

  private journalNow(): void {
    this.cancelJournalTimer();
    this.journaledAt = this.now();
    if (this.latest) this.saver.journal(this.latest());
  }

  private cancelJournalTimer(): void {
    if (this.journalTimer !== null) this.clearTimer(this.journalTimer);
    this.journalTimer = null;
  }
}
