/**
 * After start-up recovered the library (store/recover.ts), the notice waits until the user
 * dismisses it; "start empty instead" swaps the restored library for a new, empty one while the
 * app runs. Every handler reads ctx.db when called, so swapping ctx.db is all the hosts need.
 */
import { AppError } from '../../shared/errors.ts';
import { clearPendingRecovery } from '../store/recovery-notice.ts';
import { startEmptyLibrary } from '../store/start-empty.ts';
import type { ServiceContext } from './context.ts';
import type { recoveryApi } from '../../shared/api/recovery.ts';
import type { HandlersFor } from './handlers.ts';

export function dismissRecovery(ctx: ServiceContext): void {
  clearPendingRecovery(ctx.dataDir);
  ctx.recovery = null;
}

/** Only while a notice says a backup was restored: otherwise there is nothing to start over from. */
export function startEmptyInstead(ctx: ServiceContext): { setAside: string } {
  if (!ctx.recovery?.restored) throw new AppError('recovery.nothing_restored', {});
  const result = startEmptyLibrary(ctx.dataDir, ctx.db);
  ctx.db = result.db;
  if (!result.ok) throw result.error;
  dismissRecovery(ctx);
  return { setAside: result.setAside };
}

export function recoveryHandlers(ctx: ServiceContext): HandlersFor<typeof recoveryApi> {
  return {
    'recovery.dismiss': () => {
      dismissRecovery(ctx);
      return { ok: true };
    },
    'recovery.startEmpty': () => startEmptyInstead(ctx),
  };
}
