/**
 * Online backups of naskah.db into <data>/backups: one a day (kept 7) and one before every
 * migration (kept 3). Both are consistent copies taken while the database stays open, and both
 * leave the original untouched:
 *  - before a migration, `VACUUM INTO` (synchronous, so it runs inside the migration hook, before
 *    the schema changes);
 *  - the daily one with SQLite's online backup API (better-sqlite3's `db.backup`), which copies
 *    100 pages a step and yields to the event loop between steps: the app opens and answers at
 *    once instead of waiting for the copy (about 0.4 s at 200 MB with `VACUUM INTO`).
 * Rotation keeps a last-known-good besides (lastKnownGood): a week of backups of a library that
 * lost its scripts must not push out the last one that still held them.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { contentOf, covers, holdsData, type LibraryContent } from './library-content.ts';

export const BACKUP_DIR = 'backups';
const KEEP: Record<BackupReason, number> = { daily: 7, 'pre-migration': 3 };

export type BackupReason = 'daily' | 'pre-migration';

export interface BackupFile {
  file: string;
  reason: BackupReason;
  at: string;
}

const NAME = /^naskah-(daily|pre-migration)-(\d{8}T\d{6}\d{3}Z)\.db$/;

/** A sortable UTC stamp usable in a file name on every OS: 20261123T180512345Z. */
function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

export function listBackups(dataDir: string): BackupFile[] {
  const dir = path.join(dataDir, BACKUP_DIR);
  // No folder (or something else in its place: nothing to list; writing a backup will say why).
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({ file: path.join(dir, name), reason: m[1] as BackupReason, at: m[2] }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** A partial file untouched this long is left over from a crash; a live backup writes it steadily. */
const STALE_PARTIAL_MS = 10 * 60_000;

/**
 * Where a backup is written: under a temporary name, renamed once complete, so a crash mid-backup
 * never leaves a "backup" that is half a file. Partial files left by an earlier crash (or a quit
 * during a daily backup) are removed first — but not one another process sharing this data
 * directory is writing right now.
 */
function prepareTarget(dataDir: string, reason: BackupReason, now: Date): { target: string; partial: string } {
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    const file = path.join(dir, name);
    const written = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (written !== undefined && Date.now() - written > STALE_PARTIAL_MS) fs.rmSync(file, { force: true });
  }
  const target = path.join(dir, `naskah-${reason}-${stamp(now)}.db`);
  return { target, partial: `${target}.partial` };
}

/**
 * The backup rotation must not delete although it is past its reason's count: the newest backup
 * that holds data while every newer backup holds less (is missing scripts, packs, events, reviews or
 * reports it has). Without it, seven days of backups of a library that was emptied — a damaged file
 * the user chose to replace, scripts lost some other way — rotate out the last copy of the work.
 * At most one such backup is kept; it goes as soon as a newer backup holds everything it holds.
 */
export function lastKnownGood(backups: readonly BackupFile[], content: (file: string) => LibraryContent | null = contentOf): BackupFile | null {
  const regular = new Set(regularlyKept(backups).map((b) => b.file));
  const contents = backups.map((b) => content(b.file));
  for (let i = 0; i < backups.length; i++) {
    if (regular.has(backups[i].file)) continue;
    const c = contents[i];
    if (holdsData(c) && contents.slice(0, i).every((newer) => !covers(newer, c))) return backups[i];
  }
  return null;
}

/** The newest KEEP[reason] backups of each reason (`backups` newest first, as listBackups gives them). */
function regularlyKept(backups: readonly BackupFile[]): BackupFile[] {
  const seen: Record<BackupReason, number> = { daily: 0, 'pre-migration': 0 };
  return backups.filter((b) => ++seen[b.reason] <= KEEP[b.reason]);
}

/** Deletes the backups past their reason's count, except the last-known-good. */
export function rotateBackups(dataDir: string): void {
  const all = listBackups(dataDir);
  const keep = new Set(regularlyKept(all).map((b) => b.file));
  const lkg = all.length > keep.size ? lastKnownGood(all) : null;
  if (lkg) keep.add(lkg.file);
  for (const b of all) if (!keep.has(b.file)) fs.rmSync(b.file, { force: true });
}

function finish(dataDir: string, partial: string, target: string): string {
  fs.renameSync(partial, target);
  rotateBackups(dataDir);
  return target;
}

function backupError(err: unknown, partial: string): AppError {
  fs.rmSync(partial, { force: true });
  const full = (err as { code?: string }).code === 'SQLITE_FULL' || (err as NodeJS.ErrnoException).code === 'ENOSPC';
  return new AppError(full ? 'store.disk_full' : 'store.backup_failed', { reason: String((err as Error).message ?? err).replace(/\s+/g, ' ').slice(0, 200) });
}

/** A backup now, synchronously (`VACUUM INTO`): the one taken before a migration. */
export function backupNow(db: Database.Database, dataDir: string, reason: BackupReason, now = new Date()): string {
  const { target, partial } = prepareTarget(dataDir, reason, now);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish(dataDir, partial, target);
  } catch (err) {
    throw backupError(err, partial);
  }
}

/**
 * Takes today's backup unless there is one already, in the background (online backup API).
 * Best effort: a backup that cannot be written (a nearly full disk), or one cut short because the
 * app closed the database, must not keep the library from working; it is tried again next start.
 * Resolves with the backup's path, or null when none was due or it could not be taken.
 */
export async function dailyBackupIfDue(db: Database.Database, dataDir: string, now = new Date()): Promise<string | null> {
  const today = stamp(now).slice(0, 8);
  let partial = '';
  try {
    if (listBackups(dataDir).some((b) => b.reason === 'daily' && b.at.startsWith(today))) return null;
    const paths = prepareTarget(dataDir, 'daily', now);
    partial = paths.partial;
    await db.backup(partial);
    return finish(dataDir, partial, paths.target);
  } catch (err) {
    if (partial) fs.rmSync(partial, { force: true });
    console.warn(`[naskah] daily backup skipped: ${(err as Error).message}`);
    return null;
  }
}
