/**
 * Migration 0020 (course): applies after 0010 in a real SQLite file, deleting a pack removes its
 * files but never the progress log (progress outlives reinstalls), a report is stored once per
 * content hash, and the progress queries use their index.
 */
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0020 } from '../../../../electron/store/migrations/0020-course.ts';
import { databaseAt, expectRegistered, queryPlan, tableNames } from './helper.ts';

const at = '2026-01-01T00:00:00.000Z';

const open = () => databaseAt(migration0020);

describe('migration 0020 (course)', () => {
  it('is registered and takes version 10 to 20 with the course tables', () => {
    expectRegistered(migration0020);
    const db = open();
    expect(schemaVersion(db)).toBe(20);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['course_packs', 'course_files', 'exercise_links', 'progress_events', 'class_reports']));
  });

  it('drops a removed pack’s files but keeps its progress events', () => {
    const db = open();
    db.prepare('INSERT INTO course_packs VALUES (?, ?, ?, ?, ?, ?)').run('id.pack', '1.0.0', 1, '{}', at, at);
    db.prepare('INSERT INTO course_files VALUES (?, ?, ?, ?)').run('id.pack', 'lessons/a.md', 'h', Buffer.from('# A'));
    db.prepare('INSERT INTO progress_events (pack_id, kind, item_id, at) VALUES (?, ?, ?, ?)').run('id.pack', 'lesson_viewed', 'a', at);
    db.prepare('DELETE FROM course_packs WHERE id = ?').run('id.pack');
    expect(db.prepare('SELECT count(*) n FROM course_files').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) n FROM progress_events').get()).toEqual({ n: 1 });
  });

  it('stores an imported report once per content hash', () => {
    const db = open();
    // Columns named: later migrations add columns of their own (006 adds signer_key).
    const insert = db.prepare('INSERT OR IGNORE INTO class_reports (sha256, pack_id, trainee, body, generated_at, imported_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('h1', 'id.pack', 'Dewi', '{}', at, at);
    insert.run('h1', 'id.pack', 'Dewi', '{}', at, at);
    expect(db.prepare('SELECT count(*) n FROM class_reports').get()).toEqual({ n: 1 });
  });

  it('reads one pack’s progress through its index', () => {
    const db = open();
    expect(queryPlan(db, "SELECT * FROM progress_events WHERE pack_id = ? AND kind = 'lesson_viewed'", 'p')).toContain('progress_events_by_pack');
  });
});
