/**
 * A part's wrapped lines as a view: a few re-wrapped lines first, then the original ones from an
 * index. Breaking a speech pages long drops the lines already printed and re-wraps only the line
 * it broke in, so each break costs about a page, never the rest of the text.
 */
import type { WrappedLine } from './wrap.ts';

const NO_LINES: readonly WrappedLine[] = [];

export class Lines {
  private readonly lead: readonly WrappedLine[];
  private readonly base: readonly WrappedLine[];
  private readonly from: number;

  private constructor(lead: readonly WrappedLine[], base: readonly WrappedLine[], from: number) {
    this.lead = lead;
    this.base = base;
    this.from = from;
  }

  static of(lines: readonly WrappedLine[]): Lines {
    return new Lines(NO_LINES, lines, 0);
  }

  get length(): number {
    return this.lead.length + this.base.length - this.from;
  }

  at(k: number): WrappedLine {
    return k < this.lead.length ? this.lead[k] : this.base[this.from + k - this.lead.length];
  }

  /** The lines after the first `k`. */
  drop(k: number): Lines {
    return k <= this.lead.length ? new Lines(this.lead.slice(k), this.base, this.from) : new Lines(NO_LINES, this.base, this.from + k - this.lead.length);
  }

  /** `lead`, then this view's lines from line `k` on. */
  after(lead: readonly WrappedLine[], k: number): Lines {
    const rest = this.drop(k);
    return new Lines(lead.concat(rest.lead), rest.base, rest.from);
  }

  /** Index of the line holding the character just before `offset` (starts ascend). */
  indexBefore(offset: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at(mid).start < offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
