/**
 * Which script each file opened from the system (or dropped) became, so opening that very file
 * again shows the script instead of importing a copy. A file is "that very file" when its place
 * (the path, or for a drop, which gives no path, the file name) and its content hash both match:
 * an edited file, or another file of the same name, is imported anew.
 *
 * Kept as one JSON value in the settings table under its own key (settings' schema ignores keys
 * it does not know), newest first and bounded, so no migration is needed for it.
 */
import type { Db } from './database.ts';
import { readSettings, writeSettings } from './settings.ts';

export const OPENED_FILES_KEY = 'desktop.openedFiles';
/** Enough for years of a trainee's files; the oldest drop out and would simply import again. */
export const OPENED_FILES_LIMIT = 500;

export interface OpenedFile {
  place: string;
  sha256: string;
  scriptId: string;
  at: string;
}

function isOpenedFile(v: unknown): v is OpenedFile {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.place === 'string' && typeof o.sha256 === 'string' && typeof o.scriptId === 'string' && typeof o.at === 'string';
}

export function listOpenedFiles(db: Db): OpenedFile[] {
  const stored = readSettings(db)[OPENED_FILES_KEY];
  // A damaged value costs only the memory of earlier opens, never start-up.
  return Array.isArray(stored) ? stored.filter(isOpenedFile) : [];
}

export function findOpenedFile(db: Db, place: string, sha256: string): OpenedFile | undefined {
  return listOpenedFiles(db).find((f) => f.place === place && f.sha256 === sha256);
}

export function recordOpenedFile(db: Db, entry: OpenedFile): void {
  const rest = listOpenedFiles(db).filter((f) => !(f.place === entry.place && f.sha256 === entry.sha256));
  writeSettings(db, { [OPENED_FILES_KEY]: [entry, ...rest].slice(0, OPENED_FILES_LIMIT) });
}
