/** What the JSON reader refuses in a model's revisions: marks outside their text, sets nobody listed, a set listed twice. */
import { fail, type Result } from '../../errors.ts';
import type { Screenplay } from '../model.ts';

export function checkRevisions(script: Screenplay): Result<never> | null {
  const listed = new Set<number>();
  for (const [i, r] of (script.revisions ?? []).entries()) {
    if (listed.has(r.set)) return fail('screenplay.bad_model', { path: `revisions.${i}.set`, problem: `revision set ${r.set} listed twice` });
    listed.add(r.set);
  }
  for (const [i, el] of script.elements.entries()) {
    if (el.revision !== undefined && !listed.has(el.revision)) {
      return fail('screenplay.bad_model', { path: `elements.${i}.revision`, problem: `revision set ${el.revision} is not in revisions` });
    }
    for (const m of el.revisionMarks ?? []) {
      if (m.end > el.text.length) return fail('screenplay.bad_model', { path: `elements.${i}.revisionMarks`, problem: 'revision mark outside text' });
      if (!listed.has(m.set)) return fail('screenplay.bad_model', { path: `elements.${i}.revisionMarks`, problem: `revision set ${m.set} is not in revisions` });
    }
  }
  return null;
}
