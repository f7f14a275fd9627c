/** The scripts table and the list query (joined with the draft's counts). */
import type { Db } from './database.ts';

export interface ScriptRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  scene_count: number;
  word_count: number;
}

const SELECT = `SELECT s.id, s.title, s.created_at, s.updated_at, s.deleted_at,
  COALESCE(d.scene_count, 0) AS scene_count, COALESCE(d.word_count, 0) AS word_count
  FROM scripts s LEFT JOIN drafts d ON d.script_id = s.id`;

export function listScripts(db: Db, includeDeleted = false): ScriptRow[] {
  const where = includeDeleted ? '' : 'WHERE s.deleted_at IS NULL';
  return db.prepare(`${SELECT} ${where} ORDER BY s.updated_at DESC`).all() as ScriptRow[];
}

export function getScript(db: Db, id: string): ScriptRow | undefined {
  return db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as ScriptRow | undefined;
}

export function insertScript(db: Db, row: { id: string; title: string; at: string }): void {
  db.prepare('INSERT INTO scripts (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(row.id, row.title, row.at, row.at);
}

export function setTitle(db: Db, id: string, title: string, at: string): void {
  db.prepare('UPDATE scripts SET title = ?, updated_at = ? WHERE id = ?').run(title, at, id);
}

export function touchScript(db: Db, id: string, at: string): void {
  db.prepare('UPDATE scripts SET updated_at = ? WHERE id = ?').run(at, id);
}

export function setDeleted(db: Db, id: string, deletedAt: string | null): void {
  db.prepare('UPDATE scripts SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** The Trash: deleted scripts deleted at or after the cutoff (older ones are past keeping), latest first. */
export function listTrash(db: Db, cutoffIso: string): ScriptRow[] {
  return db.prepare(`${SELECT} WHERE s.deleted_at IS NOT NULL AND s.deleted_at >= ? ORDER BY s.deleted_at DESC`).all(cutoffIso) as ScriptRow[];
}

/**
 * Deleting for good overwrites what is deleted with zeros (SQLite's secure_delete, for these
 * statements only): the text of a script deleted forever is not left readable in the file's free
 * pages. Drafts, snapshots and review data go with the script (ON DELETE CASCADE).
 */
function secureDelete<T>(db: Db, fn: () => T): T {
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return fn();
  } finally {
    db.pragma(`secure_delete = ${before ? 'ON' : 'OFF'}`);
  }
}

/** Deletes scripts in the Trash for good; a script not in the Trash is left alone. Returns how many went. */
export function deleteForever(db: Db, ids: readonly string[]): number {
  const del = db.prepare('DELETE FROM scripts WHERE id = ? AND deleted_at IS NOT NULL');
  return secureDelete(db, () => db.transaction(() => ids.reduce((n, id) => n + del.run(id).changes, 0))());
}

/** Deleted scripts stay in the Trash for a while, then go for good. */
export function purgeDeletedBefore(db: Db, cutoffIso: string): number {
  return secureDelete(db, () => db.prepare('DELETE FROM scripts WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoffIso).changes);
}
