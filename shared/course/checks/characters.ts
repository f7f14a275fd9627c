/** Each character the exercise names speaks at least once ("SARI (V.O.)" counts as SARI). */
import { cueName } from '../../screenplay/rules/cue.ts';
import type { CheckContext } from './context.ts';
import { outcome, type CheckResult } from './result.ts';
import { checkResultId, type CheckOf } from './schema.ts';

export function checkCharacters(check: CheckOf<'characters'>, ctx: CheckContext): CheckResult {
  const speaking = new Set(ctx.script.elements.filter((el) => el.type === 'character').map((el) => cueName(el.text)));
  const missing = check.names.filter((n) => !speaking.has(cueName(n)));
  const base = { id: checkResultId(check), kind: check.kind };
  if (missing.length) return { ...base, passed: false, message: outcome(check.kind, 'missing', { names: missing.map((n) => n.toUpperCase()).join(', '), total: missing.length }) };
  return { ...base, passed: true, message: outcome(check.kind, 'ok', { total: check.names.length }) };
}
