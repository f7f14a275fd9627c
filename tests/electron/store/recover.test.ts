/**
 * Storage that heals itself, on real SQLite files: a 0-byte or missing naskah.db is treated as
 * damaged, the newest backup that holds data is restored (never an empty one), the notice waits
 * until dismissed, and "start empty instead" leaves the damaged file and the backups untouched.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { backupNow, listBackups } from '../../../electron/store/backup.ts';
import { buildNewLibrary, openStore, placeNewLibrary } from '../../../electron/store/database.ts';
import { NOTICE_FILE, readPendingRecovery } from '../../../electron/store/recovery-notice.ts';
import { call } from '../../../electron/call.ts';
import { tempDataDir } from '../temp.ts';

const scene = (text: string) => ({ version: 1 as const, titlePage: [], elements: [{ type: 'action' as const, text }] });
const DAY = (d: number) => new Date(Date.UTC(2031, 0, d, 9));

/** A library holding `titles`, backed up as the daily backup of day `day`. Returns nothing open. */
async function libraryWithBackup(dir: string, titles: string[], day: number, drop = false): Promise<void> {
  const b = openBackend(dir, 'cli', 'en-US');
  if (drop) b.db.exec('DELETE FROM scripts');
  for (const title of titles) {
    const s = await call(b.handlers, 'library.create', { title });
    await call(b.handlers, 'draft.save', { scriptId: s.id, screenplay: scene(`${title} on day ${day}.`) });
  }
  backupNow(b.db, dir, 'daily', DAY(day));
  b.close();
}

const titlesIn = (b: Backend) => (b.db.prepare('SELECT title FROM scripts ORDER BY title').all() as { title: string }[]).map((r) => r.title);
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const dbFile = (dir: string) => path.join(dir, 'naskah.db');

describe('a 0-byte library file', () => {
  it('is moved aside and the newest backup that holds data restored, with a notice', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, ['Pulang'], 1);
    await libraryWithBackup(dir, ['Hujan'], 2);
    fs.writeFileSync(dbFile(dir), '');
    for (const s of ['-wal', '-shm']) fs.rmSync(dbFile(dir) + s, { force: true });

    const b = openBackend(dir, 'web', 'en-US');
    await b.dailyBackup;
    expect(titlesIn(b)).toEqual(['Hujan', 'Pulang']);
    const { recovery } = await call(b.handlers, 'app.info', {});
    expect(recovery).toMatchObject({ cause: 'empty', restoredAt: '2031-01-02T09:00:00.000Z' });
    expect(recovery?.restored).toMatch(/naskah-daily-20310102T090000000Z\.db$/);
    expect(fs.statSync(String(recovery?.damaged)).size).toBe(0);
    expect(path.dirname(String(recovery?.damaged))).toBe(path.join(dir, 'damaged'));
    b.close();
  });

  it('with no backup holding data: moved aside, an empty library, and the user told so', () => {
    const dir = tempDataDir();
    fs.writeFileSync(dbFile(dir), '');
    const { db, recovery } = openStore(dir);
    expect(recovery).toMatchObject({ cause: 'empty', restored: null });
    expect(fs.existsSync(recovery!.damaged!)).toBe(true);
    expect(db.prepare('SELECT count(*) n FROM scripts').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('a missing library file', () => {
  it('is restored from the newest backup that holds data when backups exist', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, ['Senja'], 3);
    for (const s of ['', '-wal', '-shm']) fs.rmSync(dbFile(dir) + s, { force: true });
    const b = openBackend(dir, 'cli', 'en-US');
    expect(titlesIn(b)).toEqual(['Senja']);
    expect(b.recoveredNow).toMatchObject({ cause: 'missing', damaged: null });
    expect(b.recoveredNow!.restored).toMatch(/20310103T090000000Z/);
    b.close();
  });

  it('moves a stray WAL aside instead of letting SQLite replay it into the restored library', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, ['Senja'], 3);
    fs.rmSync(dbFile(dir));
    fs.writeFileSync(`${dbFile(dir)}-wal`, 'left over');
    const b = openBackend(dir, 'cli', 'en-US');
    expect(titlesIn(b)).toEqual(['Senja']);
    const aside = fs.readdirSync(path.join(dir, 'damaged'));
    expect(aside.some((f) => f.endsWith('.db-wal'))).toBe(true);
    b.close();
  });

  it('is simply a new library when there are no backups (a first start), without a notice', () => {
    const dir = tempDataDir();
    const { db, recovery } = openStore(dir);
    expect(recovery).toBeNull();
    db.close();
    expect(fs.readdirSync(dir).sort()).toEqual(['naskah.db']);
  });
});

describe('backups that are empty', () => {
  it('are passed over: the newest backup that still holds a script is the one restored', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, ['Lama'], 1);
    // Two later backups of a library that had lost its scripts.
    await libraryWithBackup(dir, [], 2, true);
    await libraryWithBackup(dir, [], 3, true);
    fs.writeFileSync(dbFile(dir), '');
    const b = openBackend(dir, 'cli', 'en-US');
    expect(titlesIn(b)).toEqual(['Lama']);
    expect(b.recoveredNow!.restored).toMatch(/20310101T090000000Z/);
    b.close();
  });

  it('a course pack or a progress event is data too; settings alone are not', async () => {
    const dir = tempDataDir();
    const seed = openBackend(dir, 'cli', 'en-US');
    seed.db.prepare("INSERT INTO progress_events (pack_id, kind, at) VALUES ('kelas-a', 'lesson_done', '2031-01-01T00:00:00Z')").run();
    backupNow(seed.db, dir, 'daily', DAY(1));
    seed.db.exec('DELETE FROM progress_events');
    await call(seed.handlers, 'settings.set', { language: 'id' });
    backupNow(seed.db, dir, 'daily', DAY(2));
    seed.close();
    fs.writeFileSync(dbFile(dir), '');
    const b = openBackend(dir, 'cli', 'en-US');
    expect(b.recoveredNow!.restored).toMatch(/20310101T090000000Z/);
    expect(b.db.prepare('SELECT count(*) n FROM progress_events').get()).toEqual({ n: 1 });
    b.close();
  });

  it('when every backup is empty, the library starts empty and says that no backup held any work', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, [], 1);
    fs.rmSync(dbFile(dir));
    const b = openBackend(dir, 'cli', 'en-US');
    expect(b.recoveredNow).toMatchObject({ cause: 'missing', restored: null, damaged: null });
    expect(titlesIn(b)).toEqual([]);
    b.close();
  });

  it('a damaged backup is passed over even when it is the newest', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, ['Baik'], 1);
    await libraryWithBackup(dir, ['Rusak'], 2);
    const newest = listBackups(dir)[0].file;
    const fd = fs.openSync(newest, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x33), 0, 4096, 4096);
    fs.closeSync(fd);
    fs.writeFileSync(dbFile(dir), '');
    const b = openBackend(dir, 'cli', 'en-US');
    expect(b.recoveredNow!.restored).toMatch(/20310101T090000000Z/);
    expect(titlesIn(b)).toEqual(['Baik']);
    b.close();
  });
});

describe('the notice', () => {
  it('waits, across openings and from a CLI run to the app, until it is dismissed', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, ['Pulang'], 1);
    fs.writeFileSync(dbFile(dir), '');
    // The command line finds the damage first…
    openBackend(dir, 'cli', 'en-US').close();
    expect(readPendingRecovery(dir)).toMatchObject({ cause: 'empty' });
    // …and the app, opened later on the healed library, still tells the user.
    const app = openBackend(dir, 'web', 'en-US');
    await app.dailyBackup;
    expect(app.recoveredNow).toBeNull();
    expect((await call(app.handlers, 'app.info', {})).recovery).toMatchObject({ cause: 'empty' });
    await call(app.handlers, 'recovery.dismiss', {});
    expect((await call(app.handlers, 'app.info', {})).recovery).toBeNull();
    app.close();
    const again = openBackend(dir, 'web', 'en-US');
    await again.dailyBackup;
    expect((await call(again.handlers, 'app.info', {})).recovery).toBeNull();
    expect(fs.existsSync(path.join(dir, NOTICE_FILE))).toBe(false);
    again.close();
  });

  it('a notice file that is not a notice is ignored', () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, NOTICE_FILE), '{"cause":"flood","damaged":"/etc/passwd"}');
    expect(readPendingRecovery(dir)).toBeNull();
  });
});

describe('start empty instead', () => {
  it('sets the restored library aside, keeps the damaged file and every backup byte for byte, and keeps the settings', async () => {
    const dir = tempDataDir();
    await libraryWithBackup(dir, ['Pulang'], 1);
    await libraryWithBackup(dir, ['Hujan'], 2);
    fs.writeFileSync(dbFile(dir), 'not a database '.repeat(400));
    const b = openBackend(dir, 'web', 'en-US');
    await b.dailyBackup;
    await call(b.handlers, 'settings.set', { language: 'id', paper: 'a4' });
    // Written into the restored library before the user chose: set aside with it, not lost.
    await call(b.handlers, 'library.create', { title: 'Sesudah pemulihan' });
    const damaged = b.ctx.recovery!.damaged!;
    const before = { damaged: sha(damaged), backups: listBackups(dir).map((x) => [x.file, sha(x.file)]) };

    const { setAside }: { setAside: string } = await call(b.handlers, 'recovery.startEmpty', {});
    // The host keeps serving, now from the new library.
    expect(((await call(b.handlers, 'library.list', {})) as unknown[]).length).toBe(0);
    expect(await call(b.handlers, 'settings.get', {})).toMatchObject({ language: 'id', paper: 'a4' });
    await call(b.handlers, 'library.create', { title: 'Baru' });
    expect((await call(b.handlers, 'app.info', {})).recovery).toBeNull();
    b.close();

    expect(sha(damaged)).toBe(before.damaged);
    expect(listBackups(dir).map((x) => [x.file, sha(x.file)])).toEqual(before.backups);
    const aside = new Database(setAside, { readonly: true });
    expect((aside.prepare('SELECT title FROM scripts ORDER BY title').all() as { title: string }[]).map((r) => r.title)).toEqual(['Hujan', 'Pulang', 'Sesudah pemulihan']);
    aside.close();
    const next = openBackend(dir, 'cli', 'en-US');
    expect(next.recoveredNow).toBeNull();
    expect(titlesIn(next)).toEqual(['Baru']);
    next.close();
  });

  it('is refused when no backup was restored, and nothing changes', async () => {
    const dir = tempDataDir();
    const b = openBackend(dir, 'cli', 'en-US');
    await call(b.handlers, 'library.create', { title: 'Tetap' });
    await expect(call(b.handlers, 'recovery.startEmpty', {})).rejects.toMatchObject({ code: 'recovery.nothing_restored' });
    expect(titlesIn(b)).toEqual(['Tetap']);
    b.close();
  });
});

describe('a new library', () => {
  it('is built under a temporary name and put in place whole: no temporary file is left', () => {
    const dir = tempDataDir();
    // One left by a crash an hour ago is cleared; one another process may be building now is not.
    const crashed = path.join(dir, 'naskah.db.new-1-dead');
    const building = path.join(dir, 'naskah.db.new-2-live');
    fs.writeFileSync(crashed, 'x');
    fs.writeFileSync(building, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(crashed, hourAgo, hourAgo);
    openStore(dir).db.close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('.new-'))).toEqual(['naskah.db.new-2-live']);
    expect(fs.statSync(dbFile(dir)).size).toBeGreaterThan(0);
  });

  it('is not put in place over a library another process created meanwhile', async () => {
    const dir = tempDataDir();
    const temp = buildNewLibrary(dbFile(dir));
    // Another process got there first and has already written a script.
    const other = openBackend(dir, 'cli', 'en-US');
    await call(other.handlers, 'library.create', { title: 'Punya proses lain' });
    expect(fs.existsSync(temp)).toBe(true);
    placeNewLibrary(temp, dbFile(dir));
    expect(titlesIn(other)).toEqual(['Punya proses lain']);
    other.close();
    expect(fs.existsSync(temp)).toBe(false);
    const again = openBackend(dir, 'cli', 'en-US');
    expect(titlesIn(again)).toEqual(['Punya proses lain']);
    again.close();
  });
});
