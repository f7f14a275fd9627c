/**
 * Closing the desktop window: the main process sends "flush-request" and waits (at most 3 s) for
 * "flushed". Screens with unsaved work register a flusher here; the answer goes once every
 * flusher has finished, or failed — a failed save stays journaled and is offered back next time.
 */
import { onHostEvent, reportFlushed } from '../api.ts';

const flushers = new Set<() => Promise<void>>();

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Runs every registered flusher; settles when all have finished or failed (never rejects). */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}

export function answerFlushRequests(): () => void {
  return onHostEvent('flush-request', () => {
    void flushAll().then(reportFlushed);
  });
}
