/** Named snapshots: immutable copies of a draft. There is deliberately no update statement. */
import type { Db } from './database.ts';

export interface SnapshotRow {
  id: string;
  script_id: string;
  name: string;
  created_at: string;
}

export function listSnapshots(db: Db, scriptId: string): SnapshotRow[] {
  return db
    .prepare('SELECT id, script_id, name, created_at FROM snapshots WHERE script_id = ? ORDER BY created_at DESC, rowid DESC')
    .all(scriptId) as SnapshotRow[];
}

export function getSnapshot(db: Db, id: string): (SnapshotRow & { body: string }) | undefined {
  return db.prepare('SELECT id, script_id, name, created_at, body FROM snapshots WHERE id = ?').get(id) as
    | (SnapshotRow & { body: string })
    | undefined;
}

export function insertSnapshot(db: Db, s: { id: string; scriptId: string; name: string; body: string; at: string }): void {
  db.prepare('INSERT INTO snapshots (id, script_id, name, body, created_at) VALUES (?, ?, ?, ?, ?)').run(
    s.id,
    s.scriptId,
    s.name,
    s.body,
    s.at,
  );
}

export function copySnapshots(db: Db, fromScriptId: string, toScriptId: string, newId: () => string): void {
  for (const s of db.prepare('SELECT name, body, created_at FROM snapshots WHERE script_id = ?').all(fromScriptId) as {
    name: string;
    body: string;
    created_at: string;
  }[]) {
    insertSnapshot(db, { id: newId(), scriptId: toScriptId, name: s.name, body: s.body, at: s.created_at });
  }
}
