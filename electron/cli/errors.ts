/**
 * Errors whose app wording does not fit a command line. The app's `store.disk_full` tells a writer
 * their edits are still in the editor and will be saved once there is room — true in the app, where
 * the editor retries, and false for a command that simply failed. A full disk can also reach the CLI
 * as SQLite's own error (outside a contract call) or while opening the library.
 */
import { isAppError, type AppErrorData } from '../../shared/errors.ts';

const FULL = new Set(['SQLITE_FULL', 'ENOSPC']);
const CLI_WORDING: Record<string, string> = { 'store.disk_full': 'cli.disk_full', 'store.disk_full_open': 'cli.disk_full' };

/** The error as the CLI should word it, or null when it is not a typed error the CLI knows. */
export function cliError(err: unknown): AppErrorData | null {
  if (isAppError(err)) {
    const code = CLI_WORDING[err.code];
    return code ? { code, params: {} } : err.toData();
  }
  if (FULL.has(String((err as { code?: unknown })?.code ?? ''))) return { code: 'cli.disk_full', params: {} };
  return null;
}
