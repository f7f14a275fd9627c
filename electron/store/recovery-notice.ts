/**
 * The recovery notice waits in <data>/recovery.json until the user dismisses it (or starts empty
 * instead). A file beside the database, not a row in it, because the notice is about the database:
 * it must survive "start empty instead", and a recovery done by a command-line run must still be
 * told to the user the next time the app opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { recoverySchema } from '../../shared/api/recovery.ts';
import type { Recovery } from './recover.ts';

export const NOTICE_FILE = 'recovery.json';

/** Best effort: a notice that cannot be written (a full disk) is still shown by the run that recovered. */
export function savePendingRecovery(dataDir: string, recovery: Recovery): void {
  const file = path.join(dataDir, NOTICE_FILE);
  try {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(recovery, null, 2));
    fs.renameSync(`${file}.tmp`, file);
  } catch (err) {
    fs.rmSync(`${file}.tmp`, { force: true });
    console.warn(`[naskah] could not keep the recovery notice: ${(err as Error).message}`);
  }
}

/** The notice waiting to be read, or null (none, or a file that is not a notice: ignored, not trusted). */
export function readPendingRecovery(dataDir: string): Recovery | null {
  try {
    const parsed = recoverySchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, NOTICE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearPendingRecovery(dataDir: string): void {
  fs.rmSync(path.join(dataDir, NOTICE_FILE), { force: true });
}
