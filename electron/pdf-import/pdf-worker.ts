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
// Promises rather than top-level await: the CLI bundle is CommonJS (scripts/build-cli.ts), which has none.
// A failure rejects unhandled, which ends the worker with an 'error' event, as a thrown await did.
const job: Promise<unknown> =
  attachment !== undefined
    ? import('./extract-attachment.ts').then(({ extractAttachment }) => extractAttachment(bytes, attachment))
    : import('./extract-pages.ts').then(({ extractPages }) => extractPages(bytes));
void job.then((result) => parentPort?.postMessage(result));
