/** Opening a script file from the desktop: import it, or show the script that very file became before. */
import type { desktopApi } from '../../shared/api/desktop.ts';
import { fileTypeOf, acceptedExtensions } from '../../shared/desktop/file-types.ts';
import { AppError } from '../../shared/errors.ts';
import { isPdfFileName } from '../../shared/screenplay/formats.ts';
import { sha256Hex } from '../sha256.ts';
import { nowIso } from '../store/ids.ts';
import { findOpenedFile, recordOpenedFile } from '../store/opened-files.ts';
import { getScript } from '../store/scripts.ts';
import type { ServiceContext } from './context.ts';
import type { HandlersFor } from './handlers.ts';
import { importPdf, importScript, scriptSummary } from './library.ts';

export async function openScriptFile(ctx: ServiceContext, input: { fileName: string; content: string; source?: string }) {
  if (fileTypeOf(input.fileName, 'drop')?.kind !== 'script') {
    throw new AppError('desktop.unsupported_file', { file: input.fileName, accepted: acceptedExtensions('drop') });
  }
  const place = input.source ?? input.fileName;
  const sha256 = sha256Hex(input.content);
  const earlier = findOpenedFile(ctx.db, place, sha256);
  const row = earlier ? getScript(ctx.db, earlier.scriptId) : undefined;
  // A script since moved to the Trash (or deleted for good) no longer stands for the file: import it again.
  if (row && row.deleted_at === null) return { script: scriptSummary(row), reused: true };
  const script = isPdfFileName(input.fileName) ? await importPdf(ctx, input.fileName, input.content) : importScript(ctx, input.fileName, input.content);
  recordOpenedFile(ctx.db, { place, sha256, scriptId: script.id, at: nowIso() });
  return { script, reused: false };
}

export function desktopHandlers(ctx: ServiceContext): HandlersFor<typeof desktopApi> {
  return { 'desktop.openScript': (input) => openScriptFile(ctx, input) };
}
