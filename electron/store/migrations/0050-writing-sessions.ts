import type { Migration } from '../migrate.ts';

/**
 * Writing sessions, recorded while they happen.
 * A session's figures (words and pages added, seconds spent) grow as the trainee writes; the
 * renderer sends the running totals every few seconds, and a session's row is updated in place,
 * so a window closed, crashed or killed mid-session leaves the totals of a few seconds before.
 * They live here rather than in the append-only progress log, which would otherwise collect an
 * event every few seconds of writing. One row per session and UTC day (the renderer starts a new
 * session at midnight), counted on the day of its last update. Like the log, sessions outlive a
 * pack's removal and follow renamed exercise ids.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'writing-sessions',
  up: (db) => {
    db.exec(`
      CREATE TABLE writing_sessions (
        id TEXT PRIMARY KEY,
        pack_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        words INTEGER NOT NULL CHECK (words >= 0),
        pages INTEGER NOT NULL CHECK (pages >= 0),
        seconds INTEGER NOT NULL CHECK (seconds >= 0)
      ) STRICT;
      CREATE INDEX writing_sessions_by_pack ON writing_sessions(pack_id, updated_at);
    `);
  },
};
