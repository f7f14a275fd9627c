/**
 * Revision sets and marks: the shapes of contract 2 (ARCHITECTURE.md). A set is one round of
 * changes (Blue, Pink, …); text changed while a set is current carries that set's number, per run
 * of characters as Final Draft keeps it.
 */

/** One revision set, as the JSON model's top-level `revisions` lists it. */
export interface RevisionSet {
  /** 1 for the first set after the unmarked original (White), 2 for the next, … */
  set: number;
  name: string;
  /** `#rrggbb`: the colour its marks show in on screen, and the paper it traditionally goes on. */
  color: string;
  /** `YYYY-MM-DD`: the day the set was started. A set read from Final Draft, which keeps no date, has none. */
  date?: string;
}

/** Text[start, end) of one element was last changed in revision set `set` (UTF-16 offsets, like marks). */
export interface RevisionMark {
  start: number;
  end: number;
  set: number;
}
