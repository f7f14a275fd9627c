/**
 * Contract of storage recovery: when start-up found the library damaged, empty (0 bytes) or missing
 * and restored a backup (app.info's `recovery`), the user is told until they dismiss the notice,
 * and may start with an empty library instead. Nothing is deleted either way.
 */
import { z } from 'zod';
import { method } from './define.ts';

export const recoverySchema = z.object({
  /** damaged: unreadable or failing its check; empty: a 0-byte file; missing: no file, but backups. */
  cause: z.enum(['damaged', 'empty', 'missing']),
  at: z.string(),
  /** Where the damaged file was moved (kept, never deleted); null when there was no file. */
  damaged: z.string().nullable(),
  /** The backup restored, or null when no backup held data (the library started empty). */
  restored: z.string().nullable(),
  /** When that backup was taken (ISO). */
  restoredAt: z.string().nullable(),
});
export type RecoveryInfo = z.infer<typeof recoverySchema>;

export const recoveryApi = {
  /** The user has read the notice: it is not shown again. */
  'recovery.dismiss': method(z.object({}), z.object({ ok: z.literal(true) })),
  /**
   * Sets the restored library aside (into the damaged folder, beside the damaged file) and starts a
   * new, empty one with the same settings. The damaged file and the backups are left as they are.
   */
  'recovery.startEmpty': method(z.object({}), z.object({ setAside: z.string() })),
};
