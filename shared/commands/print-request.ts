/** Renderer → desktop host: print this script (the host makes its PDF itself, with the export's own code). */
import { z } from 'zod';
import { idSchema } from '../api/library.ts';

export const printRequestSchema = z.object({ scriptId: idSchema, paper: z.enum(['letter', 'a4']) });
export type PrintRequest = z.infer<typeof printRequestSchema>;
