/**
 * Tells panels beside the editor (exercise checks, the writing session) that something happened
 * — the script changed, a save landed, a layout ran — without re-rendering the screen that hosts
 * the editor: subscribers get the value and decide what to do with it, and when.
 */
import type { Screenplay } from '../../shared/screenplay/model.ts';

export type Reader = () => Screenplay;

export class Signal<T> {
  private readonly listeners = new Set<(value: T) => void>();
  /** The last value emitted, for a subscriber that arrives later (the page count at a session's start). */
  latest: T | undefined;

  emit(value: T): void {
    this.latest = value;
    for (const fn of this.listeners) fn(value);
  }

  subscribe(fn: (value: T) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** Every content change, with the reader of the current model. */
export class EditSignal extends Signal<Reader> {}
