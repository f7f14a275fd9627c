/**
 * Recent scripts and the script to reopen, kept in the settings table (two keys beside the app's
 * settings; no migration needed). The decisions are shared/commands/recent.ts's.
 */
import type { recentApi } from '../../shared/api/recent.ts';
import { pushRecent, storedIds, visibleRecent } from '../../shared/commands/recent.ts';
import { AppError } from '../../shared/errors.ts';
import { getScript, listScripts } from '../store/scripts.ts';
import { readSettings, writeSettings } from '../store/settings.ts';
import type { ServiceContext } from './context.ts';
import type { HandlersFor } from './handlers.ts';

export const RECENT_KEY = 'recentScripts';
export const LAST_OPEN_KEY = 'lastOpenScript';

function place(ctx: ServiceContext) {
  const stored = readSettings(ctx.db);
  const live = new Map(listScripts(ctx.db).map((s) => [s.id, s.title]));
  const last = typeof stored[LAST_OPEN_KEY] === 'string' ? (stored[LAST_OPEN_KEY] as string) : null;
  return { recent: visibleRecent(storedIds(stored[RECENT_KEY]), live), lastOpen: last && live.has(last) ? last : null };
}

export function recentHandlers(ctx: ServiceContext): HandlersFor<typeof recentApi> {
  return {
    'recent.list': () => place(ctx),
    'recent.opened': ({ id }) => {
      const row = getScript(ctx.db, id);
      if (!row || row.deleted_at) throw new AppError('library.not_found', { id });
      writeSettings(ctx.db, { [RECENT_KEY]: pushRecent(storedIds(readSettings(ctx.db)[RECENT_KEY]), id), [LAST_OPEN_KEY]: id });
      return place(ctx);
    },
    'recent.closed': () => {
      writeSettings(ctx.db, { [LAST_OPEN_KEY]: '' });
      return place(ctx);
    },
  };
}
