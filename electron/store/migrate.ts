/**
 * Runs pending migrations, each in its own transaction that ends by setting PRAGMA user_version,
 * so a crash mid-migration leaves the database at the previous version, never in between.
 * Versions are numbered 10, 20, 30 … with room between them for hot-fixes (the rule is written in
 * migrations/index.ts); a database written before that scheme stores 1–9, read here as ×10.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/**
 * The step of the numbering. Migrations 1, 2, 3 of the first numbering are 10, 20, 30 now; a
 * database those builds wrote keeps its 1–3 until a newer migration runs on it (so an older build
 * can still open a library nothing has changed).
 */
export const VERSION_STEP = 10;

/** A stored PRAGMA user_version in today's numbering: 1–9 (the first numbering) × 10, the rest as they are. */
export function fromStoredVersion(stored: number): number {
  return stored > 0 && stored < VERSION_STEP ? stored * VERSION_STEP : stored;
}

/** The schema version of the database, in today's numbering (10, 20, 30 …; 0 for a new file). */
export function schemaVersion(db: Database.Database): number {
  return fromStoredVersion(db.pragma('user_version', { simple: true }) as number);
}

/** Refuses a list that breaks the numbering: a mistake at merge must fail every test, not a user's library. */
function checkNumbering(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version < VERSION_STEP || m.version <= previous) {
      throw new Error(
        `migration ${m.name} is numbered ${m.version}: versions are ${VERSION_STEP}, ${2 * VERSION_STEP}, ${3 * VERSION_STEP} … ` +
          `(a hot-fix in between), each above the one before it (${previous}); see electron/store/migrations/index.ts`,
      );
    }
    previous = m.version;
  }
}

/**
 * Brings the database to the newest version. `beforeMigrating` runs once when there is work to
 * do (the caller takes a backup there). A database at a version this build does not have — newer
 * than its last, or a hot-fix it lacks — was written by a newer Naskah and is left untouched.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  beforeMigrating?: (from: number, to: number) => void,
): { from: number; to: number } {
  checkNumbering(migrations);
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
  const from = schemaVersion(db);
  if (from > latest || (from > 0 && !migrations.some((m) => m.version === from))) {
    throw new AppError('store.newer_database', { found: from, supported: latest });
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length > 0) beforeMigrating?.(from, latest);
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: latest };
}
