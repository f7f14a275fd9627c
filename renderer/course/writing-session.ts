/**
 * A writing session on an exercise's draft, recorded while it happens: words and pages added
 * since the session began, and the time spent. Words are counted on each model the store has
 * committed (so the session never claims a word the draft lacks), pages come from the editor's
 * latest layout. The running totals go to the back end (course.recordWriting) at most every
 * `minGapMs` while they change, every `heartbeatMs` while time alone passes, and at once when the
 * page may be going away — so closing the window, a crash or a killed tab loses at most the last
 * few seconds. Each record replaces the session's previous totals, so a repeated or retried
 * record counts once. At UTC midnight a new session begins, so words per day stay on their day.
 * As before, a session is recorded once it has words or has lasted a minute.
 * Without React and without the transport, for tests with fake timers.
 */
import { wordsOf } from '../../shared/screenplay/counts.ts';
import type { Screenplay, ScriptElement } from '../../shared/screenplay/model.ts';

export interface SessionTotals {
  sessionId: string;
  words: number;
  pages: number;
  seconds: number;
}

export interface WritingSessionOptions {
  /** Sends a session's totals; its failure is retried with the next record. */
  record(totals: SessionTotals): Promise<unknown>;
  /** The draft when the session began (its words are not the session's). */
  initial: Screenplay;
  /** The editor's page count when the session began, if a layout has run. */
  initialPages?: number | null;
  newId(): string;
  minGapMs?: number;
  heartbeatMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const MINUTE_S = 60;

// The editor hands out the same object for an unchanged element, so after the first count only
// edited elements are counted again (12,000 blocks: one element instead of 80,000 words).
const counted = new WeakMap<ScriptElement, number>();

export function wordsIn(model: Screenplay): number {
  let n = 0;
  for (const el of model.elements) {
    let w = counted.get(el);
    if (w === undefined) counted.set(el, (w = wordsOf(el)));
    n += w;
  }
  return n;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Segment {
  id: string;
  day: string;
  startedAt: number;
  words0: number;
  pages0: number | null;
}

export class WritingSession {
  private readonly opts: Required<Omit<WritingSessionOptions, 'initial' | 'initialPages'>>;
  private segment: Segment;
  private words: number;
  private pages: number | null;
  /** The absolute figures of the last record this segment sent. */
  private sent: { words: number; pages: number | null } | null = null;
  private lastSentAt = -Infinity;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private heartbeat: unknown = null;
  private ended = false;

  constructor(options: WritingSessionOptions) {
    this.opts = {
      minGapMs: 2000,
      heartbeatMs: 30_000,
      now: () => Date.now(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as WritingSessionOptions),
    };
    const now = this.opts.now();
    this.words = wordsIn(options.initial);
    this.pages = options.initialPages ?? null;
    this.segment = { id: this.opts.newId(), day: utcDay(now), startedAt: now, words0: this.words, pages0: this.pages };
    this.beat();
  }

  /** A save was committed: its model is what the store now holds. */
  saved(model: Screenplay): void {
    this.words = wordsIn(model);
    this.soon();
  }

  /** The editor's layout ran: the current page count. */
  layout(pages: number): void {
    this.pages = pages;
    this.segment.pages0 ??= pages;
    this.soon();
  }

  /**
   * Records the totals now, the time spent included (the page is being hidden or left). With
   * `saving`, the model the draft's own last save is sending at this moment: in a closing tab
   * there is no later moment to learn that it was committed.
   */
  flush(saving?: Screenplay): Promise<void> {
    if (saving) this.words = wordsIn(saving);
    this.cancel();
    return this.send(true);
  }

  /** The session is over (the script is closed): records its last totals and stops. */
  async end(): Promise<void> {
    await this.flush();
    this.ended = true;
    this.cancel();
    if (this.heartbeat !== null) this.opts.clearTimer(this.heartbeat);
    this.heartbeat = null;
  }

  private totals(now: number): SessionTotals {
    const s = this.segment;
    const words = Math.max(0, this.words - s.words0);
    const pages = words > 0 && this.pages !== null && s.pages0 !== null ? Math.max(0, this.pages - s.pages0) : 0;
    return { sessionId: s.id, words, pages, seconds: Math.max(0, Math.round((now - s.startedAt) / 1000)) };
  }

  private changed(): boolean {
    return !this.sent || this.sent.words !== this.words || this.sent.pages !== this.pages;
  }

  private soon(): void {
    if (this.ended || this.timer !== null || !this.changed()) return;
    const wait = Math.max(0, this.lastSentAt + this.opts.minGapMs - this.opts.now());
    this.timer = this.opts.setTimer(() => {
      this.timer = null;
      void this.send();
    }, wait);
  }

  private beat(): void {
    this.heartbeat = this.opts.setTimer(() => {
      void this.send(true).finally(() => !this.ended && this.beat());
    }, this.opts.heartbeatMs);
  }

  private cancel(): void {
    if (this.timer !== null) this.opts.clearTimer(this.timer);
    this.timer = null;
  }

  /** A new session at UTC midnight; what the old one had not recorded counts for the new day. */
  private rollOver(now: number): void {
    const base = this.sent ?? { words: this.segment.words0, pages: this.segment.pages0 };
    this.segment = { id: this.opts.newId(), day: utcDay(now), startedAt: now, words0: base.words, pages0: base.pages };
    this.sent = null;
  }

  private async send(timeOnly = false): Promise<void> {
    if (this.ended) return;
    while (this.inFlight) await this.inFlight;
    const now = this.opts.now();
    if (utcDay(now) !== this.segment.day) this.rollOver(now);
    if (!timeOnly && !this.changed()) return;
    const totals = this.totals(now);
    // Not worth a record yet — unless one was made: then its totals must follow (words deleted).
    if (!this.sent && totals.words === 0 && totals.seconds < MINUTE_S) return;
    const figures = { words: this.words, pages: this.pages };
    this.lastSentAt = now;
    let ok = false;
    this.inFlight = this.opts.record(totals).then(
      () => {
        this.sent = figures;
        ok = true;
      },
      () => {
        // Not recorded: the next save, layout or heartbeat sends the totals again (no retry loop
        // of its own while the back end is away).
      },
    );
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    // Saves that landed while this record was out are recorded after the gap.
    if (ok) this.soon();
  }
}
