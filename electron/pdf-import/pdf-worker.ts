/**
 * Worker thread entry: extracts a PDF's text lines, or one embedded file by name (workerData: the
 * bytes, the decode caps and the job), and posts the result. The caps go in before pdf.js is
 * loaded; a bomb is posted the moment it shows.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installDecodeCaps, type DecodeCaps } from './decode-caps.ts';
import type { Extracted } from './extract-pages.ts';

const { bytes, caps, attachment } = workerData as { bytes: Uint8Array; caps: DecodeCaps; attachment?: string };
installDecodeCaps(caps, (hit) => parentPort?.postMessage({ ok: false, ...hit } satisfies Extracted));
if (attachment !== undefined) {
  const { extractAttachment } = await import('./extract-attachment.ts');
  parentPort?.postMessage(await extractAttachment(bytes, attachment));
} else {
  const { extractPages } = await import('./extract-pages.ts');
  parentPort?.postMessage(await extractPages(bytes));
}
