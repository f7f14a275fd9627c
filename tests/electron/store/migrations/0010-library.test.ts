/**
 * Migration 0010 (library): an empty file gets the library tables; the library opens with WAL,
 * synchronous=FULL and foreign keys at the latest version; a database from a newer app is refused
 * untouched; a failing migration rolls back; the library listing uses its index.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/store/database.ts';
import { migrate, schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0010 } from '../../../../electron/store/migrations/0010-library.ts';
import { AppError } from '../../../../shared/errors.ts';
import { dataDir, databaseAt, emptyDatabase, expectRegistered, LATEST_VERSION, openedLibrary, queryPlan, storedVersion, tableNames, thrown } from './helper.ts';

describe('migration 0010 (library)', () => {
  it('is registered and takes an empty file to version 10 with the library tables', () => {
    expectRegistered(migration0010);
    const db = databaseAt(migration0010);
    expect(schemaVersion(db)).toBe(10);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['drafts', 'scripts', 'settings', 'snapshots']));
  });

  it('opens with WAL, synchronous=FULL and foreign keys, at the latest version', () => {
    const db = openedLibrary();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const dir = dataDir();
    emptyDatabase(dir).pragma('user_version = 999');
    const err = thrown(() => openDatabase(dir));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'store.newer_database', params: { found: 999, supported: LATEST_VERSION } });
    expect(storedVersion(emptyDatabase(dir))).toBe(999);
  });

  it('rolls a failing migration back to the previous version', () => {
    const db = emptyDatabase();
    const broken = {
      version: 20,
      name: 'broken',
      up: (d: typeof db) => {
        d.exec('CREATE TABLE half (x)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [migration0010, broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name='half'").get()).toEqual({ n: 0 });
  });

  it('lists the library through the scripts_by_update index', () => {
    expect(queryPlan(openedLibrary(), 'SELECT id FROM scripts WHERE deleted_at IS NULL ORDER BY updated_at DESC')).toContain('scripts_by_update');
  });
});
