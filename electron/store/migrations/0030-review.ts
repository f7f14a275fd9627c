import type { Migration } from '../migrate.ts';

/**
 * Mentor review round-trips.
 * Mentor side: review sessions opened from a bundle (the frozen draft kept read-only), their
 * notes and replies, saved as the mentor works. Trainee side: which bundles were exported (the
 * draft hash identifies the draft a feedback file reviews), imported feedback with its comments,
 * their status and both sides' replies.
 * Anchors are JSON (they are read and written whole, never queried by field).
 */
export const migration0030: Migration = {
  version: 30,
  name: 'review',
  up: (db) => {
    db.exec(`
      CREATE TABLE review_sessions (
        id TEXT PRIMARY KEY,
        script_id TEXT NOT NULL,
        snapshot_id TEXT NOT NULL,
        draft_sha256 TEXT NOT NULL,
        script_title TEXT NOT NULL,
        trainee_name TEXT NOT NULL,
        meta TEXT NOT NULL,
        draft TEXT NOT NULL,
        reviewer_name TEXT NOT NULL,
        approved INTEGER CHECK (approved IN (0, 1)),
        overall TEXT NOT NULL DEFAULT '',
        scores TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX review_sessions_by_draft ON review_sessions(snapshot_id, draft_sha256);
      CREATE INDEX review_sessions_by_update ON review_sessions(updated_at DESC);

      CREATE TABLE review_notes (
        session_id TEXT NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        anchor TEXT NOT NULL,
        body TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('suggestion', 'must_fix')),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, id)
      ) STRICT;

      CREATE TABLE review_note_replies (
        session_id TEXT NOT NULL,
        note_id TEXT NOT NULL,
        id TEXT NOT NULL,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (session_id, note_id, id),
        FOREIGN KEY (session_id, note_id) REFERENCES review_notes(session_id, id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE review_exports (
        script_id TEXT NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        snapshot_id TEXT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        draft_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (script_id, draft_sha256, snapshot_id)
      ) STRICT;
      CREATE INDEX review_exports_by_snapshot ON review_exports(snapshot_id);

      CREATE TABLE feedback_imports (
        script_id TEXT NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        feedback_id TEXT NOT NULL,
        snapshot_id TEXT,
        draft_sha256 TEXT NOT NULL,
        reviewer_name TEXT NOT NULL,
        approved INTEGER CHECK (approved IN (0, 1)),
        overall TEXT NOT NULL,
        rubric TEXT,
        scores TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (script_id, feedback_id)
      ) STRICT;

      CREATE TABLE feedback_comments (
        script_id TEXT NOT NULL,
        feedback_id TEXT NOT NULL,
        id TEXT NOT NULL,
        anchor TEXT NOT NULL,
        original_anchor TEXT NOT NULL,
        body TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('suggestion', 'must_fix')),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolved_at TEXT,
        PRIMARY KEY (script_id, feedback_id, id),
        FOREIGN KEY (script_id, feedback_id) REFERENCES feedback_imports(script_id, feedback_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX feedback_comments_by_status ON feedback_comments(script_id, status);

      CREATE TABLE feedback_replies (
        script_id TEXT NOT NULL,
        feedback_id TEXT NOT NULL,
        comment_id TEXT NOT NULL,
        id TEXT NOT NULL,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('mentor', 'trainee')),
        PRIMARY KEY (script_id, feedback_id, comment_id, id),
        FOREIGN KEY (script_id, feedback_id, comment_id)
          REFERENCES feedback_comments(script_id, feedback_id, id) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
