/**
 * Words written today, outside courses, for the status bar's daily goal. The counting is the
 * course's own WritingSession (renderer/course/writing-session.ts: words added since the session
 * began, counted on committed saves, a new session at UTC midnight); this module is only where its
 * records go instead of course.recordWriting: a tally of today's sessions, each record replacing
 * its session's previous total (as the store does), kept in a small Storage value so the
 * day's total survives closing a script or the app. Another day's tally is dropped, not added.
 * Without React and without the DOM (Storage is handed in), for tests with fake timers.
 */
import type { SessionTotals } from '../course/writing-session.ts';

export const DAILY_WORDS_KEY = 'naskah.dailyWords';

interface Tally {
  day: string;
  sessions: Record<string, number>;
}

/** The UTC day, as WritingSession starts its sessions on it. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface DailyWordsOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  now?: () => number;
}

export class DailyWords {
  private readonly now: () => number;
  private tally: Tally;
  private readonly listeners = new Set<(words: number) => void>();
  private readonly opts: DailyWordsOptions;

  constructor(opts: DailyWordsOptions) {
    this.opts = opts;
    this.now = opts.now ?? (() => Date.now());
    this.tally = this.load();
  }

  /** A WritingSession's record: its running totals, on the day they are recorded. */
  record(totals: SessionTotals): Promise<void> {
    const day = utcDay(this.now());
    if (this.tally.day !== day) this.tally = { day, sessions: {} };
    this.tally.sessions[totals.sessionId] = totals.words;
    this.save();
    const words = this.today();
    for (const l of this.listeners) l(words);
    return Promise.resolve();
  }

  /** Words written today over all of today's sessions. */
  today(): number {
    if (this.tally.day !== utcDay(this.now())) return 0;
    return Object.values(this.tally.sessions).reduce((a, b) => a + b, 0);
  }

  subscribe(fn: (words: number) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private load(): Tally {
    const empty = { day: utcDay(this.now()), sessions: {} };
    try {
      const raw = this.opts.storage?.getItem(DAILY_WORDS_KEY);
      const v = raw ? (JSON.parse(raw) as Partial<Tally>) : null;
      // Anything unexpected (hand-edited, an older shape) counts as nothing written yet today.
      if (!v || typeof v.day !== 'string' || !v.sessions || typeof v.sessions !== 'object') return empty;
      const sessions = Object.fromEntries(Object.entries(v.sessions).filter(([, w]) => Number.isInteger(w) && (w as number) >= 0)) as Record<string, number>;
      return { day: v.day, sessions };
    } catch {
      return empty;
    }
  }

  private save(): void {
    try {
      this.opts.storage?.setItem(DAILY_WORDS_KEY, JSON.stringify(this.tally));
    } catch {
      // Storage full or refused: today's figure still counts while the app runs.
    }
  }
}

/** The session timer's text: m:ss under an hour, then h:mm:ss. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
