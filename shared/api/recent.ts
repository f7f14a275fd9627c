/** Contract of the user's place: recent scripts and the script open when the app last closed. */
import { z } from 'zod';
import { recentEntrySchema } from '../commands/app-state.ts';
import { method } from './define.ts';
import { idSchema } from './library.ts';

const placeSchema = z.object({
  /** Most recent first; only scripts that exist and are not in the Trash. */
  recent: z.array(recentEntrySchema),
  /** The script that was open when the app last closed (reopened at start), if it is still there. */
  lastOpen: idSchema.nullable(),
});

export const recentApi = {
  'recent.list': method(z.object({}), placeSchema),
  /** A script was opened: it goes to the front of the recent list and is the one to reopen. */
  'recent.opened': method(z.object({ id: idSchema }), placeSchema),
  /** The writer went back to the library: nothing is reopened at the next start. */
  'recent.closed': method(z.object({}), placeSchema),
};
