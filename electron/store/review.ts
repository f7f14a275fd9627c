/**
 * The review tables (migration 003): mentor sessions with their comments and replies, and on the
 * trainee's side exported bundles and imported feedback with comments and replies.
 * Rows are returned as stored (JSON columns as text); services parse and validate them.
 */
import type { Db } from './database.ts';

// ---------------------------------------------------------------- mentor side: sessions

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

// ---------------------------------------------------------------- mentor side: comments and replies

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

// ---------------------------------------------------------------- trainee side: exports

export interface ExportRow {
  script_id: string;
  snapshot_id: string;
  draft_sha256: string;
  created_at: string;
}

export function insertExport(db: Db, row: ExportRow): void {
  db.prepare(
    `INSERT OR IGNORE INTO review_exports (script_id, snapshot_id, draft_sha256, created_at)
     VALUES (@script_id, @snapshot_id, @draft_sha256, @created_at)`,
  ).run(row);
}

export function findExport(db: Db, scriptId: string, draftSha256: string): ExportRow | undefined {
  return db.prepare('SELECT * FROM review_exports WHERE script_id = ? AND draft_sha256 = ? LIMIT 1').get(scriptId, draftSha256) as
    | ExportRow
    | undefined;
}

export function listExports(db: Db, scriptId: string): ExportRow[] {
  return db.prepare('SELECT * FROM review_exports WHERE script_id = ? ORDER BY created_at DESC').all(scriptId) as ExportRow[];
}

// ---------------------------------------------------------------- trainee side: imported feedback

export interface FeedbackImportRow {
  script_id: string;
  feedback_id: string;
  snapshot_id: string | null;
  draft_sha256: string;
  reviewer_name: string;
  approved: 0 | 1 | null;
  overall: string;
  rubric: string | null;
  scores: string;
  exported_at: string;
  imported_at: string;
  /** The mentor key that signed the file first imported under this feedback id (null: before signatures). */
  signer_key: string | null;
}

export function getFeedbackImport(db: Db, scriptId: string, feedbackId: string): FeedbackImportRow | undefined {
  return db.prepare('SELECT * FROM feedback_imports WHERE script_id = ? AND feedback_id = ?').get(scriptId, feedbackId) as
    | FeedbackImportRow
    | undefined;
}

export function listFeedbackImports(db: Db, scriptId: string): FeedbackImportRow[] {
  return db.prepare('SELECT * FROM feedback_imports WHERE script_id = ? ORDER BY imported_at DESC').all(scriptId) as FeedbackImportRow[];
}

export function upsertFeedbackImport(db: Db, row: FeedbackImportRow): void {
  db.prepare(
    `INSERT INTO feedback_imports (script_id, feedback_id, snapshot_id, draft_sha256, reviewer_name, approved, overall, rubric,
       scores, exported_at, imported_at, signer_key)
     VALUES (@script_id, @feedback_id, @snapshot_id, @draft_sha256, @reviewer_name, @approved, @overall, @rubric,
       @scores, @exported_at, @imported_at, @signer_key)
     ON CONFLICT(script_id, feedback_id) DO UPDATE SET reviewer_name = excluded.reviewer_name, approved = excluded.approved,
       overall = excluded.overall, rubric = excluded.rubric, scores = excluded.scores, exported_at = excluded.exported_at,
       imported_at = excluded.imported_at, signer_key = COALESCE(feedback_imports.signer_key, excluded.signer_key)`,
  ).run(row);
}

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
