/**
 * Backup rotation over simulated days, on real SQLite files: seven daily backups are kept, plus a
 * last-known-good — the newest backup that holds data while every newer one holds less — so a week
 * of backups of an emptied library never pushes out the last copy of the work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { dailyBackupIfDue, lastKnownGood, listBackups } from '../../../electron/store/backup.ts';
import { contentOf } from '../../../electron/store/library-content.ts';
import { tempDataDir } from '../temp.ts';

const DAY = (d: number) => new Date(Date.UTC(2031, 2, d, 8));
const dayOf = (at: string) => Number(at.slice(6, 8));

async function create(b: Backend, title: string): Promise<string> {
  return (await b.handlers['library.create']({ title })).id;
}

/**
 * Runs `days` days: each morning `change(day)` edits the library, then the day's backup is taken
 * (the real daily path, SQLite's online backup API). Returns the days whose backups are left.
 */
async function simulate(days: number, change: (b: Backend, day: number) => Promise<void>): Promise<{ dir: string; kept: number[] }> {
  const dir = tempDataDir();
  const b = openBackend(dir, 'cli', 'en-US');
  for (let day = 1; day <= days; day++) {
    await change(b, day);
    expect(await dailyBackupIfDue(b.db, dir, DAY(day))).toMatch(/naskah-daily-/);
  }
  b.close();
  return { dir, kept: listBackups(dir).map((x) => dayOf(x.at)).sort((a, z) => a - z) };
}

describe('backup rotation over 10 simulated days', () => {
  it('a growing library keeps exactly the last seven days', async () => {
    const { kept } = await simulate(10, async (b, day) => void (await create(b, `Hari ${day}`)));
    expect(kept).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it('a library emptied on day 4: days 4–10 hold nothing, and day 3 (the last with the scripts) is kept', async () => {
    const { dir, kept } = await simulate(10, async (b, day) => {
      if (day <= 3) await create(b, `Hari ${day}`);
      if (day === 4) b.db.exec('DELETE FROM scripts');
    });
    expect(kept).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const lkg = listBackups(dir).find((x) => dayOf(x.at) === 3)!;
    expect(contentOf(lkg.file)).toMatchObject({ scripts: 3 });
    // And it is the backup a 0-byte library comes back from.
    fs.writeFileSync(path.join(dir, 'naskah.db'), '');
    const healed = openBackend(dir, 'cli', 'en-US');
    expect(healed.recoveredNow?.restored).toBe(lkg.file);
    expect(healed.db.prepare('SELECT count(*) n FROM scripts').get()).toEqual({ n: 3 });
    healed.close();
  });

  it('a library that lost part of its work keeps the last backup that had all of it', async () => {
    const ids: string[] = [];
    const { kept } = await simulate(10, async (b, day) => {
      if (day <= 2) ids.push(await create(b, `Hari ${day}`));
      // Day 3: one of the two scripts gone (not through the Trash); one script is still "data".
      if (day === 3) b.db.prepare('DELETE FROM scripts WHERE id = ?').run(ids[0]);
    });
    expect(kept).toEqual([2, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('the kept backup goes once a newer backup holds everything it held', async () => {
    const { kept } = await simulate(10, async (b, day) => {
      if (day <= 2) await create(b, `Awal ${day}`);
      if (day === 3) b.db.exec('DELETE FROM scripts');
      // From day 9 the writer has more than before the loss.
      if (day >= 9) {
        await create(b, `Baru ${day}`);
        await create(b, `Lagi ${day}`);
      }
    });
    // Day 2 (two scripts) was kept past its week until day 9's backup held as much again.
    expect(kept).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it('never keeps more than one extra backup, however the library shrinks', async () => {
    const { kept } = await simulate(10, async (b, day) => {
      if (day === 1) for (let i = 0; i < 10; i++) await create(b, `Naskah ${i}`);
      else b.db.exec('DELETE FROM scripts WHERE rowid = (SELECT max(rowid) FROM scripts)');
    });
    expect(kept).toHaveLength(8);
    expect(kept).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('lastKnownGood', () => {
  const backups = (n: number) => Array.from({ length: n }, (_, i) => ({ file: `f${i}`, reason: 'daily' as const, at: `203101${String(20 - i).padStart(2, '0')}T000000000Z` }));
  const content = (scripts: number) => ({ scripts, packs: 0, events: 0, reviews: 0, reports: 0 });

  it('is null while every backup is within the seven kept', () => {
    expect(lastKnownGood(backups(7), () => content(1))).toBeNull();
  });

  it('counts an unreadable backup as holding nothing', () => {
    const list = backups(9);
    const pick = lastKnownGood(list, (f) => (f === 'f8' ? content(5) : f === 'f7' ? null : content(0)));
    expect(pick?.file).toBe('f8');
  });
});
