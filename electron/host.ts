/**
 * Everything a host needs to serve the contract: the data directory, the open store and the
 * handler map. Shared by the Electron main process, the web host and the CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from './services/context.ts';
import { createHandlers } from './services/index.ts';
import type { MediaResolver, UploadReceiver } from './media-serve.ts';
import { receiveUpload } from './course/uploads.ts';
import { packMediaSource } from './services/course-media.ts';
import type { Handlers } from './services/handlers.ts';
import { dailyBackupIfDue } from './store/backup.ts';
import { openStore, type Db } from './store/database.ts';
import type { Recovery } from './store/recover.ts';
import { readPendingRecovery } from './store/recovery-notice.ts';
import { purgeExpiredTrash } from './services/trash.ts';
import { REPO_ROOT } from './repo-root.ts';

export { REPO_ROOT };

export function appVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function osLocale(env: NodeJS.ProcessEnv = process.env): string {
  return env.NASKAH_LOCALE || Intl.DateTimeFormat().resolvedOptions().locale || 'en-US';
}

export interface Backend {
  ctx: ServiceContext;
  handlers: Handlers;
  /** The open library (ctx.db: "start empty instead" replaces it while the host runs). */
  readonly db: Db;
  /** The recovery this opening did (a damaged, empty or missing library replaced), or null. */
  recoveredNow: Recovery | null;
  /** Today's backup, running in the background: its path, or null (none due, failed, or cut short by close()). */
  dailyBackup: Promise<string | null>;
  /** Course-pack files as the hosts stream them (range requests), by pack id and path. */
  media: MediaResolver;
  /** Streams an uploaded pack's bytes into the data directory (browser mode's media.uploadPack). */
  uploads: UploadReceiver;
  close(): void;
}

export function openBackend(dataDir: string, host: ServiceContext['host'], locale = osLocale()): Backend {
  const { db, recovery } = openStore(dataDir);
  // The notice of a recovery stays until dismissed, also one done by an earlier run (the CLI's).
  const ctx: ServiceContext = { db, dataDir, host, appVersion: appVersion(), locale, recovery: recovery ?? readPendingRecovery(dataDir) };
  startupMaintenance(ctx);
  // The desktop app and browser mode run for hours: they take the day's backup while serving.
  // A CLI command is over in a moment; closing would only cut its backup short.
  const dailyBackup = host === 'cli' ? Promise.resolve(null) : dailyBackupIfDue(db, dataDir);
  return {
    ctx,
    get db() {
      return ctx.db;
    },
    recoveredNow: recovery,
    handlers: createHandlers(ctx),
    dailyBackup,
    media: (packId, path) => packMediaSource(ctx, packId, path),
    uploads: (body, limit) => receiveUpload(dataDir, body, limit),
    close: () => ctx.db.close(),
  };
}

/**
 * Housekeeping once per opening, never as a side effect of building the handler map: scripts in
 * the Trash longer than TRASH_DAYS are deleted for good. Best effort — a library that cannot be
 * tidied (a full disk) still opens.
 */
function startupMaintenance(ctx: ServiceContext): void {
  try {
    purgeExpiredTrash(ctx);
  } catch (err) {
    console.warn(`[naskah] emptying old scripts from the Trash skipped: ${(err as Error).message}`);
  }
}
