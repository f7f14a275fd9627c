/**
 * Checks on paragraph length, counted in printed lines as the layout engine wraps them (so the
 * count matches the page the trainee sees, dual dialogue's narrower columns included).
 */
import { cueName } from '../../screenplay/rules/cue.ts';
import type { CheckContext } from './context.ts';
import { outcome, type CheckResult } from './result.ts';
import { checkResultId, type CheckOf } from './schema.ts';

interface Span {
  elementIndex: number;
  lines: number;
}

function verdict(check: CheckOf<'max_action_lines'> | CheckOf<'max_speech_lines'>, ctx: CheckContext, spans: Span[], extra: (s: Span) => Record<string, string | number> = () => ({})): CheckResult {
  const base = { id: checkResultId(check), kind: check.kind };
  const over = spans.filter((s) => s.lines > check.lines);
  const longest = spans.reduce((m, s) => Math.max(m, s.lines), 0);
  if (over.length === 0) return { ...base, passed: true, message: outcome(check.kind, 'ok', { longest, max: check.lines }) };
  const worst = over.reduce((a, b) => (b.lines > a.lines ? b : a));
  return {
    ...base,
    passed: false,
    message: outcome(check.kind, 'too_long', { elementIndex: worst.elementIndex, scene: ctx.sceneOf(worst.elementIndex), found: worst.lines, max: check.lines, total: over.length, ...extra(worst) }),
  };
}

export function checkMaxActionLines(check: CheckOf<'max_action_lines'>, ctx: CheckContext): CheckResult {
  const lines = ctx.printedLines();
  const spans = ctx.script.elements.flatMap((el, i) => (el.type === 'action' ? [{ elementIndex: i, lines: lines[i] }] : []));
  return verdict(check, ctx, spans);
}

/** A speech is everything one cue says: its dialogue and parentheticals, up to the next element. */
export function checkMaxSpeechLines(check: CheckOf<'max_speech_lines'>, ctx: CheckContext): CheckResult {
  const lines = ctx.printedLines();
  const els = ctx.script.elements;
  const spans: Span[] = [];
  els.forEach((el, i) => {
    if (el.type !== 'character') return;
    let n = 0;
    for (let j = i + 1; j < els.length && (els[j].type === 'dialogue' || els[j].type === 'parenthetical'); j++) n += lines[j];
    spans.push({ elementIndex: i, lines: n });
  });
  return verdict(check, ctx, spans, (s) => ({ character: cueName(els[s.elementIndex].text) }));
}
