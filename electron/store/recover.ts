/**
 * Start-up health check of naskah.db. A file that SQLite cannot read, or that fails
 * `PRAGMA quick_check`, is moved aside into <data>/damaged (never deleted: it may still hold work
 * someone can rescue), and the newest backup that passes the same check is copied in its place.
 * The caller tells the user in plain words what happened and where the damaged file is.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { listBackups } from './backup.ts';

export const DAMAGED_DIR = 'damaged';

export interface Recovery {
  /** Where the damaged database was moved. */
  damaged: string;
  /** The backup restored, or null when none was usable (the library starts empty). */
  restored: string | null;
}

/** The errors that mean the file itself is damaged — not busy, locked, unreadable or elsewhere in trouble. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/**
 * 'ok', 'damaged', or — for any other trouble (another process holds a lock, no permission, an I/O
 * error) — a typed error: a database that is merely busy must never be moved aside and replaced.
 */
export function checkHealth(file: string): 'ok' | 'damaged' {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0].quick_check === 'ok' ? 'ok' : 'damaged';
  } catch (err) {
    if (DAMAGE_CODES.has((err as { code?: string }).code ?? '')) return 'damaged';
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

/** Checks the database file; moves it aside and restores a backup when it is damaged. */
export function recoverIfDamaged(dataDir: string, dbFile: string, now = new Date()): Recovery | null {
  const file = path.join(dataDir, dbFile);
  if (!fs.existsSync(file) || checkHealth(file) === 'ok') return null;
  const aside = path.join(dataDir, DAMAGED_DIR);
  fs.mkdirSync(aside, { recursive: true });
  const base = path.join(aside, `${path.basename(dbFile, '.db')}-${now.toISOString().replace(/[-:.]/g, '')}.db`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, base + suffix);
  }
  const good = listBackups(dataDir).find((b) => isHealthy(b.file));
  if (good) {
    fs.copyFileSync(good.file, `${file}.restoring`);
    fs.renameSync(`${file}.restoring`, file);
  }
  return { damaged: base, restored: good?.file ?? null };
}
