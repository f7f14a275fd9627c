/**
 * What reaches the window when a file is to be opened: the file's name and bytes (and, from the
 * system, its path), or an error the window shows translated. The main process sends it as the
 * host event "open-file"; the renderer validates it here before acting, as every host input is
 * validated. A dropped file becomes the same IncomingFile, without a path.
 */
import { z } from 'zod';

export const incomingFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  /** The absolute path the system gave; absent for a dropped file (a page never learns paths). */
  source: z.string().min(1).max(4096).optional(),
  bytes: z.instanceof(Uint8Array),
});
export type IncomingFile = z.infer<typeof incomingFileSchema>;

const errorSchema = z.object({ code: z.string().regex(/^[a-z]+\.[a-z_]+$/), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const openRequestSchema = z.union([z.object({ file: incomingFileSchema }), z.object({ error: errorSchema })]);
export type OpenRequest = z.infer<typeof openRequestSchema>;
