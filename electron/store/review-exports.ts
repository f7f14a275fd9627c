/**
 * Trainee side, table review_exports (0030): the bundles sent for review — which snapshot and
 * draft hash each named, so returned feedback can be matched to the draft it reviews.
 */
import type { Db } from './database.ts';

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
