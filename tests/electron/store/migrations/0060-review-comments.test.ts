/**
 * Migration 0060 (review comments): a library at 0050 whose mentor has comments and replies keeps
 * every one of them, under the tables' new names; the reply still belongs to its comment (the
 * foreign key follows the renames), and the mentor's queries still use the primary keys.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0050 } from '../../../../electron/store/migrations/0050-writing-sessions.ts';
import { migration0060 } from '../../../../electron/store/migrations/0060-review-comments.ts';
import { columnNames, databaseAt, databaseBefore, expectRegistered, migrateToLatest, queryPlan, tableNames } from './helper.ts';

const at = '2025-01-01T00:00:00.000Z';

const SESSIONS = ['r1', 'r2'];
const COMMENTS = [
  ['r1', 'n1', '{"kind":"general"}', 'Babak dua terlalu panjang.', 'suggestion', 'Bu Ratna'],
  ['r1', 'n2', '{"kind":"scene","sceneIndex":0}', 'Kenapa malam?', 'must_fix', 'Bu Ratna'],
  ['r2', 'n1', '{"kind":"general"}', '대사가 좋아요', 'suggestion', 'Pak Kim'],
];
const REPLIES = [
  ['r1', 'n2', 'x1', 'Bu Ratna', 'Lihat halaman 3.'],
  ['r1', 'n2', 'x2', 'Bu Ratna', 'Atau pagi?'],
  ['r2', 'n1', 'x1', 'Pak Kim', '감사합니다'],
];

/** A library at 0050 with two mentor sessions, their notes (as 0030 named them) and replies. */
function libraryAt0050WithNotes(): Database.Database {
  const db = databaseBefore(migration0060);
  expect(schemaVersion(db)).toBe(migration0050.version);
  for (const id of SESSIONS) {
    db.prepare(
      `INSERT INTO review_sessions (id, script_id, snapshot_id, draft_sha256, script_title, trainee_name, meta, draft, reviewer_name, created_at, updated_at)
       VALUES (?, 's1', ?, 'h', 'Pulang', 'Dewi', '{}', '{}', 'Bu Ratna', ?, ?)`,
    ).run(id, `snap-${id}`, at, at);
  }
  const note = db.prepare('INSERT INTO review_notes (session_id, id, anchor, body, severity, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const c of COMMENTS) note.run(...c, at, at);
  const reply = db.prepare('INSERT INTO review_note_replies (session_id, note_id, id, author, body, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of REPLIES) reply.run(...r, at);
  return db;
}

const count = (db: Database.Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('migration 0060 (review comments)', () => {
  it('is registered in order and names the mentor’s tables after comments', () => {
    expectRegistered(migration0060);
    const db = databaseAt(migration0060);
    expect(schemaVersion(db)).toBe(60);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['review_comments', 'review_comment_replies']));
    expect(tableNames(db)).not.toEqual(expect.arrayContaining(['review_notes']));
    expect(tableNames(db).filter((t) => t.includes('note'))).toEqual([]);
    expect(columnNames(db, 'review_comment_replies')).toEqual(['session_id', 'comment_id', 'id', 'author', 'body', 'created_at']);
  });

  it('keeps every comment and reply of a library at 0050', () => {
    const db = libraryAt0050WithNotes();
    expect(migrateToLatest(db)).toMatchObject({ from: 50 });
    expect(db.prepare('SELECT session_id, id, anchor, body, severity, author FROM review_comments ORDER BY session_id, id').all().map((row) => Object.values(row as object))).toEqual(COMMENTS);
    expect(db.prepare('SELECT session_id, comment_id, id, author, body FROM review_comment_replies ORDER BY session_id, comment_id, id').all().map((row) => Object.values(row as object))).toEqual(REPLIES);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('still ties each reply to its comment and each comment to its session', () => {
    const db = libraryAt0050WithNotes();
    migrateToLatest(db);
    // The foreign key names the new table and column (SQLite rewrote it with the renames).
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'review_comment_replies'").get() as { sql: string }).sql;
    expect(sql).toMatch(/FOREIGN KEY \(session_id, comment_id\) REFERENCES "?review_comments"?\(session_id, id\) ON DELETE CASCADE/);
    expect(() => db.prepare("INSERT INTO review_comment_replies VALUES ('r1', 'none', 'x9', 'a', 'b', ?)").run(at)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM review_comments WHERE session_id = 'r1' AND id = 'n2'").run();
    expect(count(db, 'review_comment_replies')).toBe(1);
    db.prepare("DELETE FROM review_sessions WHERE id = 'r2'").run();
    expect([count(db, 'review_comments'), count(db, 'review_comment_replies')]).toEqual([1, 0]);
  });

  it('reads a session’s comments and replies through their primary keys', () => {
    const db = databaseAt(migration0060);
    expect(queryPlan(db, 'SELECT * FROM review_comments WHERE session_id = ? AND id = ?', 'r', 'c')).toMatch(/USING (INDEX sqlite_autoindex_review_|PRIMARY KEY)/);
    expect(queryPlan(db, 'SELECT * FROM review_comments WHERE session_id = ? ORDER BY created_at, rowid', 'r')).toMatch(/USING (INDEX sqlite_autoindex_review_|PRIMARY KEY)/);
    expect(queryPlan(db, 'SELECT * FROM review_comment_replies WHERE session_id = ? ORDER BY created_at, rowid', 'r')).toMatch(/USING (INDEX sqlite_autoindex_review_|PRIMARY KEY)/);
  });
});
