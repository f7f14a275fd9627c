/** Telling a full disk from other trouble while opening the library. */
import fs from 'node:fs';

/**
 * Whether an error while opening means the disk is full. SQLite says SQLITE_FULL when a write
 * finds no room, but creating the -shm file on a full disk surfaces as an I/O error: then the free
 * space decides (under 1 MiB left is full for a library that needs room for its WAL).
 */
export function isDiskFull(err: unknown, dir: string): boolean {
  const code = String((err as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return true;
  if (!code.startsWith('SQLITE_IOERR')) return false;
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}
