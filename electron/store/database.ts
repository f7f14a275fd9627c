/**
 * Opens naskah.db: WAL for concurrent readers, synchronous=FULL so an acknowledged save survives
 * a power cut, foreign keys on, and a busy timeout so a second process waits instead of failing.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { backupNow } from './backup.ts';
import { migrate } from './migrate.ts';
import { recoverIfDamaged, type Recovery } from './recover.ts';
import { migrations } from './migrations/index.ts';

export const DB_FILE = 'naskah.db';

export type Db = Database.Database;

export function openDatabase(dataDir: string): Db {
  return openStore(dataDir).db;
}

/**
 * Opens the store, first replacing a damaged database by its newest good backup (`recovery` says
 * so). The daily backup is not taken here but by the long-running hosts, in the background
 * (openBackend, dailyBackupIfDue).
 */
export function openStore(dataDir: string): { db: Db; recovery: Recovery | null } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const recovery = recoverIfDamaged(dataDir, DB_FILE);
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (cause) {
    throw new AppError('store.cannot_open', { file, reason: (cause as Error).message });
  }
  try {
    // A backup before any schema change: a failed or faulty migration can always be undone.
    migrate(db, migrations, (from) => {
      if (from > 0) backupNow(db, dataDir, 'pre-migration');
    });
  } catch (cause) {
    db.close();
    throw cause;
  }
  return { db, recovery };
}
