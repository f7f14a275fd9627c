/**
 * The Trash. Deleting a script (library.delete) only marks it deleted; here it can be restored
 * (library.restore) or deleted for good, and start-up maintenance deletes for good what has been in
 * the Trash longer than TRASH_DAYS. Deleting for good takes a script that is already in the Trash:
 * no single call deletes a script from the library for good.
 */
import { TRASH_DAYS, type TrashItem, type trashApi } from '../../shared/api/trash.ts';
import { AppError } from '../../shared/errors.ts';
import { deleteForever, getScript, listTrash, purgeDeletedBefore, type ScriptRow } from '../store/scripts.ts';
import type { ServiceContext } from './context.ts';
import type { HandlersFor } from './handlers.ts';
import { scriptSummary } from './library.ts';

const DAY_MS = 86_400_000;

/** Scripts deleted before this moment are past keeping. */
export function trashCutoff(now = new Date()): string {
  return new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
}

function trashItem(row: ScriptRow & { deleted_at: string }): TrashItem {
  return { ...scriptSummary(row), deletedAt: row.deleted_at, purgeAt: new Date(Date.parse(row.deleted_at) + TRASH_DAYS * DAY_MS).toISOString() };
}

/** Start-up maintenance: what has been in the Trash for TRASH_DAYS goes for good. Returns how many went. */
export function purgeExpiredTrash(ctx: ServiceContext, now = new Date()): number {
  return purgeDeletedBefore(ctx.db, trashCutoff(now));
}

export function trashHandlers(ctx: ServiceContext): HandlersFor<typeof trashApi> {
  return {
    'library.trash': () => listTrash(ctx.db, trashCutoff()).map((row) => trashItem(row as ScriptRow & { deleted_at: string })),
    'library.deleteForever': ({ id }) => {
      const row = getScript(ctx.db, id);
      if (!row) throw new AppError('library.not_found', { id });
      if (row.deleted_at === null) throw new AppError('trash.not_in_trash', { title: row.title });
      deleteForever(ctx.db, [id]);
      return { ok: true };
    },
    'library.emptyTrash': ({ ids }) => ({ deleted: deleteForever(ctx.db, ids) }),
  };
}
