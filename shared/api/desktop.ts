/** Contract of opening files from the desktop (double-click, "Open with", a second launch, drag and drop). */
import { z } from 'zod';
import { method } from './define.ts';
import { scriptSummarySchema } from './library.ts';

export const desktopApi = {
  /**
   * A script file opened from the system or dropped: imported as a new script, or — when that very
   * file (same place and content) was opened before and its script is still in the library — that
   * script again (`reused`). Fountain/FDX as text, a dropped screenplay PDF as base64.
   */
  'desktop.openScript': method(
    z.object({
      fileName: z.string().min(1).max(255),
      content: z.string().max(20_000_000),
      /** The path the system gave; absent for a dropped file, which is then known by its name. */
      source: z.string().min(1).max(4096).optional(),
    }),
    z.object({ script: scriptSummarySchema, reused: z.boolean() }),
  ),
};
