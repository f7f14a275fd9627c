/**
 * Tells panels beside the editor (exercise checks) that the script changed, without re-rendering
 * the screen that hosts the editor: subscribers get the model reader and decide when to read it.
 */
import type { Screenplay } from '../../shared/screenplay/model.ts';

export type Reader = () => Screenplay;

export class EditSignal {
  private readonly listeners = new Set<(read: Reader) => void>();

  emit(read: Reader): void {
    for (const fn of this.listeners) fn(read);
  }

  subscribe(fn: (read: Reader) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
