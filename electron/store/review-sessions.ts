/**
 * Mentor side, table review_sessions (migration 0030): a review session opened from a bundle —
 * the frozen draft and its metadata, kept read-only — with the mentor's verdict, overall comment
 * and rubric scores. Rows as stored (JSON columns as text); services parse and validate them.
 */
import type { Db } from './database.ts';

export interface SessionRow {
  id: string;
  script_id: string;
  snapshot_id: string;
  draft_sha256: string;
  script_title: string;
  trainee_name: string;
  meta: string;
  draft: string;
  reviewer_name: string;
  approved: 0 | 1 | null;
  overall: string;
  scores: string;
  created_at: string;
  updated_at: string;
}

export type SessionListRow = Omit<SessionRow, 'meta' | 'draft' | 'scores' | 'overall'> & { comment_count: number };

export function insertSession(db: Db, row: SessionRow): void {
  db.prepare(
    `INSERT INTO review_sessions (id, script_id, snapshot_id, draft_sha256, script_title, trainee_name, meta, draft,
       reviewer_name, approved, overall, scores, created_at, updated_at)
     VALUES (@id, @script_id, @snapshot_id, @draft_sha256, @script_title, @trainee_name, @meta, @draft,
       @reviewer_name, @approved, @overall, @scores, @created_at, @updated_at)`,
  ).run(row);
}

export function getSession(db: Db, id: string): SessionRow | undefined {
  return db.prepare('SELECT * FROM review_sessions WHERE id = ?').get(id) as SessionRow | undefined;
}

export function findSessionByDraft(db: Db, snapshotId: string, draftSha256: string): SessionRow | undefined {
  return db.prepare('SELECT * FROM review_sessions WHERE snapshot_id = ? AND draft_sha256 = ?').get(snapshotId, draftSha256) as
    | SessionRow
    | undefined;
}

export function listSessions(db: Db): SessionListRow[] {
  return db
    .prepare(
      `SELECT s.id, s.script_id, s.snapshot_id, s.draft_sha256, s.script_title, s.trainee_name, s.reviewer_name,
         s.approved, s.created_at, s.updated_at,
         (SELECT COUNT(*) FROM review_comments c WHERE c.session_id = s.id) AS comment_count
       FROM review_sessions s ORDER BY s.updated_at DESC`,
    )
    .all() as SessionListRow[];
}

export function updateSessionReview(
  db: Db,
  id: string,
  v: { reviewerName: string; approved: boolean | null; overall: string; scores: string; at: string },
): void {
  db.prepare('UPDATE review_sessions SET reviewer_name = ?, approved = ?, overall = ?, scores = ?, updated_at = ? WHERE id = ?').run(
    v.reviewerName,
    v.approved === null ? null : v.approved ? 1 : 0,
    v.overall,
    v.scores,
    v.at,
    id,
  );
}

export function touchSession(db: Db, id: string, at: string): void {
  db.prepare('UPDATE review_sessions SET updated_at = ? WHERE id = ?').run(at, id);
}

export function deleteSession(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM review_sessions WHERE id = ?').run(id).changes > 0;
}
