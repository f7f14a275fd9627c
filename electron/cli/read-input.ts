/** Reads a script file for the CLI: the format comes from the extension (contract 1). */
import fs from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { isPdfFileName, readScript } from '../../shared/screenplay/formats.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';

export async function readScriptFile(file: string): Promise<Screenplay> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new AppError('cli.unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  // A screenplay PDF is read back into elements; everything else is text in a known format.
  const parsed = isPdfFileName(file) ? await (await import('../pdf-import/read-pdf.ts')).readPdfScript(bytes) : readScript(file, bytes.toString('utf8'));
  if (!parsed.ok) throw new AppError(parsed.error.code, { file, ...parsed.error.params });
  return parsed.value;
}
