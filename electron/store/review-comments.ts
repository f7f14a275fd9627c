/**
 * Mentor side, tables review_comments and review_comment_replies (0030, named by 0060): the
 * comments a mentor writes in a session and the replies under them, saved as they are made.
 */
import type { Db } from './database.ts';

export interface SessionCommentRow {
  session_id: string;
  id: string;
  anchor: string;
  body: string;
  severity: 'suggestion' | 'must_fix';
  author: string;
  created_at: string;
  updated_at: string;
}

export interface SessionCommentReplyRow {
  session_id: string;
  comment_id: string;
  id: string;
  author: string;
  body: string;
  created_at: string;
}

export function insertSessionComment(db: Db, row: SessionCommentRow): void {
  db.prepare(
    `INSERT INTO review_comments (session_id, id, anchor, body, severity, author, created_at, updated_at)
     VALUES (@session_id, @id, @anchor, @body, @severity, @author, @created_at, @updated_at)`,
  ).run(row);
}

export function getSessionComment(db: Db, sessionId: string, id: string): SessionCommentRow | undefined {
  return db.prepare('SELECT * FROM review_comments WHERE session_id = ? AND id = ?').get(sessionId, id) as SessionCommentRow | undefined;
}

export function listSessionComments(db: Db, sessionId: string): SessionCommentRow[] {
  return db.prepare('SELECT * FROM review_comments WHERE session_id = ? ORDER BY created_at, rowid').all(sessionId) as SessionCommentRow[];
}

export function updateSessionComment(db: Db, sessionId: string, id: string, v: { body: string; severity: string; at: string }): void {
  db.prepare('UPDATE review_comments SET body = ?, severity = ?, updated_at = ? WHERE session_id = ? AND id = ?').run(
    v.body,
    v.severity,
    v.at,
    sessionId,
    id,
  );
}

export function deleteSessionComment(db: Db, sessionId: string, id: string): boolean {
  return db.prepare('DELETE FROM review_comments WHERE session_id = ? AND id = ?').run(sessionId, id).changes > 0;
}

export function insertSessionCommentReply(db: Db, row: SessionCommentReplyRow): void {
  db.prepare(
    `INSERT INTO review_comment_replies (session_id, comment_id, id, author, body, created_at)
     VALUES (@session_id, @comment_id, @id, @author, @body, @created_at)`,
  ).run(row);
}

export function listSessionCommentReplies(db: Db, sessionId: string): SessionCommentReplyRow[] {
  return db.prepare('SELECT * FROM review_comment_replies WHERE session_id = ? ORDER BY created_at, rowid').all(sessionId) as SessionCommentReplyRow[];
}
