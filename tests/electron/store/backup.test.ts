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
import { tempDataDir } from '../temp.ts';
import { legacyLibrary } from './migrations/helper.ts';

const scene = (text: string) => ({ version: 1 as const, titlePage: [], elements: [{ type: 'action' as const, text }] });

describe('backups', () => {
  it('takes one daily backup a day, keeps the newest seven, and each is a healthy copy', async () => {
    const dir = tempDataDir();
    const db = openDatabase(dir);
    expect(await dailyBackupIfDue(db, dir)).toMatch(/naskah-daily-\d{8}T\d{9}Z\.db$/);
    expect(listBackups(dir).filter((b) => b.reason === 'daily')).toHaveLength(1);
    expect(await dailyBackupIfDue(db, dir)).toBeNull();
    for (let d = 1; d <= 9; d++) backupNow(db, dir, 'daily', new Date(Date.UTC(2030, 0, d)));
    const daily = listBackups(dir).filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(7);
    expect(daily.every((b) => isHealthy(b.file))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => f.endsWith('.partial'))).toBe(false);
    db.close();
  });

  it('takes the daily backup in the background: the app serves and saves while it is made, and the copy holds what was stored', async () => {
    const dir = tempDataDir();
    const first = openBackend(dir, 'web', 'en-US');
    await first.dailyBackup;
    const s = await first.handlers['library.create']({ title: 'Hujan' });
    await first.handlers['draft.save']({ scriptId: s.id, screenplay: scene('Sebelum hari ini.') });
    first.close();
    fs.rmSync(path.join(dir, 'backups'), { recursive: true });
    // Enough data that the copy takes many steps of 100 pages.
    const bulk = new Database(path.join(dir, 'naskah.db'));
    bulk.exec('CREATE TABLE ballast (x)');
    const insert = bulk.prepare('INSERT INTO ballast VALUES (?)');
    bulk.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run('x'.repeat(500));
    })();
    bulk.close();

    const b = openBackend(dir, 'web', 'en-US');
    let settled = false;
    void b.dailyBackup.then(() => (settled = true));
    // Opening returned before the copy finished, and the library answers meanwhile.
    const draft = await b.handlers['draft.load']({ scriptId: s.id });
    expect(settled).toBe(false);
    await b.handlers['draft.save']({ scriptId: s.id, screenplay: scene('Selama cadangan.'), baseRevision: draft.revision });
    const file = await b.dailyBackup;
    expect(file).toMatch(/naskah-daily-/);
    expect(isHealthy(file!)).toBe(true);
    const copy = new Database(file!, { readonly: true });
    expect(copy.prepare('SELECT count(*) n FROM ballast').get()).toEqual({ n: 20_000 });
    copy.close();
    b.close();
  });

  it('a daily backup cut short by closing leaves neither a backup nor a partial file', async () => {
    const dir = tempDataDir();
    const seed = openDatabase(dir);
    seed.exec('CREATE TABLE ballast (x)');
    const insert = seed.prepare('INSERT INTO ballast VALUES (?)');
    seed.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run('x'.repeat(500));
    })();
    seed.close();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const b = openBackend(dir, 'electron', 'en-US');
      b.close();
      expect(await b.dailyBackup).toBeNull();
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).toMatch(/daily backup skipped/);
    expect(listBackups(dir).filter((x) => x.reason === 'daily')).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('clears a partial file a crash left behind, but not one another process is writing now', async () => {
    const dir = tempDataDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const crashed = path.join(backups, 'naskah-daily-20300101T000000000Z.db.partial');
    const live = path.join(backups, 'naskah-daily-20300102T000000000Z.db.partial');
    fs.writeFileSync(crashed, 'half a copy');
    fs.writeFileSync(live, 'being written');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(crashed, hourAgo, hourAgo);
    const db = openDatabase(dir);
    expect(await dailyBackupIfDue(db, dir)).toMatch(/naskah-daily-/);
    db.close();
    expect(fs.existsSync(crashed)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
  });

  it('takes no daily backup for a command-line run', async () => {
    const dir = tempDataDir();
    const b = openBackend(dir, 'cli', 'en-US');
    expect(await b.dailyBackup).toBeNull();
    b.close();
    expect(listBackups(dir)).toEqual([]);
  });

  it('backs up before migrating an existing database', () => {
    const dir = tempDataDir();
    // A library written by an older Naskah: only its first migration applied (user_version 1).
    legacyLibrary(dir, 1);
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
    expect(fs.existsSync(info.recovery!.damaged!)).toBe(true);
    expect(fs.readFileSync(info.recovery!.damaged!).subarray(0, 8)).toEqual(Buffer.alloc(8, 0x5a));
    const draft = await again.handlers['draft.load']({ scriptId: s.id });
    expect(draft.screenplay.elements[0].text).toBe('Sebelum cadangan.');
    again.close();
  });

  it('starts an empty library when no backup is usable, still keeping the damaged file', () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'naskah.db'), 'this is not a database at all, just text that got here somehow'.repeat(100));
    const { db, recovery } = openStore(dir);
    expect(recovery).toMatchObject({ restored: null });
    expect(fs.readFileSync(recovery!.damaged!, 'utf8')).toContain('not a database');
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
      // It waits busyTimeoutMs (the app: five seconds) for the lock, then refuses.
      expect(() => openStore(dir, { busyTimeoutMs: 100 })).toThrowError(expect.objectContaining({ code: 'store.cannot_open' }));
      expect(fs.existsSync(path.join(dir, 'damaged'))).toBe(false);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
    const { db, recovery } = openStore(dir);
    expect(recovery).toBeNull();
    db.close();
  });

  it('opens the library even when the daily backup cannot be written', async () => {
    const dir = tempDataDir();
    // A file where the backups folder should be: every backup attempt fails.
    fs.writeFileSync(path.join(dir, 'backups'), 'not a folder');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const b = openBackend(dir, 'web', 'en-US');
      expect(await b.dailyBackup).toBeNull();
      expect(b.db.prepare('SELECT count(*) n FROM scripts').get()).toEqual({ n: 0 });
      b.close();
    } finally {
      console.warn = warn;
    }
  });
});
