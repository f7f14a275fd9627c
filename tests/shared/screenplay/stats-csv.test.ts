import { describe, expect, it } from 'vitest';
import { statsCsv, type StatsCsvLabels } from '../../../shared/screenplay/stats-csv.ts';
import type { ScriptStats } from '../../../shared/screenplay/stats.ts';

const L: StatsCsvLabels = {
  character: 'Character', speeches: 'Speeches', words: 'Words', scenes: 'Scenes', location: 'Location',
  group: 'Counted by', name: 'Name', setting: 'Setting', timeOfDay: 'Time of day',
  int: 'INT.', ext: 'EXT.', both: 'INT./EXT.', other: 'None',
};

const stats: ScriptStats = {
  pages: 2, runtimeMinutes: 2, scenes: 4, words: 40, dialogueWords: 12, interior: 2, exterior: 1, both: 0,
  timesOfDay: { PAGI: 1, MALAM: 2 },
  locations: [{ name: 'WARUNG', scenes: 2 }, { name: '=HYPERLINK("x")', scenes: 1 }],
  characters: [{ name: 'SARI', speeches: 2, words: 5, scenes: 1 }, { name: '@BUDI "B"', speeches: 1, words: 4, scenes: 2 }],
};

describe('statsCsv', () => {
  it('characters: header, then one quoted row each; formulas and quotes neutralised', () => {
    expect(statsCsv(stats, 'characters', L)).toBe(
      '"Character","Speeches","Words","Scenes"\r\n"SARI",2,5,1\r\n"\'@BUDI ""B""",1,4,2\r\n',
    );
  });
  it('locations: a name starting with = cannot run as a formula', () => {
    const csv = statsCsv(stats, 'locations', L);
    expect(csv.split('\r\n')[2]).toBe('"\'=HYPERLINK(""x"")",1');
  });
  it('scenes: settings, the scenes without INT./EXT., then times of day by count', () => {
    expect(statsCsv(stats, 'scenes', L).split('\r\n')).toEqual([
      '"Counted by","Name","Scenes"',
      '"Setting","INT.",2',
      '"Setting","EXT.",1',
      '"Setting","INT./EXT.",0',
      '"Setting","None",1',
      '"Time of day","MALAM",2',
      '"Time of day","PAGI",1',
      '',
    ]);
  });
});
