/**
 * The one table of times of day: every word a scene heading may end with, in English, Bahasa
 * Indonesia and Korean, with the light it is shot in (what Reports counts as day, night, dawn,
 * dusk) and whether autocomplete and the format coach offer it, in which order. Stats, Reports,
 * the coach, the heading grammar and autocomplete read it from here; nothing else lists the words.
 *
 * Sources: Final Draft's default SmartType times (DAY, NIGHT, MORNING, EVENING, AFTERNOON,
 * CONTINUOUS, LATER, MOMENTS LATER) and /shared/GLOSSARY.md for Indonesian (PAGI, SIANG, SORE,
 * MALAM most used; SUBUH seen; SENJA, DINI HARI, MENJELANG … accepted, offered last) and Korean
 * (낮/밤 at the core — crews write D/N; 새벽, 아침, 오후, 황혼, 저녁, 늦은 밤). Korean words are written
 * as Korean scripts spell them, with the standard spacing (해 질 녘) and the common closed forms
 * (해질녘) both; a heading's time is matched word by word, so spacing must match a row.
 */

/** The light a scene is shot in; what a production's day/night breakdown sorts scenes by. */
export type Light = 'day' | 'night' | 'dawn' | 'dusk';
export type TimeLanguage = 'en' | 'id' | 'ko';

export interface TimeOfDay {
  /** As written in a heading, in capitals: "DINI HARI", "늦은 밤". */
  words: string;
  language: TimeLanguage;
  /**
   * The light; null for words that place a scene relative to the one before (CONTINUOUS, LATER,
   * LANJUTAN) and say nothing of the light.
   */
  light: Light | null;
  /** Offered as a choice (autocomplete, the coach's fix) in this order, lowest first; absent: recognised only. */
  offer?: number;
}

const en = (words: string, light: Light | null, offer?: number): TimeOfDay => ({ words, language: 'en', light, ...(offer ? { offer } : {}) });
const id = (words: string, light: Light | null, offer?: number): TimeOfDay => ({ words, language: 'id', light, ...(offer ? { offer } : {}) });
const ko = (words: string, light: Light | null, offer?: number): TimeOfDay => ({ words, language: 'ko', light, ...(offer ? { offer } : {}) });

export const TIMES_OF_DAY: readonly TimeOfDay[] = [
  en('DAY', 'day', 1),
  en('NIGHT', 'night', 2),
  en('MORNING', 'day', 3),
  en('EVENING', 'dusk', 4),
  en('AFTERNOON', 'day', 5),
  en('CONTINUOUS', null, 6),
  en('LATER', null, 7),
  en('MOMENTS LATER', null, 8),
  en('DAWN', 'dawn', 9),
  en('DUSK', 'dusk', 10),
  en('SUNRISE', 'dawn'),
  en('SUNSET', 'dusk'),
  en('TWILIGHT', 'dusk'),
  en('MAGIC HOUR', 'dusk'),
  en('NOON', 'day'),
  en('MIDDAY', 'day'),
  en('DAYTIME', 'day'),
  en('MIDNIGHT', 'night'),
  en('NIGHTTIME', 'night'),
  en('LATE NIGHT', 'night'),
  en('SAME', null),
  en('SAME TIME', null),
  en('CONTINUING', null),

  id('PAGI', 'day', 1),
  id('SIANG', 'day', 2),
  id('SORE', 'day', 3),
  id('MALAM', 'night', 4),
  id('SUBUH', 'dawn', 5),
  id('SENJA', 'dusk', 6),
  id('DINI HARI', 'night', 7),
  id('PAGI HARI', 'day'),
  id('SIANG HARI', 'day'),
  id('SORE HARI', 'day'),
  id('MALAM HARI', 'night'),
  id('TENGAH HARI', 'day'),
  id('TENGAH MALAM', 'night'),
  id('PETANG', 'dusk'),
  id('FAJAR', 'dawn'),
  id('MAGRIB', 'dusk'),
  id('MAGHRIB', 'dusk'),
  // MENJELANG ("towards"): the light of the hour it leads into.
  id('MENJELANG PAGI', 'dawn'),
  id('MENJELANG SUBUH', 'dawn'),
  id('MENJELANG SIANG', 'day'),
  id('MENJELANG SORE', 'day'),
  id('MENJELANG MALAM', 'dusk'),
  id('LANJUTAN', null),
  id('KEMUDIAN', null),
  id('BEBERAPA SAAT KEMUDIAN', null),
  id('SAAT YANG SAMA', null),

  ko('낮', 'day', 1),
  ko('밤', 'night', 2),
  ko('아침', 'day', 3),
  ko('저녁', 'dusk', 4),
  ko('새벽', 'dawn', 5),
  ko('오후', 'day', 6),
  ko('늦은 밤', 'night', 7),
  ko('오전', 'day'),
  ko('점심', 'day'),
  ko('한낮', 'day'),
  ko('정오', 'day'),
  ko('이른 아침', 'day'),
  ko('늦은 오후', 'day'),
  ko('황혼', 'dusk'),
  ko('해질녘', 'dusk'),
  ko('해 질 녘', 'dusk'),
  ko('일몰', 'dusk'),
  ko('노을', 'dusk'),
  ko('땅거미', 'dusk'),
  ko('초저녁', 'dusk'),
  ko('새벽녘', 'dawn'),
  ko('이른 새벽', 'dawn'),
  ko('동틀녘', 'dawn'),
  ko('동틀 녘', 'dawn'),
  ko('일출', 'dawn'),
  ko('한밤', 'night'),
  ko('한밤중', 'night'),
  ko('밤늦게', 'night'),
  ko('자정', 'night'),
  ko('심야', 'night'),
  // Relative times (Final Draft's CONTINUOUS, LATER, SAME TIME): no light of their own.
  ko('연속', null),
  ko('이어서', null),
  ko('잠시 후', null),
  ko('같은 시각', null),
  ko('같은 시간', null),
];

const BY_WORDS = new Map(TIMES_OF_DAY.map((t) => [t.words, t]));
const LONGEST = Math.max(...TIMES_OF_DAY.map((t) => t.words.split(' ').length));

/** A heading's time as words: capitals, bracketed asides such as "(FLASHBACK)" left out. */
function wordsOf(time: string): string[] {
  return time
    .toUpperCase()
    .replace(/\([^()]*\)/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * The table rows a time is made of, in reading order, longest phrase first at each word:
 * "MENJELANG MALAM" is one row (dusk), not MALAM (night); "2:00 PAGI" finds PAGI.
 */
export function timeRows(time: string): TimeOfDay[] {
  const words = wordsOf(time);
  const rows: TimeOfDay[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 1;
    for (let n = Math.min(LONGEST, words.length - i); n > 0; n--) {
      const row = BY_WORDS.get(words.slice(i, i + n).join(' '));
      if (row) {
        rows.push(row);
        taken = n;
        break;
      }
    }
    i += taken;
  }
  return rows;
}

/** No row, even with an aside in brackets after it, is longer: longer text is no time word. */
const MAX_ROW_TEXT = 200;

/** The one row a whole time is, if it is exactly a table word ("dini hari" → DINI HARI). */
export function timeRow(time: string): TimeOfDay | undefined {
  return time.length > MAX_ROW_TEXT ? undefined : BY_WORDS.get(wordsOf(time).join(' '));
}

/**
 * The light of a heading's time of day, or 'other' for none (CONTINUOUS, LATER, SUNDAY). Where
 * a time names more than one, the last wins: "SORE MENJELANG MALAM" is dusk, "NIGHT - LATER" night.
 */
export function lightOf(time: string): Light | 'other' {
  let light: Light | 'other' = 'other';
  for (const row of timeRows(time)) if (row.light) light = row.light;
  return light;
}

export type LightCount = Record<Light | 'other', number>;

/** The order Reports and `naskah stats` show the lights in: the day, then the hours around it. */
export const LIGHTS: readonly (Light | 'other')[] = ['day', 'night', 'dawn', 'dusk', 'other'];

/** Scene counts by light, from stats' times of day; scenes without a time count as "other". */
export function scenesByLight(timesOfDay: Record<string, number>, scenes: number): LightCount {
  const out: LightCount = { day: 0, night: 0, dawn: 0, dusk: 0, other: 0 };
  let timed = 0;
  for (const [time, n] of Object.entries(timesOfDay)) {
    out[lightOf(time)] += n;
    timed += n;
  }
  out.other += Math.max(0, scenes - timed);
  return out;
}

/** The language a time is written in, from its table rows (undefined when none is known). */
export function languageOfTime(time: string): TimeLanguage | undefined {
  return timeRows(time)[0]?.language;
}

/** The times offered in one language, in the table's order. */
export function offeredTimes(language: TimeLanguage): string[] {
  return TIMES_OF_DAY.filter((t) => t.language === language && t.offer !== undefined)
    .sort((a, b) => a.offer! - b.offer!)
    .map((t) => t.words);
}
