/**
 * What the checks read from a script, computed once per runChecks() call and only when a check
 * needs it: the layout (the expensive part) and the stats built on the same layout rules.
 */
import { paginate } from '../../screenplay/layout/paginate.ts';
import type { PaperProfile } from '../../screenplay/layout/profiles.ts';
import type { Screenplay } from '../../screenplay/model.ts';
import { scriptStats, type ScriptStats } from '../../screenplay/stats.ts';

export interface CheckContext {
  script: Screenplay;
  profile: PaperProfile;
  stats(): ScriptStats;
  /** Printed lines of each element as laid out (lines the layout adds, like "(MORE)", excluded). */
  printedLines(): number[];
  /** 1-based number of the scene an element stands in; 0 before the first heading. */
  sceneOf(elementIndex: number): number;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

export function checkContext(script: Screenplay, profile: PaperProfile): CheckContext {
  const scenes = lazy(() => {
    let n = 0;
    return script.elements.map((el) => (el.type === 'scene_heading' ? ++n : n));
  });
  return {
    script,
    profile,
    stats: lazy(() => scriptStats(script, profile)),
    printedLines: lazy(() => {
      const counts = new Array<number>(script.elements.length).fill(0);
      for (const page of paginate(script, profile).pages) for (const line of page.lines) if (line.start >= 0) counts[line.elementIndex]++;
      return counts;
    }),
    sceneOf: (i) => scenes()[i] ?? 0,
  };
}
