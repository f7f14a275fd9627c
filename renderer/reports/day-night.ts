/**
 * Scene counts by the light they are shot in — day, night, dawn, dusk — for the Reports view's
 * summary, from the times of day written in scene headings. Which word is which light is the
 * time-of-day table's (shared/screenplay/rules/time-of-day.ts): SUBUH is dawn, SENJA dusk,
 * DINI HARI night; CONTINUOUS, LATER, LANJUTAN… and untimed scenes count as "other".
 */
export { LIGHTS, lightOf, scenesByLight as dayNight, type LightCount } from '../../shared/screenplay/rules/time-of-day.ts';
