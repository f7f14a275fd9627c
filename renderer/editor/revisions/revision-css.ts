/**
 * The page view's revision colours: one rule per set, scoped to one editor's page container, so
 * marked runs show in their set's colour. Generated once per change of the sets, never per keystroke.
 */
import type { RevisionSet } from '../../../shared/screenplay/model.ts';

export function revisionRules(sets: readonly RevisionSet[], scope: string): string {
  return sets
    .filter((r) => /^#[0-9a-f]{6}$/i.test(r.color) && Number.isInteger(r.set))
    .map((r) => `${scope} span[data-revision="${r.set}"] { color: ${r.color}; text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: ${r.color}; }`)
    .join('\n');
}
