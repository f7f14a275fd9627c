/**
 * Worker thread entry: extracts a PDF's text lines (workerData: the bytes and the decode caps) and
 * posts the result. The caps go in before pdf.js is loaded; a bomb is posted the moment it shows.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installDecodeCaps, type DecodeCaps } from './decode-caps.ts';
import type { Extracted } from './extract-pages.ts';

const { bytes, caps } = workerData as { bytes: Uint8Array; caps: DecodeCaps };
installDecodeCaps(caps, (hit) => parentPort?.postMessage({ ok: false, ...hit } satisfies Extracted));
const { extractPages } = await import('./extract-pages.ts');
parentPort?.postMessage(await extractPages(bytes));
