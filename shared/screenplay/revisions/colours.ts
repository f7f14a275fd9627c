/**
 * The industry's order of revision colours. White is the unmarked original; after it come Blue,
 * Pink, Yellow, Green, Goldenrod, Buff, Salmon and Cherry, then the same colours again as second
 * rounds (Double Blue, …) and third rounds (Triple Blue, …). A number about the colours appears
 * here only: the page view's CSS and the PDF read them from this table.
 */

export const REVISION_COLOURS = [
  { key: 'blue', color: '#2f6fd6' },
  { key: 'pink', color: '#d6337f' },
  { key: 'yellow', color: '#b89a00' },
  { key: 'green', color: '#2e8b3e' },
  { key: 'goldenrod', color: '#c08a0a' },
  { key: 'buff', color: '#a67c3d' },
  { key: 'salmon', color: '#e0604a' },
  { key: 'cherry', color: '#b0103a' },
] as const;

export type RevisionColourKey = (typeof REVISION_COLOURS)[number]['key'];

export interface RevisionColour {
  key: RevisionColourKey;
  color: string;
  /** 1 for the first round (Blue), 2 for Double Blue, 3 for Triple Blue, … */
  round: number;
}

/** The colour that set `n` (1 = Blue) takes in the industry order. */
export function revisionColour(n: number): RevisionColour {
  const i = Math.max(0, Math.trunc(n) - 1);
  const c = REVISION_COLOURS[i % REVISION_COLOURS.length];
  return { key: c.key, color: c.color, round: Math.floor(i / REVISION_COLOURS.length) + 1 };
}

/** English name of set `n` ("Blue", "Double Pink", "Triple Cherry", "Round 4 Blue"): the default where no translation is at hand. */
export function englishRevisionName(n: number): string {
  const { key, round } = revisionColour(n);
  const colour = key[0].toUpperCase() + key.slice(1);
  if (round === 1) return colour;
  if (round === 2) return `Double ${colour}`;
  if (round === 3) return `Triple ${colour}`;
  return `Round ${round} ${colour}`;
}
