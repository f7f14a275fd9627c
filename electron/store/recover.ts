/**
 * Start-up health check of naskah.db. The library is treated as damaged when
 *  - SQLite cannot read the file, or it fails `PRAGMA quick_check` ('damaged');
 *  - the file is 0 bytes ('empty'): what a failed open on a full disk leaves behind. SQLite would
 *    open it as a new, empty library without a word; Naskah itself never leaves one (a new library
 *    is created whole under another name and then put in place, see database.ts);
 *  - the file is missing while backups exist ('missing'): the library was there before.
 * A damaged file is moved aside into <data>/damaged (never deleted: it may still hold work someone
 * can rescue), and the newest backup that passes the same check *and holds data* (library-content.ts)
 * is copied in its place. A backup of an already empty library is no rescue: restoring it would
 * only hide the older backups that still hold the scripts.
 * The notice waits in recovery.json until the user dismisses it (recovery-notice.ts).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { listBackups, type BackupFile } from './backup.ts';
import { BUSY_TIMEOUT_MS } from './busy-timeout.ts';
import { isDiskFull } from './disk-full.ts';
import { contentOf, holdsData } from './library-content.ts';
import { savePendingRecovery } from './recovery-notice.ts';

export const DAMAGED_DIR = 'damaged';

export type RecoveryCause = 'damaged' | 'empty' | 'missing';

export interface Recovery {
  cause: RecoveryCause;
  /** When it happened (ISO). */
  at: string;
  /** Where the damaged database was moved; null when there was no file ('missing'). */
  damaged: string | null;
  /** The backup restored, or null when none held data (the library starts empty). */
  restored: string | null;
  /** When that backup was taken (ISO), or null. */
  restoredAt: string | null;
}

/** The errors that mean the file itself is damaged — not busy, locked, unreadable or elsewhere in trouble. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/**
 * 'ok', 'damaged', or — for any other trouble (another process holds a lock, no permission, an I/O
 * error) — a typed error: a database that is merely busy must never be moved aside and replaced.
 */
export function checkHealth(file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): 'ok' | 'damaged' {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0].quick_check === 'ok' ? 'ok' : 'damaged';
  } catch (err) {
    if (DAMAGE_CODES.has((err as { code?: string }).code ?? '')) return 'damaged';
    if (isDiskFull(err, path.dirname(file))) throw new AppError('store.disk_full_open', { file });
    throw new AppError('store.cannot_open', { file, reason: String((err as Error).message ?? err).replace(/\s+/g, ' ').slice(0, 200) });
  } finally {
    db?.close();
  }
}

export function isHealthy(file: string): boolean {
  try {
    return checkHealth(file) === 'ok';
  } catch {
    return false;
  }
}

/** Why the database file needs recovering, or null when it is fine (or simply new: no file, no backups). */
export function diagnose(dataDir: string, file: string, busyTimeoutMs = BUSY_TIMEOUT_MS): RecoveryCause | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return listBackups(dataDir).length > 0 ? 'missing' : null;
  if (stat.size === 0) return 'empty';
  return checkHealth(file, busyTimeoutMs) === 'ok' ? null : 'damaged';
}

/** A file stamp usable on every OS: 20261123T180512345Z. */
export function fileStamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

/**
 * Moves the database and its -wal/-shm companions to `base` (+ the same suffixes). Companions are
 * moved even when the database itself is missing: SQLite would otherwise replay a stray WAL into
 * the next library created under that name.
 */
export function moveDatabase(file: string, base: string): boolean {
  let moved = false;
  fs.mkdirSync(path.dirname(base), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    if (!fs.existsSync(file + suffix)) continue;
    fs.renameSync(file + suffix, base + suffix);
    if (suffix === '') moved = true;
  }
  return moved;
}

/** The newest backup that is healthy and holds data, or null. */
export function newestBackupWithData(dataDir: string): BackupFile | null {
  return listBackups(dataDir).find((b) => holdsData(contentOf(b.file)) && isHealthy(b.file)) ?? null;
}

/** 20310101T000000000Z → 2031-01-01T00:00:00.000Z */
function stampToIso(at: string): string {
  return `${at.slice(0, 4)}-${at.slice(4, 6)}-${at.slice(6, 8)}T${at.slice(9, 11)}:${at.slice(11, 13)}:${at.slice(13, 15)}.${at.slice(15, 18)}Z`;
}

/** Checks the database file; moves it aside and restores a backup when it is damaged, empty or missing. */
export function recoverIfDamaged(dataDir: string, dbFile: string, now = new Date(), busyTimeoutMs = BUSY_TIMEOUT_MS): Recovery | null {
  const file = path.join(dataDir, dbFile);
  const cause = diagnose(dataDir, file, busyTimeoutMs);
  if (!cause) return null;
  const base = path.join(dataDir, DAMAGED_DIR, `${path.basename(dbFile, '.db')}-${fileStamp(now)}.db`);
  const moved = moveDatabase(file, base);
  const good = newestBackupWithData(dataDir);
  if (good) {
    fs.copyFileSync(good.file, `${file}.restoring`);
    fs.renameSync(`${file}.restoring`, file);
  }
  const recovery: Recovery = { cause, at: now.toISOString(), damaged: moved ? base : null, restored: good?.file ?? null, restoredAt: good ? stampToIso(good.at) : null };
  savePendingRecovery(dataDir, recovery);
  return recovery;
}
