/**
 * Migration 002 (course): applies after 001 in a real SQLite file, deleting a pack removes its
 * files but never the progress log (progress outlives reinstalls), a report is stored once per
 * content hash, and the progress queries use their index.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration001 } from '../../../../electron/store/migrations/001-library.ts';
import { migration002 } from '../../../../electron/store/migrations/002-course.ts';
import { migrations } from '../../../../electron/store/migrations/index.ts';
import { tempDataDir } from '../../temp.ts';

const at = '2026-01-01T00:00:00.000Z';

function open(): Database.Database {
  const db = new Database(path.join(tempDataDir(), 'naskah.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, [migration001, migration002]);
  return db;
}

describe('migration 002 (course)', () => {
  it('is registered second and takes version 1 to 2 with the course tables', () => {
    expect(migrations[1]).toBe(migration002);
    const db = open();
    expect(schemaVersion(db)).toBe(2);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['course_packs', 'course_files', 'exercise_links', 'progress_events', 'class_reports']));
    db.close();
  });

  it('drops a removed pack’s files but keeps its progress events', () => {
    const db = open();
    db.prepare('INSERT INTO course_packs VALUES (?, ?, ?, ?, ?, ?)').run('id.pack', '1.0.0', 1, '{}', at, at);
    db.prepare('INSERT INTO course_files VALUES (?, ?, ?, ?)').run('id.pack', 'lessons/a.md', 'h', Buffer.from('# A'));
    db.prepare('INSERT INTO progress_events (pack_id, kind, item_id, at) VALUES (?, ?, ?, ?)').run('id.pack', 'lesson_viewed', 'a', at);
    db.prepare('DELETE FROM course_packs WHERE id = ?').run('id.pack');
    expect(db.prepare('SELECT count(*) n FROM course_files').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) n FROM progress_events').get()).toEqual({ n: 1 });
    db.close();
  });

  it('stores an imported report once per content hash', () => {
    const db = open();
    // Columns named: later migrations add columns of their own (004 adds signer_key).
    const insert = db.prepare('INSERT OR IGNORE INTO class_reports (sha256, pack_id, trainee, body, generated_at, imported_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('h1', 'id.pack', 'Dewi', '{}', at, at);
    insert.run('h1', 'id.pack', 'Dewi', '{}', at, at);
    expect(db.prepare('SELECT count(*) n FROM class_reports').get()).toEqual({ n: 1 });
    db.close();
  });

  it('reads one pack’s progress through its index', () => {
    const db = open();
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM progress_events WHERE pack_id = ? AND kind = 'lesson_viewed'").all('p') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('progress_events_by_pack');
    db.close();
  });
});
