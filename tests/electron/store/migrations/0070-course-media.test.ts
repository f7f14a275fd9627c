/**
 * Migration 0070 (course media): a library at 0060 with an installed pack keeps every file's
 * bytes, gains each file's size, and may then hold rows without bytes (media in the file store);
 * a removed pack still takes its files with it, and the sweep's query uses the new index.
 */
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0060 } from '../../../../electron/store/migrations/0060-review-comments.ts';
import { migration0070 } from '../../../../electron/store/migrations/0070-course-media.ts';
import { columnNames, databaseBefore, expectRegistered, migrateToLatest, queryPlan } from './helper.ts';

const at = '2025-01-01T00:00:00.000Z';

describe('migration 0070: course media outside the database', () => {
  it('is registered after 0060', () => {
    expectRegistered(migration0070);
  });

  it('keeps the bytes of existing pack files, adds their size, and allows rows without bytes', () => {
    const db = databaseBefore(migration0070);
    expect(schemaVersion(db)).toBe(migration0060.version);
    db.prepare('INSERT INTO course_packs (id, version, revision, manifest, installed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run('org.p', '1.0.0', 1, '{}', at, at);
    db.prepare('INSERT INTO course_files (pack_id, path, sha256, data) VALUES (?, ?, ?, ?)').run('org.p', 'lessons/a.md', 'a'.repeat(64), Buffer.from('# Hi\n'));
    expect(() => db.prepare('INSERT INTO course_files (pack_id, path, sha256, data) VALUES (?, ?, ?, NULL)').run('org.p', 'media/v.mp4', 'b'.repeat(64))).toThrow(/NOT NULL/);

    migrateToLatest(db);
    expect(columnNames(db, 'course_files')).toEqual(['pack_id', 'path', 'sha256', 'size', 'data']);
    expect(db.prepare('SELECT path, size, data FROM course_files').all()).toEqual([{ path: 'lessons/a.md', size: 5, data: Buffer.from('# Hi\n') }]);
    db.prepare('INSERT INTO course_files (pack_id, path, sha256, size, data) VALUES (?, ?, ?, ?, NULL)').run('org.p', 'media/v.mp4', 'b'.repeat(64), 1_000_000_000);
    expect(queryPlan(db, 'SELECT DISTINCT sha256 FROM course_files WHERE data IS NULL')).toMatch(/course_files_by_sha256/);

    db.prepare('DELETE FROM course_packs WHERE id = ?').run('org.p');
    expect(db.prepare('SELECT COUNT(*) AS n FROM course_files').get()).toEqual({ n: 0 });
  });
});
