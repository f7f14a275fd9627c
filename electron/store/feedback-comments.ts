/**
 * Trainee side, tables feedback_comments and feedback_replies (0030): the comments of imported
 * feedback re-anchored in the trainee's draft, their open/resolved status, and both sides' replies.
 */
import type { Db } from './database.ts';

export interface FeedbackCommentRow {
  script_id: string;
  feedback_id: string;
  id: string;
  anchor: string;
  original_anchor: string;
  body: string;
  severity: 'suggestion' | 'must_fix';
  author: string;
  created_at: string;
  updated_at: string;
  status: 'open' | 'resolved';
  resolved_at: string | null;
}

export function insertFeedbackComment(db: Db, row: FeedbackCommentRow): void {
  db.prepare(
    `INSERT INTO feedback_comments (script_id, feedback_id, id, anchor, original_anchor, body, severity, author, created_at,
       updated_at, status, resolved_at)
     VALUES (@script_id, @feedback_id, @id, @anchor, @original_anchor, @body, @severity, @author, @created_at,
       @updated_at, @status, @resolved_at)`,
  ).run(row);
}

export function getFeedbackComment(db: Db, scriptId: string, feedbackId: string, id: string): FeedbackCommentRow | undefined {
  return db.prepare('SELECT * FROM feedback_comments WHERE script_id = ? AND feedback_id = ? AND id = ?').get(scriptId, feedbackId, id) as
    | FeedbackCommentRow
    | undefined;
}

export function listFeedbackComments(db: Db, scriptId: string, status?: 'open' | 'resolved'): FeedbackCommentRow[] {
  if (status) {
    return db
      .prepare('SELECT * FROM feedback_comments WHERE script_id = ? AND status = ? ORDER BY created_at, rowid')
      .all(scriptId, status) as FeedbackCommentRow[];
  }
  return db.prepare('SELECT * FROM feedback_comments WHERE script_id = ? ORDER BY created_at, rowid').all(scriptId) as FeedbackCommentRow[];
}

export function listCommentsOfFeedback(db: Db, scriptId: string, feedbackId: string): FeedbackCommentRow[] {
  return db.prepare('SELECT * FROM feedback_comments WHERE script_id = ? AND feedback_id = ?').all(scriptId, feedbackId) as FeedbackCommentRow[];
}

export function updateFeedbackCommentContent(
  db: Db,
  key: { scriptId: string; feedbackId: string; id: string },
  v: { body: string; severity: string; updatedAt: string },
): void {
  db.prepare('UPDATE feedback_comments SET body = ?, severity = ?, updated_at = ? WHERE script_id = ? AND feedback_id = ? AND id = ?').run(
    v.body,
    v.severity,
    v.updatedAt,
    key.scriptId,
    key.feedbackId,
    key.id,
  );
}

export function setFeedbackCommentAnchor(db: Db, key: { scriptId: string; feedbackId: string; id: string }, anchor: string): void {
  db.prepare('UPDATE feedback_comments SET anchor = ? WHERE script_id = ? AND feedback_id = ? AND id = ?').run(
    anchor,
    key.scriptId,
    key.feedbackId,
    key.id,
  );
}

export function setFeedbackCommentStatus(
  db: Db,
  key: { scriptId: string; feedbackId: string; id: string },
  status: 'open' | 'resolved',
  at: string | null,
): void {
  db.prepare('UPDATE feedback_comments SET status = ?, resolved_at = ? WHERE script_id = ? AND feedback_id = ? AND id = ?').run(
    status,
    at,
    key.scriptId,
    key.feedbackId,
    key.id,
  );
}

export interface FeedbackReplyRow {
  script_id: string;
  feedback_id: string;
  comment_id: string;
  id: string;
  author: string;
  body: string;
  created_at: string;
  origin: 'mentor' | 'trainee';
}

export function insertFeedbackReply(db: Db, row: FeedbackReplyRow): void {
  db.prepare(
    `INSERT OR IGNORE INTO feedback_replies (script_id, feedback_id, comment_id, id, author, body, created_at, origin)
     VALUES (@script_id, @feedback_id, @comment_id, @id, @author, @body, @created_at, @origin)`,
  ).run(row);
}

export function listFeedbackReplies(db: Db, scriptId: string): FeedbackReplyRow[] {
  return db.prepare('SELECT * FROM feedback_replies WHERE script_id = ? ORDER BY created_at, rowid').all(scriptId) as FeedbackReplyRow[];
}

export function replyIdsOfFeedback(db: Db, scriptId: string, feedbackId: string): { comment_id: string; id: string }[] {
  return db.prepare('SELECT comment_id, id FROM feedback_replies WHERE script_id = ? AND feedback_id = ?').all(scriptId, feedbackId) as {
    comment_id: string;
    id: string;
  }[];
}
