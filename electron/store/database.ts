/**
 * Opens naskah.db: WAL for concurrent readers, synchronous=FULL so an acknowledged save survives
 * a power cut, foreign keys on, and a busy timeout so a second process waits instead of failing.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';

export const DB_FILE = 'naskah.db';

export type Db = Database.Database;

export function openDatabase(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
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
    migrate(db, migrations);
  } catch (cause) {
    db.close();
    throw cause;
  }
  return db;
}
