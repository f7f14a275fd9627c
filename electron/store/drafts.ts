/** The working draft of each script: one row, replaced whole on every save. */
import type { Db } from './database.ts';

export interface DraftRow {
  script_id: string;
  body: string;
  revision: number;
  saved_at: string;
}

export function getDraft(db: Db, scriptId: string): DraftRow | undefined {
  return db.prepare('SELECT script_id, body, revision, saved_at FROM drafts WHERE script_id = ?').get(scriptId) as DraftRow | undefined;
}

export function putDraft(
  db: Db,
  d: { scriptId: string; body: string; revision: number; savedAt: string; sceneCount: number; wordCount: number },
): void {
  db.prepare(
    `INSERT INTO drafts (script_id, body, revision, saved_at, scene_count, word_count) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(script_id) DO UPDATE SET body = excluded.body, revision = excluded.revision,
       saved_at = excluded.saved_at, scene_count = excluded.scene_count, word_count = excluded.word_count`,
  ).run(d.scriptId, d.body, d.revision, d.savedAt, d.sceneCount, d.wordCount);
}
