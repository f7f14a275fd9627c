/**
 * Times in files from outside (reports, feedback): ISO 8601 only, as Naskah writes them, and never
 * in the future — a day of clock skew between the trainee's machine and the instructor's is
 * allowed, nothing more, so a report stamped "9999-…" cannot sit on top of a class table forever.
 */

/** A UTC instant as Date.toISOString() writes it, or with an offset: 2026-11-23T18:05:00.000Z. */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
/** A calendar day: 2026-11-23. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function realDay(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0);
}

/** Milliseconds since the epoch of an ISO instant, or null when it is not one (or not a real time). */
export function instantMs(text: string): number | null {
  const m = ISO_INSTANT.exec(text);
  if (!m || !realDay(m[1], m[2], m[3])) return null;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59 || Number(m[7] ?? 0) > 23 || Number(m[8] ?? 0) > 59) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** Milliseconds of a day's start (UTC), or null when it is not a real calendar day. */
export function dayMs(text: string): number | null {
  const m = ISO_DAY.exec(text);
  return m && realDay(m[1], m[2], m[3]) ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

export type DateProblem = 'not_iso' | 'future';

/** Checks an instant against the reader's clock: 'not_iso', 'future', or null when it is fine. */
export function instantProblem(text: string, now: number): DateProblem | null {
  const ms = instantMs(text);
  if (ms === null) return 'not_iso';
  return ms > now + CLOCK_SKEW_MS ? 'future' : null;
}

export function dayProblem(text: string, now: number): DateProblem | null {
  const ms = dayMs(text);
  if (ms === null) return 'not_iso';
  return ms > now + CLOCK_SKEW_MS ? 'future' : null;
}

/** A due date as course.json writes one: a day, or a day with a time (zone optional). */
const DUE = /^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export function isDueDate(text: string): boolean {
  return DUE.test(text) && dayMs(text.slice(0, 10)) !== null;
}
