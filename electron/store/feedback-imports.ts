/**
 * Trainee side, table feedback_imports (0030, signer_key from 0040): each feedback file imported,
 * with the mentor's verdict, overall comment, rubric and scores, and the key that signed it first.
 */
import type { Db } from './database.ts';

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
