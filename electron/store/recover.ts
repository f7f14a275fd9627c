/**
 * Start-up health check of naskah.db. A file that SQLite cannot read, or that fails
 * `PRAGMA quick_check`, is moved aside into <data>/damaged (never deleted: it may still hold work
 * someone can rescue), and the newest backup that passes the same check is copied in its place.
 * The caller tells the user in plain words what happened and where the damaged file is.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from './backup.ts';

export const DAMAGED_DIR = 'damaged';

export interface Recovery {
  /** Where the damaged database was moved. */
  damaged: string;
  /** The backup restored, or null when none was usable (the library starts empty). */
  restored: string | null;
}

export function isHealthy(file: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0].quick_check === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Checks the database file; moves it aside and restores a backup when it is damaged. */
export function recoverIfDamaged(dataDir: string, dbFile: string, now = new Date()): Recovery | null {
  const file = path.join(dataDir, dbFile);
  if (!fs.existsSync(file) || isHealthy(file)) return null;
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
