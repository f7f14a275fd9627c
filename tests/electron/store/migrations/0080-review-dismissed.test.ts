/**
 * Migration 0080 (dismissed review bundles): a library at 0070 with mentor sessions keeps them
 * untouched and gains the table of deleted sessions' bundles, keyed as a session is (snapshot and
 * draft hash, one row each), looked up by its primary key; the store's three calls work on it.
 */
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0070 } from '../../../../electron/store/migrations/0070-course-media.ts';
import { migration0080 } from '../../../../electron/store/migrations/0080-review-dismissed.ts';
import { dismissBundle, isBundleDismissed, undismissBundle } from '../../../../electron/store/review-dismissed.ts';
import { columnNames, databaseBefore, expectRegistered, migrateToLatest, openedLibrary, queryPlan, tableNames } from './helper.ts';

const at = '2025-01-01T00:00:00.000Z';
const SHA = 'a'.repeat(64);

describe('migration 0080: dismissed review bundles', () => {
  it('is registered after 0070', () => {
    expectRegistered(migration0080);
  });

  it('adds the table to a library at 0070 and leaves its review sessions as they were', () => {
    const db = databaseBefore(migration0080);
    expect(schemaVersion(db)).toBe(migration0070.version);
    db.prepare(
      `INSERT INTO review_sessions (id, script_id, snapshot_id, draft_sha256, script_title, trainee_name, meta, draft, reviewer_name, created_at, updated_at)
       VALUES ('r1', 's1', 'snap-1', ?, 'Pulang', 'Dewi', '{}', '{}', 'Bu Ratna', ?, ?)`,
    ).run(SHA, at, at);
    expect(tableNames(db)).not.toContain('review_dismissed');

    expect(migrateToLatest(db)).toMatchObject({ from: 70 });
    expect(columnNames(db, 'review_dismissed')).toEqual(['snapshot_id', 'draft_sha256', 'dismissed_at']);
    expect(db.prepare('SELECT id, snapshot_id, draft_sha256 FROM review_sessions').all()).toEqual([{ id: 'r1', snapshot_id: 'snap-1', draft_sha256: SHA }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM review_dismissed').get()).toEqual({ n: 0 });
    expect(queryPlan(db, 'SELECT 1 FROM review_dismissed WHERE snapshot_id = ? AND draft_sha256 = ?', 'snap-1', SHA)).toMatch(/SEARCH review_dismissed USING PRIMARY KEY/);
  });

  it('keeps one row per bundle, told apart by snapshot and by draft', () => {
    const db = openedLibrary();
    dismissBundle(db, 'snap-1', SHA, at);
    dismissBundle(db, 'snap-1', SHA, '2025-01-02T00:00:00.000Z');
    expect(db.prepare('SELECT snapshot_id, dismissed_at FROM review_dismissed').all()).toEqual([{ snapshot_id: 'snap-1', dismissed_at: '2025-01-02T00:00:00.000Z' }]);
    expect(isBundleDismissed(db, 'snap-1', SHA)).toBe(true);
    expect(isBundleDismissed(db, 'snap-2', SHA)).toBe(false);
    expect(isBundleDismissed(db, 'snap-1', 'b'.repeat(64))).toBe(false);
    undismissBundle(db, 'snap-1', SHA);
    expect(isBundleDismissed(db, 'snap-1', SHA)).toBe(false);
  });
});
