/** Worker thread entry: extracts a PDF's text lines (workerData: the bytes) and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPages } from './extract-pages.ts';

parentPort?.postMessage(await extractPages(workerData as Uint8Array));
