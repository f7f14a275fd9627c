/**
 * Backups and start-up recovery on real files: daily and pre-migration backups rotate, a damaged
 * database is moved aside (never deleted) and the newest good backup restored, and the app says so.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/host.ts';
import { backupNow, dailyBackupIfDue, listBackups } from '../../../electron/store/backup.ts';
import { openDatabase, openStore } from '../../../electron/store/database.ts';
import { isHealthy } from '../../../electron/store/recover.ts';
import { migrate } from '../../../electron/store/migrate.ts';
import { migration001 } from '../../../electron/store/migrations/001-library.ts';
import { tempDataDir } from '../temp.ts';

const scene = (text: string) => ({ version: 1 as const, titlePage: [], elements: [{ type: 'action' as const, text }] });

describe('backups', () => {
  it('takes one daily backup a day, keeps the newest seven, and each is a healthy copy', () => {
    const dir = tempDataDir();
    const db = openDatabase(dir);
    expect(listBackups(dir).filter((b) => b.reason === 'daily')).toHaveLength(1);
    expect(dailyBackupIfDue(db, dir)).toBeNull();
    for (let d = 1; d <= 9; d++) backupNow(db, dir, 'daily', new Date(Date.UTC(2030, 0, d)));
    const daily = listBackups(dir).filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(7);
    expect(daily.every((b) => isHealthy(b.file))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => f.endsWith('.partial'))).toBe(false);
    db.close();
  });

  it('backs up before migrating an existing database', () => {
    const dir = tempDataDir();
    // A library written by an older Naskah: only migration 001 applied.
    const old = new Database(path.join(dir, 'naskah.db'));
    migrate(old, [migration001]);
    old.close();
    openDatabase(dir).close();
    const pre = listBackups(dir).filter((b) => b.reason === 'pre-migration');
    expect(pre).toHaveLength(1);
    const copy = new Database(pre[0].file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });
});

describe('start-up recovery', () => {
  it('moves a damaged database aside, restores the newest good backup, and reports it', async () => {
    const dir = tempDataDir();
    const b = openBackend(dir, 'cli', 'en-US');
    const s = await b.handlers['library.create']({ title: 'Pulang' });
    await b.handlers['draft.save']({ scriptId: s.id, screenplay: scene('Sebelum cadangan.') });
    backupNow(b.db, dir, 'daily', new Date(Date.UTC(2031, 0, 1)));
    b.close();
    // Overwrite the database header: SQLite no longer recognises the file.
    const file = path.join(dir, 'naskah.db');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
    fs.closeSync(fd);

    const again = openBackend(dir, 'cli', 'en-US');
    const info = await again.handlers['app.info']({});
    expect(info.recovery?.restored).toMatch(/naskah-daily-20310101T000000000Z\.db$/);
    expect(fs.existsSync(info.recovery!.damaged)).toBe(true);
    expect(fs.readFileSync(info.recovery!.damaged).subarray(0, 8)).toEqual(Buffer.alloc(8, 0x5a));
    const draft = await again.handlers['draft.load']({ scriptId: s.id });
    expect(draft.screenplay.elements[0].text).toBe('Sebelum cadangan.');
    again.close();
  });

  it('starts an empty library when no backup is usable, still keeping the damaged file', () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'naskah.db'), 'this is not a database at all, just text that got here somehow'.repeat(100));
    const { db, recovery } = openStore(dir);
    expect(recovery).toMatchObject({ restored: null });
    expect(fs.readFileSync(recovery!.damaged, 'utf8')).toContain('not a database');
    expect(db.prepare('SELECT count(*) n FROM scripts').get()).toEqual({ n: 0 });
    db.close();
  });

  it('leaves a healthy database alone', () => {
    const dir = tempDataDir();
    openDatabase(dir).close();
    const { db, recovery } = openStore(dir);
    expect(recovery).toBeNull();
    db.close();
  });
});

describe('trouble that is not damage', () => {
  it('refuses to open a database another process holds locked, and moves nothing aside', () => {
    const dir = tempDataDir();
    openDatabase(dir).close();
    const holder = new Database(path.join(dir, 'naskah.db'));
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    holder.prepare('SELECT count(*) FROM scripts').get();
    try {
      expect(() => openStore(dir)).toThrowError(expect.objectContaining({ code: 'store.cannot_open' }));
      expect(fs.existsSync(path.join(dir, 'damaged'))).toBe(false);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    const { db, recovery } = openStore(dir);
    expect(recovery).toBeNull();
    db.close();
  });

  it('opens the library even when the daily backup cannot be written', () => {
    const dir = tempDataDir();
    // A file where the backups folder should be: every backup attempt fails.
    fs.writeFileSync(path.join(dir, 'backups'), 'not a folder');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { db } = openStore(dir);
      expect(db.prepare('SELECT count(*) n FROM scripts').get()).toEqual({ n: 0 });
      db.close();
    } finally {
      console.warn = warn;
    }
  });
});
