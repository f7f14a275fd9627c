/**
 * Migration 0040 (trust): on top of the earlier migrations in a real SQLite file, the signer columns
 * exist and start empty for rows written before it, and the class table's listing of one pack's
 * reports uses an index rather than scanning every report of every course.
 */
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0040 } from '../../../../electron/store/migrations/0040-trust.ts';
import { databaseBefore, expectRegistered, LATEST_VERSION, migrateToLatest, openedLibrary, queryPlan } from './helper.ts';
import type Database from 'better-sqlite3';

const at = '2026-11-01T00:00:00.000Z';
const columns = (d: Database.Database, table: string) => (d.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migration 0040 (trust)', () => {
  it('is registered in order and adds the signer columns, empty for earlier rows', () => {
    expectRegistered(migration0040);
    // A database at the version before, with a report and a feedback import in it.
    const raw = databaseBefore(migration0040);
    raw.prepare('INSERT INTO class_reports (sha256, pack_id, trainee, body, generated_at, imported_at) VALUES (?, ?, ?, ?, ?, ?)').run('h1', 'id.pack', 'Dewi', '{}', at, at);
    raw.prepare('INSERT INTO scripts (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run('s1', 'Pulang', at, at);
    raw.prepare(`INSERT INTO feedback_imports (script_id, feedback_id, snapshot_id, draft_sha256, reviewer_name, approved, overall, rubric, scores, exported_at, imported_at) VALUES ('s1', 'f1', NULL, 'h', 'Bu Ratna', NULL, '', NULL, '[]', ?, ?)`).run(at, at);
    migrateToLatest(raw);
    expect(schemaVersion(raw)).toBe(LATEST_VERSION);
    expect(columns(raw, 'class_reports')).toContain('signer_key');
    expect(columns(raw, 'feedback_imports')).toContain('signer_key');
    expect(raw.prepare('SELECT signer_key FROM class_reports').get()).toEqual({ signer_key: null });
    expect(raw.prepare('SELECT signer_key FROM feedback_imports').get()).toEqual({ signer_key: null });
  });

  it('lists one pack’s reports through an index', () => {
    const db = openedLibrary();
    const plan = queryPlan(db, 'SELECT sha256, pack_id, trainee, generated_at, imported_at, signer_key FROM class_reports WHERE pack_id = ? ORDER BY imported_at, generated_at, sha256', 'id.pack');
    expect(plan).toMatch(/USING INDEX class_reports_by_(pack|signer)/);
  });
});
