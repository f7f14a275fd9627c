import type { Migration } from '../migrate.ts';

/**
 * The review bundles whose session the mentor deleted, so the class folder's poll does not open
 * them again after a restart (the poll's own memory lives only as long as the app runs, and the
 * trainee's file stays in the folder). A bundle is named as its session is
 * (review_sessions_by_draft): the trainee's snapshot and the draft's SHA-256. A bundle the trainee
 * sends again is a new snapshot and so arrives. Only the two names are kept: the deleted review's
 * text, title and trainee go with it.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'review-dismissed',
  up: (db) => {
    db.exec(`
      CREATE TABLE review_dismissed (
        snapshot_id TEXT NOT NULL,
        draft_sha256 TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (snapshot_id, draft_sha256)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
