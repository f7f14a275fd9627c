/**
 * The Reports view's tables as CSV files (characters, scenes by setting and time of day,
 * locations): the same figures as the tables on screen, headers in the writer's language.
 * Cells go through the course report's csvCell, so a character or location whose name starts
 * with = + - @ cannot run as a spreadsheet formula. CRLF line ends, as RFC 4180 and spreadsheets expect.
 */
import { csvCell } from '../course/report.ts';
import type { ScriptStats } from './stats.ts';

export const STATS_TABLES = ['characters', 'scenes', 'locations'] as const;
export type StatsTable = (typeof STATS_TABLES)[number];

/** Translated column headers and row names of the tables. */
export interface StatsCsvLabels {
  character: string;
  speeches: string;
  words: string;
  scenes: string;
  location: string;
  /** The scenes table's first two columns: what a row counts (setting or time of day), and its name. */
  group: string;
  name: string;
  setting: string;
  timeOfDay: string;
  int: string;
  ext: string;
  both: string;
  other: string;
}

type Cell = string | number;

function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function statsCsv(stats: ScriptStats, table: StatsTable, l: StatsCsvLabels): string {
  if (table === 'characters') {
    return toCsv([[l.character, l.speeches, l.words, l.scenes], ...stats.characters.map((c) => [c.name, c.speeches, c.words, c.scenes])]);
  }
  if (table === 'locations') {
    return toCsv([[l.location, l.scenes], ...stats.locations.map((x) => [x.name, x.scenes])]);
  }
  const other = stats.scenes - stats.interior - stats.exterior - stats.both;
  const settings: Cell[][] = [
    [l.setting, l.int, stats.interior],
    [l.setting, l.ext, stats.exterior],
    [l.setting, l.both, stats.both],
    ...(other > 0 ? [[l.setting, l.other, other]] : []),
  ];
  // Most scenes first, then by name: the order the view shows.
  const times = Object.entries(stats.timesOfDay)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([time, n]): Cell[] => [l.timeOfDay, time, n]);
  return toCsv([[l.group, l.name, l.scenes], ...settings, ...times]);
}
