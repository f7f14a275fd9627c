/**
 * "Start empty instead": after a recovery, the user may prefer a new, empty library to the backup
 * Naskah restored. Nothing is deleted: the restored library (with anything written into it since)
 * is set aside into <data>/damaged beside the damaged file, the backups are not touched, and the
 * settings (language, paper, theme) carry over to the new library.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { buildNewLibrary, DB_FILE, openStore, placeNewLibrary, type Db } from './database.ts';
import { DAMAGED_DIR, fileStamp, moveDatabase } from './recover.ts';
import { readSettings, writeSettings } from './settings.ts';

/**
 * Closes `db`, sets naskah.db aside and opens a new empty library in its place. Either way the
 * result carries a working connection: on failure the old library stays (or is put back) in place
 * and is opened again, and `error` says what went wrong.
 */
export function startEmptyLibrary(
  dataDir: string,
  db: Db,
  now = new Date(),
): { ok: true; db: Db; setAside: string } | { ok: false; db: Db; error: AppError } {
  const file = path.join(dataDir, DB_FILE);
  const failure = (err: unknown) => new AppError('recovery.start_empty_failed', { reason: String((err as Error).message ?? err).replace(/\s+/g, ' ').slice(0, 200) });
  let temp: string;
  try {
    // Built first, while the old library is still open: a full disk fails here, before anything moves.
    const settings = readSettings(db);
    temp = buildNewLibrary(file, (fresh) => writeSettings(fresh, settings));
  } catch (err) {
    return { ok: false, db, error: failure(err) };
  }
  const aside = path.join(dataDir, DAMAGED_DIR, `naskah-restored-${fileStamp(now)}.db`);
  db.close();
  try {
    moveDatabase(file, aside);
    placeNewLibrary(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (!fs.existsSync(file) && fs.existsSync(aside)) moveDatabase(aside, file);
    return { ok: false, db: openStore(dataDir).db, error: failure(err) };
  }
  return { ok: true, db: openStore(dataDir).db, setAside: aside };
}
