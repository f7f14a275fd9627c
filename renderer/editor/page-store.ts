/**
 * Which element starts which page, shown in page view as a marker above that element.
 *
 * The store writes `data-page` and the marker's words (`data-page-label`, drawn by CSS as the
 * block's ::before) straight onto the blocks that start a page; each block hands over its DOM
 * element when it mounts. Why not a React component or hook per block: only about one block in
 * 30 starts a page, and a subscription in each of the 3,427 blocks of a 120-page script cost
 * about 28 ms of opening it (bench:open, 327 → 299 ms without them); an empty marker element per
 * block costs as much again in DOM. Generated content is not part of the text, so Slate's
 * mapping between DOM and document never sees the marker, and nothing of it can be selected.
 */
export class PageStore {
  private starts = new Map<string, number>();
  private blocks = new Map<string, HTMLElement>();
  private label: (page: number) => string;

  constructor(label: (page: number) => string) {
    this.label = label;
  }

  /** A block's element is on screen; the returned function is called when it leaves. */
  attach(id: string, block: HTMLElement): () => void {
    this.blocks.set(id, block);
    this.paint(id, block);
    return () => {
      if (this.blocks.get(id) === block) this.blocks.delete(id);
    };
  }

  /** Replaces the page starts; repaints only the blocks whose page number changed. */
  update(next: Map<string, number>): void {
    const changed = new Set<string>();
    for (const [id, n] of next) if (this.starts.get(id) !== n) changed.add(id);
    for (const id of this.starts.keys()) if (!next.has(id)) changed.add(id);
    this.starts = next;
    this.repaint(changed);
  }

  /** The marker's words changed (the interface language): every marker is rewritten. */
  setLabel(label: (page: number) => string): void {
    this.label = label;
    this.repaint(this.starts.keys());
  }

  /** Repaints those of `ids` whose blocks are on screen (the others paint when they attach). */
  private repaint(ids: Iterable<string>): void {
    for (const id of ids) {
      const block = this.blocks.get(id);
      if (block) this.paint(id, block);
    }
  }

  private paint(id: string, block: HTMLElement): void {
    const page = this.starts.get(id);
    if (page) {
      block.dataset.page = String(page);
      block.dataset.pageLabel = this.label(page);
    } else if (block.dataset.page) {
      delete block.dataset.page;
      delete block.dataset.pageLabel;
    }
  }
}
