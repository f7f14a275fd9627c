/** Writing sessions (migration 004): one row per session, its running totals updated in place. */
import type { Db } from './database.ts';

export interface WritingSessionRow {
  id: string;
  pack_id: string;
  item_id: string;
  started_at: string;
  updated_at: string;
  words: number;
  pages: number;
  seconds: number;
}

/**
 * Creates the session or sets its totals. Totals are set, not added, so a record sent twice (a
 * retry) counts once; a record older than the one stored (fewer seconds: it arrived late) is
 * ignored; a session id is never moved to another pack or exercise. True when the row changed.
 */
export function putWritingSession(db: Db, s: { id: string; packId: string; itemId: string; words: number; pages: number; seconds: number; at: string }): boolean {
  return (
    db
      .prepare(
        `INSERT INTO writing_sessions (id, pack_id, item_id, started_at, updated_at, words, pages, seconds)
         VALUES (@id, @packId, @itemId, @at, @at, @words, @pages, @seconds)
         ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, words = excluded.words, pages = excluded.pages, seconds = excluded.seconds
         WHERE writing_sessions.pack_id = excluded.pack_id AND writing_sessions.item_id = excluded.item_id AND excluded.seconds >= writing_sessions.seconds`,
      )
      .run(s).changes === 1
  );
}

export function listWritingSessions(db: Db, packId: string): WritingSessionRow[] {
  return db.prepare('SELECT * FROM writing_sessions WHERE pack_id = ? ORDER BY updated_at, id').all(packId) as WritingSessionRow[];
}
