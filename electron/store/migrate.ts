/**
 * Runs pending migrations, each in its own transaction that ends by setting PRAGMA user_version,
 * so a crash mid-migration leaves the database at the previous version, never in between.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest version. `beforeMigrating` runs once when there is work to
 * do (the caller takes a backup there).
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  beforeMigrating?: (from: number, to: number) => void,
): { from: number; to: number } {
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const from = schemaVersion(db);
  if (from > latest) throw new AppError('store.newer_database', { found: from, supported: latest });
  if (from < latest) beforeMigrating?.(from, latest);
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: latest };
}
