import type { Migration } from '../migrate.ts';

/** Scripts, their autosaved working draft and immutable named snapshots; app settings. */
export const migration0010: Migration = {
  version: 10,
  name: 'library',
  up: (db) => {
    db.exec(`
      CREATE TABLE scripts (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX scripts_by_update ON scripts(deleted_at, updated_at DESC);

      CREATE TABLE drafts (
        script_id TEXT PRIMARY KEY REFERENCES scripts(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        revision INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        scene_count INTEGER NOT NULL DEFAULT 0,
        word_count INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        script_id TEXT NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX snapshots_by_script ON snapshots(script_id, created_at);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
