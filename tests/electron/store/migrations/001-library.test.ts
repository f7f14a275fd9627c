import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/store/database.ts';
import { migrate, schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration001 } from '../../../../electron/store/migrations/001-library.ts';
import { migrations } from '../../../../electron/store/migrations/index.ts';
import { AppError } from '../../../../shared/errors.ts';
import { tempDataDir } from '../../temp.ts';

describe('migration 001 (library)', () => {
  it('takes an empty file to version 1 with the library tables', () => {
    const db = new Database(path.join(tempDataDir(), 'naskah.db'));
    migrate(db, [migration001]);
    expect(schemaVersion(db)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['drafts', 'scripts', 'settings', 'snapshots']));
    db.close();
  });

  it('opens with WAL, synchronous=FULL and foreign keys, at the latest version', () => {
    const db = openDatabase(tempDataDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const dir = tempDataDir();
    const raw = new Database(path.join(dir, 'naskah.db'));
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(dir)).toThrowError(AppError);
    try {
      openDatabase(dir);
    } catch (err) {
      expect((err as AppError).code).toBe('store.newer_database');
    }
    const again = new Database(path.join(dir, 'naskah.db'));
    expect(schemaVersion(again)).toBe(999);
    again.close();
  });

  it('rolls a failing migration back to the previous version', () => {
    const db = new Database(path.join(tempDataDir(), 'naskah.db'));
    const broken = { version: 2, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE half (x)'); throw new Error('boom'); } };
    expect(() => migrate(db, [migration001, broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name='half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('lists the library through the scripts_by_update index', () => {
    const db = openDatabase(tempDataDir());
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM scripts WHERE deleted_at IS NULL ORDER BY updated_at DESC').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('scripts_by_update');
    db.close();
  });
});
