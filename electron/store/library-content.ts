/**
 * What a library file (naskah.db or one of its backups) holds, counted: the measure recovery uses to
 * pick "the newest backup that holds data" and rotation uses to keep a last-known-good.
 *
 * Counted are the things a user made or was given and would miss: scripts (Trash included — they
 * can still be restored), course packs, progress events, mentor review sessions and imported class
 * reports. Settings alone do not count: a library with only settings is an empty library.
 */
import Database from 'better-sqlite3';

export interface LibraryContent {
  scripts: number;
  packs: number;
  events: number;
  reviews: number;
  reports: number;
}

const TABLES: Record<keyof LibraryContent, string> = {
  scripts: 'scripts',
  packs: 'course_packs',
  events: 'progress_events',
  reviews: 'review_sessions',
  reports: 'class_reports',
};

const KINDS = Object.keys(TABLES) as (keyof LibraryContent)[];

/**
 * Counts what the file holds, or null when it cannot be read as a database at all. A backup taken
 * before a migration may lack newer tables: a missing table counts as none.
 */
export function contentOf(file: string): LibraryContent | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const count = (table: string) => (present.has(table) ? (db!.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0);
    return Object.fromEntries(KINDS.map((k) => [k, count(TABLES[k])])) as unknown as LibraryContent;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export function holdsData(c: LibraryContent | null): boolean {
  return c !== null && KINDS.some((k) => c[k] > 0);
}

/** True when `newer` holds at least as much of every kind as `older`: nothing of `older` is missing from it. */
export function covers(newer: LibraryContent | null, older: LibraryContent | null): boolean {
  if (older === null) return true;
  if (newer === null) return false;
  return KINDS.every((k) => newer[k] >= older[k]);
}
