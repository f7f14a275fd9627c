/**
 * Course packs (manifest and files, replaced whole on update), exercise ↔ draft links, the
 * append-only progress log and the instructor's imported class reports.
 */
import type { Db } from './database.ts';

export interface PackRow {
  id: string;
  version: string;
  revision: number;
  manifest: string;
  installed_at: string;
  updated_at: string;
}

export function listPacks(db: Db): PackRow[] {
  return db.prepare('SELECT * FROM course_packs ORDER BY installed_at, id').all() as PackRow[];
}

export function getPack(db: Db, id: string): PackRow | undefined {
  return db.prepare('SELECT * FROM course_packs WHERE id = ?').get(id) as PackRow | undefined;
}

/**
 * Installs or replaces a pack with its files. The caller runs this inside a transaction, so the
 * previous revision stays in place until the new one is completely written.
 */
export function putPack(
  db: Db,
  pack: { id: string; version: string; revision: number; manifest: string; at: string },
  files: ReadonlyMap<string, { sha256: string; data: Buffer }>,
  /** Files already in the media file store (media-files.ts): a row with their hash and size, no bytes. */
  stored: ReadonlyMap<string, { sha256: string; size: number }> = new Map(),
): void {
  const existing = getPack(db, pack.id);
  if (existing) {
    db.prepare('UPDATE course_packs SET version = ?, revision = ?, manifest = ?, updated_at = ? WHERE id = ?').run(pack.version, pack.revision, pack.manifest, pack.at, pack.id);
    db.prepare('DELETE FROM course_files WHERE pack_id = ?').run(pack.id);
  } else {
    db.prepare('INSERT INTO course_packs (id, version, revision, manifest, installed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(pack.id, pack.version, pack.revision, pack.manifest, pack.at, pack.at);
  }
  const insert = db.prepare('INSERT INTO course_files (pack_id, path, sha256, size, data) VALUES (?, ?, ?, ?, ?)');
  for (const [path, f] of files) insert.run(pack.id, path, f.sha256, f.data.length, f.data);
  for (const [path, f] of stored) insert.run(pack.id, path, f.sha256, f.size, null);
}

export function deletePack(db: Db, id: string): void {
  db.prepare('DELETE FROM course_packs WHERE id = ?').run(id);
}

/** A file's bytes when the row holds them (undefined for a file in the media store: see packFileEntry). */
export function getPackFile(db: Db, packId: string, path: string): Buffer | undefined {
  const row = db.prepare('SELECT data FROM course_files WHERE pack_id = ? AND path = ?').get(packId, path) as { data: Buffer | null } | undefined;
  return row?.data ?? undefined;
}

export interface PackFileEntry {
  sha256: string;
  size: number;
  /** The bytes, or null when they are in the media file store under sha256. */
  data: Buffer | null;
}

export function packFileEntry(db: Db, packId: string, path: string): PackFileEntry | undefined {
  return db.prepare('SELECT sha256, size, data FROM course_files WHERE pack_id = ? AND path = ?').get(packId, path) as PackFileEntry | undefined;
}

/** The hashes of every file kept in the media file store, by any pack: what a sweep must keep. */
export function storedMediaHashes(db: Db): Set<string> {
  const rows = db.prepare('SELECT DISTINCT sha256 FROM course_files WHERE data IS NULL').all() as { sha256: string }[];
  return new Set(rows.map((r) => r.sha256));
}

export interface LinkRow {
  pack_id: string;
  exercise_id: string;
  script_id: string;
  linked_at: string;
}

export function getLink(db: Db, packId: string, exerciseId: string): LinkRow | undefined {
  return db.prepare('SELECT * FROM exercise_links WHERE pack_id = ? AND exercise_id = ?').get(packId, exerciseId) as LinkRow | undefined;
}

export function linkForScript(db: Db, scriptId: string): LinkRow | undefined {
  return db.prepare('SELECT * FROM exercise_links WHERE script_id = ?').get(scriptId) as LinkRow | undefined;
}

export function listLinks(db: Db, packId: string): LinkRow[] {
  return db.prepare('SELECT * FROM exercise_links WHERE pack_id = ?').all(packId) as LinkRow[];
}

export function putLink(db: Db, link: { packId: string; exerciseId: string; scriptId: string; at: string }): void {
  db.prepare('INSERT OR REPLACE INTO exercise_links (pack_id, exercise_id, script_id, linked_at) VALUES (?, ?, ?, ?)').run(link.packId, link.exerciseId, link.scriptId, link.at);
}

/** Moves links and progress to renamed ids (a pack update's `migrations` map). */
export function renameItem(db: Db, packId: string, from: string, to: string): void {
  db.prepare('UPDATE OR IGNORE exercise_links SET exercise_id = ? WHERE pack_id = ? AND exercise_id = ?').run(to, packId, from);
  db.prepare('UPDATE progress_events SET item_id = ? WHERE pack_id = ? AND item_id = ?').run(to, packId, from);
  db.prepare('UPDATE writing_sessions SET item_id = ? WHERE pack_id = ? AND item_id = ?').run(to, packId, from);
}

export interface EventRow {
  seq: number;
  pack_id: string;
  kind: string;
  item_id: string;
  data: string;
  at: string;
}

export function appendEvent(db: Db, e: { packId: string; kind: string; itemId: string; data?: unknown; at: string }): void {
  db.prepare('INSERT INTO progress_events (pack_id, kind, item_id, data, at) VALUES (?, ?, ?, ?, ?)').run(e.packId, e.kind, e.itemId, JSON.stringify(e.data ?? {}), e.at);
}

export function listEvents(db: Db, packId: string): EventRow[] {
  return db.prepare('SELECT * FROM progress_events WHERE pack_id = ? ORDER BY seq').all(packId) as EventRow[];
}

export function hasEvent(db: Db, packId: string, kind: string, itemId: string): boolean {
  return db.prepare('SELECT 1 FROM progress_events WHERE pack_id = ? AND kind = ? AND item_id = ? LIMIT 1').get(packId, kind, itemId) !== undefined;
}

export interface ClassReportRow {
  sha256: string;
  pack_id: string;
  trainee: string;
  body: string;
  generated_at: string;
  imported_at: string;
  /** The installation key that signed the report; null for an unsigned (version 1) report. */
  signer_key: string | null;
}

/** True when the report was new; a report already imported (same bytes) changes nothing. */
export function putClassReport(db: Db, r: Omit<ClassReportRow, 'imported_at'> & { at: string }): boolean {
  return (
    db
      .prepare('INSERT OR IGNORE INTO class_reports (sha256, pack_id, trainee, body, generated_at, imported_at, signer_key) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(r.sha256, r.pack_id, r.trainee, r.body, r.generated_at, r.at, r.signer_key).changes === 1
  );
}

export type ClassReportMeta = Omit<ClassReportRow, 'body'>;

/**
 * Every report of a pack without its body: the class table decides from these which trainee's
 * latest report to read (and which other keys claim a name) before parsing only those bodies.
 */
export function listClassReportMeta(db: Db, packId: string): ClassReportMeta[] {
  return db
    .prepare('SELECT sha256, pack_id, trainee, generated_at, imported_at, signer_key FROM class_reports WHERE pack_id = ? ORDER BY imported_at, generated_at, sha256')
    .all(packId) as ClassReportMeta[];
}

export function getClassReportBody(db: Db, sha256: string): string | undefined {
  return (db.prepare('SELECT body FROM class_reports WHERE sha256 = ?').get(sha256) as { body: string } | undefined)?.body;
}
