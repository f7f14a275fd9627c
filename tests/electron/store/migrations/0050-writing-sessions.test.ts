/**
 * Migration 0050 (writing sessions): applies on top of the earlier ones in a real SQLite file, its
 * checks hold, a pack's removal keeps its sessions, and the progress query uses its index.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/store/migrate.ts';
import { migration0050 } from '../../../../electron/store/migrations/0050-writing-sessions.ts';
import { databaseAt, expectRegistered } from './helper.ts';

const at = '2026-01-01T00:00:00.000Z';

const open = (): Database.Database => databaseAt(migration0050);

describe('migration 0050 (writing sessions)', () => {
  it('is registered in order and brings the database to its version with the sessions table', () => {
    expectRegistered(migration0050);
    const db = open();
    expect(schemaVersion(db)).toBe(50);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'writing_sessions'").get()).toEqual({ name: 'writing_sessions' });
    db.close();
  });

  it('refuses negative figures and keeps sessions when their pack is removed', () => {
    const db = open();
    const insert = db.prepare('INSERT INTO writing_sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    expect(() => insert.run('s1', 'p', 'e', at, at, -1, 0, 0)).toThrow(/CHECK/);
    db.prepare('INSERT INTO course_packs VALUES (?, ?, ?, ?, ?, ?)').run('p', '1.0.0', 1, '{}', at, at);
    insert.run('s1', 'p', 'e', at, at, 10, 0, 30);
    db.prepare('DELETE FROM course_packs WHERE id = ?').run('p');
    expect(db.prepare('SELECT count(*) n FROM writing_sessions').get()).toEqual({ n: 1 });
    db.close();
  });

  it('reads one pack’s sessions through its index', () => {
    const db = open();
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM writing_sessions WHERE pack_id = ? ORDER BY updated_at, id').all('p') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('writing_sessions_by_pack');
    db.close();
  });
});
