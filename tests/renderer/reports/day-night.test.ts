import { describe, expect, it } from 'vitest';
import { dayNight, lightOf } from '../../../renderer/reports/day-night.ts';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import { PAPER_PROFILES } from '../../../shared/screenplay/layout/profiles.ts';
import { scriptStats } from '../../../shared/screenplay/stats.ts';

describe('day and night from scene headings', () => {
  it('knows English and Indonesian times of day', () => {
    for (const t of ['DAY', 'PAGI', 'SIANG', 'SORE', 'EARLY MORNING', 'PAGI HARI', 'DAY (FLASHBACK)']) expect(lightOf(t), t).toBe('day');
    for (const t of ['NIGHT', 'MALAM', 'TENGAH MALAM', 'DINI HARI', 'LATE NIGHT', 'malam']) expect(lightOf(t), t).toBe('night');
    for (const t of ['CONTINUOUS', 'LATER', 'LANJUTAN', 'SAAT YANG SAMA', 'SUNDAY']) expect(lightOf(t), t).toBe('other');
    for (const t of ['SUBUH', 'DAWN', 'MENJELANG PAGI', '새벽']) expect(lightOf(t), t).toBe('dawn');
    for (const t of ['SENJA', 'DUSK', 'EVENING', 'SORE MENJELANG MALAM', '저녁']) expect(lightOf(t), t).toBe('dusk');
  });

  it('counts the scenes of a script, untimed scenes as other', () => {
    const script = parseFountain(
      ['INT. RUMAH - PAGI', 'EXT. JALAN - MALAM', 'INT. WARUNG - SORE', 'EXT. PASAR - DAY', 'INT. RUMAH - CONTINUOUS', 'INT. KAMAR', 'EXT. MASJID - SUBUH', 'EXT. PANTAI - SENJA'].join('\n\n'),
    );
    if (!script.ok) throw new Error('parse');
    const stats = scriptStats(script.value, PAPER_PROFILES.a4);
    expect(dayNight(stats.timesOfDay, stats.scenes)).toEqual({ day: 3, night: 1, dawn: 1, dusk: 1, other: 2 });
  });
});
