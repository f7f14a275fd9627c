import type { Migration } from '../migrate.ts';

/**
 * Course-pack media outside the database. course_files gets a `size` and its `data` may be NULL:
 * NULL means the file's bytes are in the content-addressed media file store under its sha256
 * (electron/store/media-files.ts) — video, audio and PDF handouts, which may be a gigabyte and
 * would otherwise bloat naskah.db, its WAL and every backup. Lessons, pictures, subtitles and
 * scripts stay in the row, installed in the same transaction as the pack. Existing rows keep
 * their bytes and get their length as size. SQLite cannot drop a NOT NULL, so the table is
 * rebuilt (nothing refers to it; its rows refer to course_packs, which stays).
 */
export const migration0070: Migration = {
  version: 70,
  name: 'course-media',
  up: (db) => {
    db.exec(`
      CREATE TABLE course_files_0070 (
        pack_id TEXT NOT NULL REFERENCES course_packs(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB,
        PRIMARY KEY (pack_id, path)
      ) STRICT;
      INSERT INTO course_files_0070 (pack_id, path, sha256, size, data) SELECT pack_id, path, sha256, length(data), data FROM course_files;
      DROP TABLE course_files;
      ALTER TABLE course_files_0070 RENAME TO course_files;
      CREATE INDEX course_files_by_sha256 ON course_files(sha256) WHERE data IS NULL;
    `);
  },
};
