/**
 * The page view's revision colours: one rule per set, scoped to one editor's page container, so
 * marked runs show in their set's colour — a light wash of it behind the text and a dotted
 * underline in it, the text itself staying ink-black (Yellow or Goldenrod text on white would be
 * hard to read). Generated once per change of the sets, never per keystroke.
 */
import type { RevisionSet } from '../../../shared/screenplay/model.ts';

const WASH_ALPHA = 0.22;

function wash(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${WASH_ALPHA})`;
}

export function revisionRules(sets: readonly RevisionSet[], scope: string): string {
  return sets
    .filter((r) => /^#[0-9a-f]{6}$/i.test(r.color) && Number.isInteger(r.set))
    .map((r) => `${scope} span[data-revision="${r.set}"] { background-color: ${wash(r.color)}; text-decoration: underline dotted ${r.color}; }`)
    .join('\n');
}
