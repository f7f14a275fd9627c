/**
 * Scene counts by the light they are shot in — day, night, dawn, dusk — for the Reports view's
 * summary, from the times of day written in scene headings. Which word is which light is the
 * time-of-day table's (shared/screenplay/rules/time-of-day.ts): SUBUH is dawn, SENJA dusk,
 * DINI HARI night; CONTINUOUS, LATER, LANJUTAN… and untimed scenes count as "other".
 */
import { lightOf, type Light } from '../../shared/screenplay/rules/time-of-day.ts';

export type LightCount = Record<Light | 'other', number>;

/** The order Reports shows them in: the day, then the hours around it. */
export const LIGHTS: readonly (Light | 'other')[] = ['day', 'night', 'dawn', 'dusk', 'other'];

export { lightOf };

/** Scene counts by light; scenes without a time of day count as "other". */
export function dayNight(timesOfDay: Record<string, number>, scenes: number): LightCount {
  const out: LightCount = { day: 0, night: 0, dawn: 0, dusk: 0, other: 0 };
  let timed = 0;
  for (const [time, n] of Object.entries(timesOfDay)) {
    out[lightOf(time)] += n;
    timed += n;
  }
  out.other += Math.max(0, scenes - timed);
  return out;
}
