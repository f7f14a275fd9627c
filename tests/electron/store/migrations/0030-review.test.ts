/**
 * Migration 0030 (review): applies on top of the earlier migrations in a real SQLite file, its
 * constraints hold, deleting a script or session removes what hangs off it, and the queries the
 * review store runs use their indexes.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/store/database.ts';
import { schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0030 } from '../../../../electron/store/migrations/0030-review.ts';
import { databaseAt, expectRegistered, queryPlan as plan, tableNames } from './helper.ts';

// The library as 0030 left it: 0060 renames its mentor-side note tables (0060-review-comments.test.ts).
const fresh = () => databaseAt(migration0030);

const at = '2025-01-01T00:00:00.000Z';

function seed(d: Db) {
  d.prepare('INSERT INTO scripts (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run('s1', 'Pulang', at, at);
  d.prepare('INSERT INTO snapshots (id, script_id, name, body, created_at) VALUES (?, ?, ?, ?, ?)').run('snap1', 's1', 'Review', '{}', at);
  d.prepare('INSERT INTO review_exports (script_id, snapshot_id, draft_sha256, created_at) VALUES (?, ?, ?, ?)').run('s1', 'snap1', 'h', at);
  d.prepare(
    `INSERT INTO feedback_imports (script_id, feedback_id, snapshot_id, draft_sha256, reviewer_name, approved, overall, rubric, scores, exported_at, imported_at)
     VALUES ('s1', 'f1', 'snap1', 'h', 'Bu Ratna', NULL, '', NULL, '[]', ?, ?)`,
  ).run(at, at);
  d.prepare(
    `INSERT INTO feedback_comments (script_id, feedback_id, id, anchor, original_anchor, body, severity, author, created_at, updated_at)
     VALUES ('s1', 'f1', 'c1', '{}', '{}', 'x', 'must_fix', 'Bu Ratna', ?, ?)`,
  ).run(at, at);
  d.prepare(
    `INSERT INTO feedback_replies (script_id, feedback_id, comment_id, id, author, body, created_at, origin)
     VALUES ('s1', 'f1', 'c1', 'r1', 'Dewi', 'ok', ?, 'trainee')`,
  ).run(at);
}

describe('migration 0030 (review)', () => {
  it('is registered in order and brings the database to its version', () => {
    expectRegistered(migration0030);
    const d = fresh();
    expect(schemaVersion(d)).toBe(30);
    expect(tableNames(d)).toEqual(expect.arrayContaining(['review_sessions', 'review_notes', 'review_note_replies', 'review_exports', 'feedback_imports', 'feedback_comments', 'feedback_replies']));
  });

  it('enforces severities, statuses and origins', () => {
    const d = fresh();
    seed(d);
    expect(() =>
      d.prepare(`UPDATE feedback_comments SET severity = 'minor' WHERE id = 'c1'`).run(),
    ).toThrow(/CHECK/);
    expect(() => d.prepare(`UPDATE feedback_comments SET status = 'closed' WHERE id = 'c1'`).run()).toThrow(/CHECK/);
    expect(() => d.prepare(`UPDATE feedback_replies SET origin = 'bot' WHERE id = 'r1'`).run()).toThrow(/CHECK/);
    // A comment must belong to an imported feedback file.
    expect(() =>
      d
        .prepare(
          `INSERT INTO feedback_comments (script_id, feedback_id, id, anchor, original_anchor, body, severity, author, created_at, updated_at)
           VALUES ('s1', 'nope', 'c2', '{}', '{}', 'x', 'suggestion', 'a', ?, ?)`,
        )
        .run(at, at),
    ).toThrow(/FOREIGN KEY/);
  });

  it('removes imported feedback and export records with their script, and notes with their session', () => {
    const d = fresh();
    seed(d);
    d.prepare('DELETE FROM scripts WHERE id = ?').run('s1');
    for (const t of ['review_exports', 'feedback_imports', 'feedback_comments', 'feedback_replies']) {
      expect((d.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n).toBe(0);
    }
    d.prepare(
      `INSERT INTO review_sessions (id, script_id, snapshot_id, draft_sha256, script_title, trainee_name, meta, draft, reviewer_name, created_at, updated_at)
       VALUES ('r1', 's9', 'snap9', 'h', 'T', 'Dewi', '{}', '{}', 'Bu Ratna', ?, ?)`,
    ).run(at, at);
    d.prepare(`INSERT INTO review_notes (session_id, id, anchor, body, severity, author, created_at, updated_at) VALUES ('r1', 'n1', '{}', 'b', 'suggestion', 'a', ?, ?)`).run(at, at);
    d.prepare(`INSERT INTO review_note_replies (session_id, note_id, id, author, body, created_at) VALUES ('r1', 'n1', 'x1', 'a', 'b', ?)`).run(at);
    d.prepare('DELETE FROM review_sessions WHERE id = ?').run('r1');
    expect((d.prepare('SELECT COUNT(*) AS n FROM review_notes').get() as { n: number }).n).toBe(0);
    expect((d.prepare('SELECT COUNT(*) AS n FROM review_note_replies').get() as { n: number }).n).toBe(0);
  });

  it('serves the review queries from indexes', () => {
    const d = fresh();
    expect(plan(d, 'SELECT * FROM review_sessions WHERE snapshot_id = ? AND draft_sha256 = ?', 'a', 'b')).toMatch(/USING INDEX review_sessions_by_draft/);
    expect(plan(d, 'SELECT * FROM review_sessions ORDER BY updated_at DESC')).toMatch(/review_sessions_by_update/);
    expect(plan(d, 'SELECT * FROM feedback_comments WHERE script_id = ? AND status = ? ORDER BY created_at', 's', 'open')).toMatch(/USING INDEX feedback_comments_by_status/);
    expect(plan(d, 'SELECT * FROM feedback_comments WHERE script_id = ? AND feedback_id = ?', 's', 'f')).toMatch(/USING (INDEX|PRIMARY KEY|INDEX sqlite_autoindex_feedback_comments)/);
    expect(plan(d, 'SELECT * FROM review_exports WHERE script_id = ? AND draft_sha256 = ? LIMIT 1', 's', 'h')).toMatch(/USING (INDEX sqlite_autoindex_review_exports|PRIMARY KEY)/);
    expect(plan(d, 'SELECT * FROM review_notes WHERE session_id = ? ORDER BY created_at', 'r')).toMatch(/USING (INDEX sqlite_autoindex_review_notes|PRIMARY KEY)/);
  });
});
