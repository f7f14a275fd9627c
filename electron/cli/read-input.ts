/** Reads a script file for the CLI: the format comes from the extension (contract 1). */
import fs from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { decodeScriptBytes } from '../../shared/screenplay/decode-text.ts';
import { isPdfFileName } from '../../shared/screenplay/format-names.ts';
import { readScriptLazily } from '../../shared/screenplay/read-lazily.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';

export async function readScriptFile(file: string): Promise<Screenplay> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new AppError('cli.unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  // A screenplay PDF is read back into elements; everything else is text in a known format.
  const parsed = isPdfFileName(file) ? await (await import('../pdf-import/read-pdf.ts')).readPdfScript(bytes) : await readScriptLazily(file, readScriptText(file, bytes));
  if (!parsed.ok) throw new AppError(parsed.error.code, { file, ...parsed.error.params });
  return parsed.value;
}

/** A text script's bytes as text (UTF-8, UTF-16 with its byte order mark, an FDX's declared encoding). */
export function readScriptText(file: string, bytes: Uint8Array): string {
  const text = decodeScriptBytes(bytes, file);
  if (!text.ok) throw new AppError(text.error.code, { file, ...text.error.params });
  return text.value;
}
