/**
 * What every migration test needs, in one place: a real SQLite file at a chosen point of the
 * series (before a migration, at it, or as the app opens it), the schema read back, and the query
 * plans. Points in the series are named by migration, never by list index, so a hot-fix or a
 * renumbering at merge does not shift them. Every database and folder made here is closed and
 * removed after its test.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/store/database.ts';
import { fromStoredVersion, migrate, type Migration } from '../../../../electron/store/migrate.ts';
import { migrations } from '../../../../electron/store/migrations/index.ts';
import { tempDataDir } from '../../temp.ts';

export { migrations };

/** The newest version this build knows. */
export const LATEST_VERSION = migrations[migrations.length - 1].version;

const opened: Database.Database[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new folder for a data directory, removed after the test. */
export function dataDir(): string {
  const dir = tempDataDir('naskah-migration-');
  folders.push(dir);
  return dir;
}

/** An empty database file in a new data directory (foreign keys on, as the app opens it). */
export function emptyDatabase(dir = dataDir()): Database.Database {
  const db = new Database(path.join(dir, 'naskah.db'));
  db.pragma('foreign_keys = ON');
  opened.push(db);
  return db;
}

/** The registered migrations up to and including `m`. */
export function migrationsUpTo(m: Migration): Migration[] {
  expectRegistered(m);
  return migrations.filter((x) => x.version <= m.version);
}

/** The registered migrations before `m`: the series a user's library has when `m` first runs on it. */
export function migrationsBefore(m: Migration): Migration[] {
  expectRegistered(m);
  return migrations.filter((x) => x.version < m.version);
}

/** A new database with every registered migration up to and including `m` applied. */
export function databaseAt(m: Migration): Database.Database {
  const db = emptyDatabase();
  migrate(db, migrationsUpTo(m));
  return db;
}

/** A new database with the migrations before `m` applied: fill it, then `migrateToLatest` runs `m` on it. */
export function databaseBefore(m: Migration): Database.Database {
  const db = emptyDatabase();
  migrate(db, migrationsBefore(m));
  return db;
}

/** Runs the rest of the series on `db`, as opening it in the app would. */
export function migrateToLatest(db: Database.Database): { from: number; to: number } {
  return migrate(db, migrations);
}

/** The library exactly as the app opens it (openDatabase: WAL, foreign keys, every migration). */
export function openedLibrary(dir = dataDir()): Db {
  const db = openDatabase(dir);
  opened.push(db);
  return db;
}

/**
 * A library as a build of the first numbering left it: its migrations 1…`stored` applied and
 * PRAGMA user_version = `stored` (1–9). Closed, in `dir`.
 */
export function legacyLibrary(dir: string, stored: number): void {
  const version = fromStoredVersion(stored);
  expect(version, `${stored} is not a version of the first numbering`).not.toBe(stored);
  const db = new Database(path.join(dir, 'naskah.db'));
  migrate(db, migrations.filter((m) => m.version <= version));
  db.pragma(`user_version = ${stored}`);
  db.close();
}

/** PRAGMA user_version as stored in the file (not translated to today's numbering). */
export function storedVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Asserts that `m` is in the list once, in order (the numbering test checks the files). */
export function expectRegistered(m: Migration): void {
  expect(migrations.filter((x) => x === m), `${m.name} (${m.version}) is not in migrations/index.ts`).toHaveLength(1);
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
}

export function columnNames(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** EXPLAIN QUERY PLAN's details for `sql`, joined: assert which index it uses. */
export function queryPlan(db: Database.Database, sql: string, ...args: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

/** The error `run` throws; fails the test when it returns instead, so no assertion on the error is skipped. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  expect.fail('expected it to throw, and it returned');
}
