/**
 * The migration numbering (electron/store/migrations/index.ts): files, versions and the list agree;
 * versions go in tens with hot-fixes in between; libraries written before the tens (user_version
 * 1–9) open and migrate from the right place; a version this build lacks is refused untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../electron/host.ts';
import { openDatabase } from '../../../../electron/store/database.ts';
import { fromStoredVersion, migrate, schemaVersion, VERSION_STEP, type Migration } from '../../../../electron/store/migrate.ts';
import { listBackups } from '../../../../electron/store/backup.ts';
import { dataDir, emptyDatabase, LATEST_VERSION, legacyLibrary, migrations, storedVersion, thrown } from './helper.ts';

const DIR = path.join(REPO_ROOT, 'electron', 'store', 'migrations');

describe('migration files and the list', () => {
  it('registers every NNNN-name.ts file in order, each numbered by its file and exported as migrationNNNN', async () => {
    const files = fs.readdirSync(DIR).filter((f) => f !== 'index.ts').sort();
    expect(files.length).toBe(migrations.length);
    for (const [i, file] of files.entries()) {
      const [, digits, name] = /^(\d{4})-([a-z0-9-]+)\.ts$/.exec(file) ?? [];
      expect(digits, `${file}: a migration file is named NNNN-name.ts`).toBeDefined();
      const module = (await import(path.join(DIR, file))) as Record<string, Migration>;
      expect(Object.keys(module), file).toEqual([`migration${digits}`]);
      const m = module[`migration${digits}`];
      expect({ version: m.version, name: m.name }, file).toEqual({ version: Number(digits), name });
      expect(migrations[i], `${file} is registered in index.ts in its place`).toBe(m);
    }
  });

  it('numbers the first three 10, 20, 30: migrations 1, 2, 3 of the first numbering', () => {
    expect(migrations.slice(0, 3).map((m) => [m.version, m.name])).toEqual([
      [10, 'library'],
      [20, 'course'],
      [30, 'review'],
    ]);
  });

  it('refuses a list that breaks the numbering, before touching the database', () => {
    const noop = (version: number, name = `m${version}`): Migration => ({ version, name, up: () => {} });
    for (const list of [[noop(1)], [noop(10), noop(10, 'again')], [noop(20), noop(10)], [noop(10), noop(15.5)]]) {
      const db = emptyDatabase();
      expect(() => migrate(db, list)).toThrow(/see electron\/store\/migrations\/index\.ts/);
      expect(storedVersion(db)).toBe(0);
    }
  });
});

describe('libraries from before the tens', () => {
  it('reads a stored 1–9 as ten times that, and leaves other values as they are', () => {
    expect([0, 1, 2, 3, 9, 10, 31, 40].map(fromStoredVersion)).toEqual([0, 10, 20, 30, 90, 10, 31, 40]);
    expect(VERSION_STEP).toBe(10);
  });

  // Every user_version a build of the first numbering could have written: 1, 2, 3 today (and 4 …
  // once the work numbered 004 … before the tens is registered as 0040 …).
  const legacyValues = migrations.map((m) => m.version / VERSION_STEP).filter((v) => Number.isInteger(v) && v < VERSION_STEP);

  it.each(legacyValues)('opens a library left at user_version %i, keeps its scripts and runs only the newer migrations', (stored) => {
    const dir = dataDir();
    legacyLibrary(dir, stored);
    const before = emptyDatabase(dir);
    before.prepare('INSERT INTO scripts (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run('s1', 'Pulang', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    expect(schemaVersion(before)).toBe(stored * VERSION_STEP);
    before.close();

    const db = openDatabase(dir);
    try {
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT title FROM scripts').all()).toEqual([{ title: 'Pulang' }]);
      const pending = stored * VERSION_STEP < LATEST_VERSION;
      // Rewritten in today's numbering only by a migration that ran; untouched otherwise, so the
      // build that wrote it can still open it.
      expect(storedVersion(db)).toBe(pending ? LATEST_VERSION : stored);
      // A backup before any schema change, in the file's own (first) numbering.
      expect(listBackups(dir).filter((b) => b.reason === 'pre-migration')).toHaveLength(pending ? 1 : 0);
    } finally {
      db.close();
    }
  });
});

describe('hot-fixes between the tens', () => {
  const [library, course, review] = migrations;
  const table = (version: number, name: string): Migration => ({ version, name, up: (db) => db.exec(`CREATE TABLE ${name} (x)`) });
  const hotFix = table(31, 'hotfix');
  const next = table(40, 'next');

  it('runs a hot-fix numbered between two migrations in its place, and only once', () => {
    const db = emptyDatabase();
    migrate(db, [library, course, review]);
    expect(migrate(db, [library, course, review, hotFix, next])).toEqual({ from: 30, to: 40 });
    expect(storedVersion(db)).toBe(40);
    expect(migrate(db, [library, course, review, hotFix, next])).toEqual({ from: 40, to: 40 });
    // A library that got the hot-fix on the released line gets only what came after it.
    const fixed = emptyDatabase();
    migrate(fixed, [library, course, review, hotFix]);
    expect(migrate(fixed, [library, course, review, hotFix, next])).toEqual({ from: 31, to: 40 });
  });

  it('refuses, untouched, a library at a hot-fix this build does not have', () => {
    const db = emptyDatabase();
    migrate(db, [library, course, review, hotFix]);
    const err = thrown(() => migrate(db, [library, course, review, next]));
    expect(err).toMatchObject({ code: 'store.newer_database', params: { found: 31, supported: 40 } });
    expect(storedVersion(db)).toBe(31);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'next'").get()).toEqual({ n: 0 });
  });
});
