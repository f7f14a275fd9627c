import type { Migration } from '../migrate.ts';

/**
 * Course packs and progress.
 * A pack's files live inside the database (not loose on disk) so that installing or updating a
 * pack is one transaction: a refused or interrupted import leaves the previous revision intact.
 * Progress is an append-only event log keyed by the pack's stable ids, never by row ids, so a
 * pack update (or a reinstall) never loses it. Exercise links tie an exercise to the trainee's
 * draft. Class reports are the instructor's imported trainee reports, deduplicated by content hash.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'course',
  up: (db) => {
    db.exec(`
      CREATE TABLE course_packs (
        id TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        revision INTEGER NOT NULL,
        manifest TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE course_files (
        pack_id TEXT NOT NULL REFERENCES course_packs(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (pack_id, path)
      ) STRICT;

      CREATE TABLE exercise_links (
        pack_id TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        script_id TEXT NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (pack_id, exercise_id)
      ) STRICT;
      CREATE INDEX exercise_links_by_script ON exercise_links(script_id);

      CREATE TABLE progress_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        pack_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX progress_events_by_pack ON progress_events(pack_id, kind, item_id);
      CREATE INDEX progress_events_by_time ON progress_events(at);

      CREATE TABLE class_reports (
        sha256 TEXT PRIMARY KEY,
        pack_id TEXT NOT NULL,
        trainee TEXT NOT NULL,
        body TEXT NOT NULL,
        generated_at TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX class_reports_by_pack ON class_reports(pack_id, trainee);
    `);
  },
};
