/** The words-per-day chart's data: one point per calendar day, so days without writing show. */
const DAY = 86_400;

/** Consecutive days from the first to the last entry (UTC midnights, seconds), zeros filled in. */
export function dailySeries(perDay: readonly { day: string; words: number }[]): [number[], number[]] {
  if (perDay.length === 0) return [[], []];
  const words = new Map(perDay.map((d) => [d.day, d.words]));
  const start = Date.parse(`${perDay[0].day}T00:00:00Z`) / 1000;
  const end = Date.parse(`${perDay[perDay.length - 1].day}T00:00:00Z`) / 1000;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let t = start; t <= end; t += DAY) {
    xs.push(t);
    ys.push(words.get(new Date(t * 1000).toISOString().slice(0, 10)) ?? 0);
  }
  return [xs, ys];
}
