/**
 * Contract of the Trash: deleted scripts (library.delete) wait here for TRASH_DAYS, can be
 * restored (library.restore) or deleted for good. Only a script already in the Trash can be
 * deleted for good, so nothing goes in one step.
 */
import { z } from 'zod';
import { method } from './define.ts';
import { idSchema, scriptSummarySchema } from './library.ts';

/** How long a deleted script stays in the Trash before it is deleted for good. */
export const TRASH_DAYS = 30;

export const trashItemSchema = scriptSummarySchema.extend({
  deletedAt: z.string(),
  /** When it will be deleted for good (deletedAt + TRASH_DAYS). */
  purgeAt: z.string(),
});
export type TrashItem = z.infer<typeof trashItemSchema>;

export const trashApi = {
  /** The Trash, the latest deleted first. */
  'library.trash': method(z.object({}), z.array(trashItemSchema)),
  /** Deletes one script in the Trash for good. */
  'library.deleteForever': method(z.object({ id: idSchema }), z.object({ ok: z.literal(true) })),
  /** Empties the Trash of exactly the scripts the user confirmed (one deleted since is not swept along). */
  'library.emptyTrash': method(z.object({ ids: z.array(idSchema).max(10_000) }), z.object({ deleted: z.number().int() })),
};
