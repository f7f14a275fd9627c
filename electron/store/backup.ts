/**
 * Online backups of naskah.db into <data>/backups: one a day (kept 7) and one before every
 * migration (kept 3). `VACUUM INTO` writes a consistent, compacted copy while the database stays
 * open — synchronous, so it can run inside the migration hook — and never touches the original.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';

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
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({ file: path.join(dir, name), reason: m[1] as BackupReason, at: m[2] }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

export function backupNow(db: Database.Database, dataDir: string, reason: BackupReason, now = new Date()): string {
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `naskah-${reason}-${stamp(now)}.db`);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  // Written under a temporary name and renamed: a crash mid-backup never leaves a "backup" that is half a file.
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, target);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    const full = (err as { code?: string }).code === 'SQLITE_FULL' || (err as NodeJS.ErrnoException).code === 'ENOSPC';
    throw new AppError(full ? 'store.disk_full' : 'store.backup_failed', { reason: String((err as Error).message ?? err).replace(/\s+/g, ' ').slice(0, 200) });
  }
  for (const old of listBackups(dataDir).filter((b) => b.reason === reason).slice(KEEP[reason])) fs.rmSync(old.file, { force: true });
  return target;
}

/**
 * Takes today's backup unless there is one already. Best effort: a backup that cannot be written
 * (a nearly full disk) must not keep the library from opening; it is tried again next start.
 */
export function dailyBackupIfDue(db: Database.Database, dataDir: string, now = new Date()): string | null {
  const today = stamp(now).slice(0, 8);
  try {
    if (listBackups(dataDir).some((b) => b.reason === 'daily' && b.at.startsWith(today))) return null;
    return backupNow(db, dataDir, 'daily', now);
  } catch (err) {
    console.warn(`[naskah] daily backup skipped: ${(err as Error).message}`);
    return null;
  }
}
