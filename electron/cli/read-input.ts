/** Reads a script file for the CLI: the format comes from the extension (contract 1). */
import fs from 'node:fs';
import { AppError } from '../../shared/errors.ts';
import { readScript } from '../../shared/screenplay/formats.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';

export function readScriptFile(file: string): Screenplay {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('cli.unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  const parsed = readScript(file, text);
  if (!parsed.ok) throw new AppError(parsed.error.code, { file, ...parsed.error.params });
  return parsed.value;
}
