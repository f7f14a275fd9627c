/** Checks on the script's form: title page, INT and EXT scenes, FADE IN/OUT, times of day. */
import { parseHeading } from '../../screenplay/rules/heading.ts';
import type { CheckContext } from './context.ts';
import { outcome, type CheckResult } from './result.ts';
import { checkResultId, type CheckOf } from './schema.ts';

const UNPRINTED = new Set(['note', 'section', 'synopsis', 'page_break']);

/** Every listed field is on the title page with a non-empty value (keys compared case-blind). */
export function checkTitlePage(check: CheckOf<'title_page'>, ctx: CheckContext): CheckResult {
  const present = new Set(ctx.script.titlePage.filter((f) => f.value.trim() !== '').map((f) => f.key.trim().toLowerCase()));
  const missing = check.fields.filter((f) => !present.has(f.toLowerCase()));
  const base = { id: checkResultId(check), kind: check.kind };
  if (missing.length) return { ...base, passed: false, message: outcome(check.kind, 'missing', { fields: missing.join(', '), total: missing.length }) };
  return { ...base, passed: true, message: outcome(check.kind, 'ok', { total: check.fields.length }) };
}

/** At least one interior and one exterior scene; an INT./EXT. heading counts as both. */
export function checkIntAndExt(check: CheckOf<'int_and_ext'>, ctx: CheckContext): CheckResult {
  const s = ctx.stats();
  const interior = s.interior + s.both;
  const exterior = s.exterior + s.both;
  const base = { id: checkResultId(check), kind: check.kind };
  const params = { interior, exterior };
  if (interior === 0 && exterior === 0) return { ...base, passed: false, message: outcome(check.kind, 'missing_both', params) };
  if (interior === 0) return { ...base, passed: false, message: outcome(check.kind, 'missing_interior', params) };
  if (exterior === 0) return { ...base, passed: false, message: outcome(check.kind, 'missing_exterior', params) };
  return { ...base, passed: true, message: outcome(check.kind, 'ok', params) };
}

/**
 * The first printed element starts with FADE IN and the last is FADE OUT or FADE TO BLACK —
 * whatever element type the writer used (Fountain reads a plain "FADE IN:" as action).
 */
export function checkFadeInOut(check: CheckOf<'fade_in_out'>, ctx: CheckContext): CheckResult {
  const printed = ctx.script.elements.filter((el) => !UNPRINTED.has(el.type) && el.text.trim() !== '');
  const first = printed[0]?.text.trim().toUpperCase() ?? '';
  const last = printed[printed.length - 1]?.text.trim().toUpperCase() ?? '';
  const fadeIn = /^FADE IN\b/.test(first);
  const fadeOut = /^(FADE OUT|FADE TO BLACK)\b/.test(last) && printed.length > 1;
  const base = { id: checkResultId(check), kind: check.kind };
  const what = fadeIn && fadeOut ? 'ok' : !fadeIn && !fadeOut ? 'missing_both' : fadeIn ? 'missing_fade_out' : 'missing_fade_in';
  return { ...base, passed: what === 'ok', message: outcome(check.kind, what) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every scene heading's time of day (as the heading grammar reads it: "… - MALAM", "… SIANG",
 * "EXT. SIANG. JEMBATAN MERAH.") is, or ends with, one of the allowed words, case-blind; an
 * aside in brackets after it ("MALAM (FLASHBACK)") does not count against it.
 */
export function checkTimeOfDay(check: CheckOf<'time_of_day'>, ctx: CheckContext): CheckResult {
  const allowed = check.allowed.map((w) => w.trim().toUpperCase());
  const ends = new RegExp(`(?:^|[\\s\\-–—])(?:${allowed.map(escape).join('|')})$`);
  const timeOf = (heading: string) => {
    const time = parseHeading(heading).time.replace(/\([^()]*\)/g, ' ');
    let end = time.length;
    while (end > 0 && ' .,;:!'.includes(time[end - 1])) end--;
    return time.slice(0, end).trim();
  };
  const bad: number[] = [];
  let headings = 0;
  ctx.script.elements.forEach((el, i) => {
    if (el.type !== 'scene_heading') return;
    headings++;
    if (!ends.test(timeOf(el.text))) bad.push(i);
  });
  const base = { id: checkResultId(check), kind: check.kind };
  if (bad.length === 0) return { ...base, passed: true, message: outcome(check.kind, 'ok', { total: headings }) };
  const i = bad[0];
  // Headings print in capitals whatever was typed.
  const heading = ctx.script.elements[i].text.trim().toUpperCase();
  return {
    ...base,
    passed: false,
    message: outcome(check.kind, 'bad_heading', {
      elementIndex: i,
      scene: ctx.sceneOf(i),
      heading,
      allowed: allowed.join(', '),
      total: bad.length,
    }),
  };
}
