/**
 * Tells panels beside the editor (exercise checks, the writing session) that something happened
 * — the script changed, a save landed, a layout ran — without re-rendering the screen that hosts
 * the editor: subscribers get the value and decide what to do with it, and when.
 */
import type { Screenplay } from '../../shared/screenplay/model.ts';

export type Reader = () => Screenplay;

export class Signal<T> {
  private readonly listeners = new Set<(value: T) => void>();

  emit(value: T): void {
    for (const fn of this.listeners) fn(value);
  }

  subscribe(fn: (value: T) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** Every content change, with the reader of the current model. */
export class EditSignal extends Signal<Reader> {}
