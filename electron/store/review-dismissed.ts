/**
 * Mentor side, table review_dismissed (migration 0080): the bundles whose review session the mentor
 * deleted, by the session's own key (trainee's snapshot, draft SHA-256), so the class folder's
 * poll leaves them closed.
 */
import type { Db } from './database.ts';

export function dismissBundle(db: Db, snapshotId: string, draftSha256: string, at: string): void {
  db.prepare('INSERT INTO review_dismissed (snapshot_id, draft_sha256, dismissed_at) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET dismissed_at = excluded.dismissed_at').run(snapshotId, draftSha256, at);
}

export function isBundleDismissed(db: Db, snapshotId: string, draftSha256: string): boolean {
  return db.prepare('SELECT 1 FROM review_dismissed WHERE snapshot_id = ? AND draft_sha256 = ?').get(snapshotId, draftSha256) !== undefined;
}

/** The mentor opened the bundle again by hand: the folder's copy is no longer left closed. */
export function undismissBundle(db: Db, snapshotId: string, draftSha256: string): void {
  db.prepare('DELETE FROM review_dismissed WHERE snapshot_id = ? AND draft_sha256 = ?').run(snapshotId, draftSha256);
}
