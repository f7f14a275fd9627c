/** Checks on the script's size: pages (as the layout engine paginates), scenes, dialogue share. */
import type { CheckContext } from './context.ts';
import { outcome, type CheckResult } from './result.ts';
import { checkResultId, type CheckOf } from './schema.ts';

type Ranged = CheckOf<'pages'> | CheckOf<'scenes'> | CheckOf<'dialogue_share'>;

function inRange(check: Ranged, found: number, low: string, high: string, show: (n: number) => number = (n) => n): CheckResult {
  const base = { id: checkResultId(check), kind: check.kind };
  if (check.min !== undefined && found < check.min) return { ...base, passed: false, message: outcome(check.kind, low, { found: show(found), min: show(check.min) }) };
  if (check.max !== undefined && found > check.max) return { ...base, passed: false, message: outcome(check.kind, high, { found: show(found), max: show(check.max) }) };
  return { ...base, passed: true, message: outcome(check.kind, 'ok', { found: show(found) }) };
}

export function checkPages(check: CheckOf<'pages'>, ctx: CheckContext): CheckResult {
  return inRange(check, ctx.stats().pages, 'too_few', 'too_many');
}

export function checkScenes(check: CheckOf<'scenes'>, ctx: CheckContext): CheckResult {
  return inRange(check, ctx.stats().scenes, 'too_few', 'too_many');
}

/**
 * Words spoken in dialogue over all printed words (the same counts as the Reports view, so the
 * trainee sees one number everywhere). Compared exactly; shown as whole percentages.
 */
export function checkDialogueShare(check: CheckOf<'dialogue_share'>, ctx: CheckContext): CheckResult {
  const { words, dialogueWords } = ctx.stats();
  const share = words === 0 ? 0 : dialogueWords / words;
  return inRange(check, share, 'too_low', 'too_high', (n) => Math.round(n * 100));
}
