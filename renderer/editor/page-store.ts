/**
 * Which element starts which page, as a tiny external store: each block subscribes to its own
 * entry, so a re-pagination re-renders only the blocks whose page marker changed — not 12,000.
 */
type Listener = () => void;

export class PageStore {
  private starts = new Map<string, number>();
  private listeners = new Map<string, Set<Listener>>();
  pageCount = 1;
  private countListeners = new Set<Listener>();

  get(id: string): number {
    return this.starts.get(id) ?? 0;
  }

  subscribe(id: string, fn: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(fn);
    return () => set.delete(fn);
  }

  subscribeCount(fn: Listener): () => void {
    this.countListeners.add(fn);
    return () => this.countListeners.delete(fn);
  }

  /** Replaces the page starts; notifies only ids whose page number changed. */
  update(next: Map<string, number>, pageCount: number): void {
    const changed = new Set<string>();
    for (const [id, n] of next) if (this.starts.get(id) !== n) changed.add(id);
    for (const id of this.starts.keys()) if (!next.has(id)) changed.add(id);
    this.starts = next;
    for (const id of changed) this.listeners.get(id)?.forEach((fn) => fn());
    if (pageCount !== this.pageCount) {
      this.pageCount = pageCount;
      this.countListeners.forEach((fn) => fn());
    }
  }
}
