/**
 * Work that follows a typing pause (the page view's layout, its marks, the figures), run as a
 * chain of short steps, each in a task of its own, so that a key pressed meanwhile is handled
 * between two steps instead of waiting for all of them: under 4× CPU throttling one layout of a
 * 120-page script with everything after it took 60–90 ms in one task, and the first key after a
 * short pause waited for it. A job started again (the writer typed on) drops the steps its
 * previous run had not reached: they would only redo what the next run does with newer text.
 * The clock is injected so tests drive it with fake timers.
 */

/** One step; steps of a run share what they compute through the closure that made them. */
export type Step = () => void;

export interface SlicedJobOptions {
  /** Queues `fn` as a new task (default: postBackground). */
  post?: (fn: () => void) => unknown;
  cancel?: (handle: unknown) => void;
}

interface TaskScheduler {
  postTask(fn: () => void, opts: { priority: 'background'; signal: AbortSignal }): Promise<unknown>;
}

/**
 * Queues `fn` behind the page's other tasks: Chromium's background priority (scheduler.postTask)
 * runs after input, rendering and ordinary timers, so a keystroke that arrives between two steps
 * gets its frame painted before the next step starts. Where there is no scheduler: setTimeout 0.
 * Returns what `cancelBackground` takes.
 */
export function postBackground(fn: () => void): unknown {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return setTimeout(fn, 0);
  const abort = new AbortController();
  // An aborted task rejects: that is the cancel, not an error.
  scheduler.postTask(fn, { priority: 'background', signal: abort.signal }).catch(() => undefined);
  return abort;
}

export function cancelBackground(handle: unknown): void {
  if (handle instanceof AbortController) handle.abort();
  else clearTimeout(handle as ReturnType<typeof setTimeout>);
}

export class SlicedJob {
  private readonly post: (fn: () => void) => unknown;
  private readonly cancelPost: (handle: unknown) => void;
  private handle: unknown = null;
  /** Increases with every start and cancel: a queued step of an older run sees it and stops. */
  private run = 0;

  constructor(opts: SlicedJobOptions = {}) {
    this.post = opts.post ?? postBackground;
    this.cancelPost = opts.cancel ?? cancelBackground;
  }

  /** True while steps of the current run are still queued. */
  get running(): boolean {
    return this.handle !== null;
  }

  /** Runs `steps[0]` now and each following step in a later task; drops whatever an earlier run had not done yet. */
  start(steps: readonly Step[]): void {
    this.cancel();
    const run = this.run;
    const next = (i: number) => {
      this.handle = null;
      if (run !== this.run) return;
      steps[i]();
      // A step may have started or cancelled a run itself: only this run's chain goes on.
      if (i + 1 < steps.length && run === this.run) this.handle = this.post(() => next(i + 1));
    };
    next(0);
  }

  /** Drops the steps not yet run. */
  cancel(): void {
    this.run++;
    if (this.handle !== null) this.cancelPost(this.handle);
    this.handle = null;
  }
}
