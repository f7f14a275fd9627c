/**
 * Revision sets of a whole script: starting the next set, the current one, clearing one. The
 * current set — the one new edits are marked with — is the last one listed in `revisions`.
 */
import type { Screenplay } from '../model.ts';
import { englishRevisionName, revisionColour } from './colours.ts';
import { clearRevised } from './runs.ts';
import type { RevisionSet } from './types.ts';

/** The set edits are marked with while revision mode is on: the last one started. */
export function currentRevisionSet(script: Pick<Screenplay, 'revisions'>): RevisionSet | undefined {
  const sets = script.revisions;
  return sets?.length ? sets[sets.length - 1] : undefined;
}

export function revisionSetOf(script: Pick<Screenplay, 'revisions'>, set: number): RevisionSet | undefined {
  return script.revisions?.find((r) => r.set === set);
}

/**
 * Starts the next set in the industry order (Blue after the original, Pink after Blue, …),
 * dated `date` (YYYY-MM-DD) and named `name` (the UI passes the colour's translated name).
 */
export function startRevisionSet(script: Screenplay, date: string, name?: string): { script: Screenplay; set: RevisionSet } {
  const sets = script.revisions ?? [];
  const n = sets.reduce((max, r) => Math.max(max, r.set), 0) + 1;
  const set: RevisionSet = { set: n, name: name?.trim() || englishRevisionName(n), color: revisionColour(n).color, date };
  return { script: { ...script, revisions: [...sets, set] }, set };
}

/** The script without the marks of `set`; the set itself stays listed (its name and date are history). */
export function clearRevisionSet(script: Screenplay, set: number): Screenplay {
  return { ...script, elements: script.elements.map((el) => clearRevised(el, set)) };
}

/** True when any element carries revised text. */
export function hasRevisedText(script: Screenplay): boolean {
  return script.elements.some((el) => el.revision !== undefined || !!el.revisionMarks?.length);
}
