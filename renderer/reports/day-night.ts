/**
 * Groups the times of day written in scene headings into day, night and other, for the Reports
 * view's summary. English and Indonesian words both count: PAGI, SIANG and SORE are day; MALAM
 * and DINI HARI are night; CONTINUOUS, LATER, LANJUTAN… stay "other" (they are not a light).
 */
const DAY = new Set(['DAY', 'MORNING', 'AFTERNOON', 'NOON', 'MIDDAY', 'DAYTIME', 'PAGI', 'SIANG', 'SORE']);
const NIGHT = new Set(['NIGHT', 'MIDNIGHT', 'NIGHTTIME', 'MALAM']);
const NIGHT_PHRASES = ['DINI HARI'];

export type Light = 'day' | 'night' | 'other';

export function lightOf(time: string): Light {
  const t = time.toUpperCase().replace(/\(.*?\)/g, ' ');
  if (NIGHT_PHRASES.some((p) => t.includes(p))) return 'night';
  const words = t.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.some((w) => NIGHT.has(w))) return 'night';
  if (words.some((w) => DAY.has(w))) return 'day';
  return 'other';
}

/** Scene counts by light; scenes without a time of day count as "other". */
export function dayNight(timesOfDay: Record<string, number>, scenes: number): Record<Light, number> {
  const out: Record<Light, number> = { day: 0, night: 0, other: 0 };
  let timed = 0;
  for (const [time, n] of Object.entries(timesOfDay)) {
    out[lightOf(time)] += n;
    timed += n;
  }
  out.other += Math.max(0, scenes - timed);
  return out;
}
