/**
 * Opens naskah.db: WAL for concurrent readers, synchronous=FULL so an acknowledged save survives
 * a power cut, foreign keys on, and a busy timeout so a second process waits instead of failing.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { backupNow } from './backup.ts';
import { BUSY_TIMEOUT_MS } from './busy-timeout.ts';
import { isDiskFull } from './disk-full.ts';
import { migrate } from './migrate.ts';
import { recoverIfDamaged, type Recovery } from './recover.ts';
import { migrations } from './migrations/index.ts';

export const DB_FILE = 'naskah.db';

export type Db = Database.Database;

export function openDatabase(dataDir: string): Db {
  return openStore(dataDir).db;
}

function connect(file: string, journal: 'WAL' | 'DELETE' = 'WAL', busyTimeoutMs = BUSY_TIMEOUT_MS): Db {
  let db: Db | null = null;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma(`journal_mode = ${journal}`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    return db;
  } catch (cause) {
    db?.close();
    if (isDiskFull(cause, path.dirname(file))) throw new AppError('store.disk_full_open', { file });
    throw new AppError('store.cannot_open', { file, reason: (cause as Error).message });
  }
}

const TEMP_SUFFIXES = ['', '-journal', '-wal', '-shm'];
/** A temporary library untouched this long was left by a crash; one being built is written steadily. */
const STALE_TEMP_MS = 10 * 60_000;

function removeStaleTemps(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.new-`;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const written = fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs;
    if (written !== undefined && Date.now() - written > STALE_TEMP_MS) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Builds a new, migrated library under a temporary name beside `file` and returns that name. The
 * caller puts it in place with placeNewLibrary, so naskah.db never exists half made: a full disk
 * during the first start fails here and leaves nothing, never a 0-byte naskah.db that would later
 * be mistaken for a library. Built with a rollback journal, not WAL: every commit is then in the
 * file itself when it closes (a WAL that could not be checkpointed on a full disk would be left
 * behind under the temporary name, and the placed file would lack what it held).
 */
export function buildNewLibrary(file: string, prepare?: (db: Db) => void): string {
  removeStaleTemps(file);
  const temp = `${file}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const db = connect(temp, 'DELETE');
    try {
      migrate(db, migrations);
      prepare?.(db);
    } finally {
      db.close();
    }
    // A hot journal left means the last commit did not complete: not a library to put in place.
    if (fs.existsSync(`${temp}-journal`)) throw new AppError('store.disk_full_open', { file });
    return temp;
  } catch (err) {
    for (const suffix of TEMP_SUFFIXES) fs.rmSync(temp + suffix, { force: true });
    if (isDiskFull(err, path.dirname(file))) throw new AppError('store.disk_full_open', { file });
    throw err;
  }
}

/**
 * Puts a library built by buildNewLibrary in place — only if there is still no naskah.db (a hard
 * link fails when the name exists, so another process starting at the same moment keeps its
 * library, and we open that one). Where the file system has no hard links (FAT on a USB stick), a
 * rename.
 */
export function placeNewLibrary(temp: string, file: string): void {
  try {
    fs.linkSync(temp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') {
      if (fs.existsSync(file)) fs.rmSync(temp, { force: true });
      else fs.renameSync(temp, file);
      return;
    }
  }
  fs.rmSync(temp, { force: true });
}

/**
 * Opens the store, first replacing a damaged, empty or missing database by its newest backup that
 * holds data (`recovery` says so, and recovery.json keeps the notice until the user dismisses it).
 * The daily backup is not taken here but by the long-running hosts, in the background
 * (openBackend, dailyBackupIfDue). `busyTimeoutMs` is how long to wait for a lock another process
 * holds (the tests of that refusal need not wait the app's five seconds).
 */
export function openStore(dataDir: string, { busyTimeoutMs = BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {}): { db: Db; recovery: Recovery | null } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const recovery = recoverIfDamaged(dataDir, DB_FILE, new Date(), busyTimeoutMs);
  if (!fs.existsSync(file)) placeNewLibrary(buildNewLibrary(file), file);
  const db = connect(file, 'WAL', busyTimeoutMs);
  try {
    // A backup before any schema change: a failed or faulty migration can always be undone.
    migrate(db, migrations, (from) => {
      if (from > 0) backupNow(db, dataDir, 'pre-migration');
    });
  } catch (cause) {
    db.close();
    if (isDiskFull(cause, dataDir)) throw new AppError('store.disk_full_open', { file });
    throw cause;
  }
  return { db, recovery };
}
