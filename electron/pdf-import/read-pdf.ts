/**
 * A screenplay PDF → the model. A PDF is untrusted input that can hide a decompression bomb (a
 * 4 MB file with a 4 GB content stream) or simply take ages, so the extraction runs in a worker
 * thread with caps on what its streams may decode to (decode-caps.ts: a bomb is refused by name
 * as soon as it passes them), under a wall-clock limit and a memory ceiling (the process's RSS,
 * which also counts the worker's off-heap buffers) as the backstop; the worker is terminated when
 * it passes any of them. The main process — which also serves autosave — never waits on it. The
 * pure classifier (shared/screenplay/pdf/from-lines.ts) then turns positioned lines into elements.
 */
import { Worker } from 'node:worker_threads';
import { fail, ok, type Result } from '../../shared/errors.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { screenplayFromPdfPages } from '../../shared/screenplay/pdf/from-lines.ts';
import { DECODE_CAPS, type DecodeCaps } from './decode-caps.ts';
import type { ExtractedAttachment } from './extract-attachment.ts';
import type { Extracted } from './extract-pages.ts';

/** PDF files larger than this are refused before parsing: no screenplay comes near it. */
export const PDF_MAX_BYTES = 50 * 1024 * 1024;

export interface PdfLimits {
  timeoutMs: number;
  /** Growth of the process's resident memory while reading, in bytes: the backstop behind the decode caps. */
  maxExtraRss: number;
  /** What streams may decode to (DECODE_CAPS when not given). */
  decode?: DecodeCaps;
}

/**
 * A 400-page screenplay PDF reads in about 1 s and adds about 60 MB to the process; the decode
 * caps stop a bomb near 64 MB (one stream) or 160 MB (all of them); 320 MB of growth means
 * something got past them, and the worker is ended — the process stays under 512 MB.
 */
export const PDF_LIMITS: PdfLimits = { timeoutMs: 30_000, maxExtraRss: 320 * 1024 * 1024 };

/** The worker's own file, named like this one: .ts when run from source, .js in the packaged app, .cjs in the CLI bundle. */
const WORKER = new URL(`./pdf-worker${/\.c?[jt]s$/.exec(import.meta.url)?.[0] ?? '.js'}`, import.meta.url);

type Failure = Exclude<Extracted, { ok: true }>;

/** Runs the worker's job — the text lines, or the embedded file named `attachment` — under the limits. */
export function extractInWorker(bytes: Uint8Array, limits: PdfLimits): Promise<Extracted>;
export function extractInWorker(bytes: Uint8Array, limits: PdfLimits, attachment: string): Promise<ExtractedAttachment>;
export function extractInWorker(bytes: Uint8Array, limits: PdfLimits, attachment?: string): Promise<Extracted | ExtractedAttachment> {
  return new Promise((resolve) => {
    const baseline = process.memoryUsage().rss;
    const worker = new Worker(WORKER, { workerData: { bytes, caps: limits.decode ?? DECODE_CAPS, attachment }, resourceLimits: { maxOldGenerationSizeMb: 384 } });
    let settled = false;
    const finish = (result: Extracted | ExtractedAttachment | Failure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      resolve(result);
    };
    const tooComplex = (detail: string) => finish({ ok: false, code: 'pdf_too_complex', detail });
    const timer = setTimeout(() => tooComplex(`over ${limits.timeoutMs / 1000} s`), limits.timeoutMs);
    const watch = setInterval(() => {
      if (process.memoryUsage().rss - baseline > limits.maxExtraRss) tooComplex('memory');
    }, 25);
    worker.once('message', (m: Extracted | ExtractedAttachment) => finish(m));
    worker.once('error', (err) => tooComplex(String(err?.message ?? err).slice(0, 200)));
    worker.once('exit', (code) => tooComplex(`worker exited (${code})`));
  });
}

export async function readPdfScript(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<Result<Screenplay>> {
  if (bytes.length > PDF_MAX_BYTES) return fail('screenplay.pdf_too_large', { size: bytes.length, max: PDF_MAX_BYTES });
  const extracted = await extractInWorker(bytes, limits);
  if (!extracted.ok && 'limitMb' in extracted) return fail(`screenplay.${extracted.code}`, { limit: extracted.limitMb });
  if (!extracted.ok) return fail(`screenplay.${extracted.code}`, { detail: extracted.detail });
  const script = screenplayFromPdfPages(extracted.pages);
  if (script.elements.length === 0) return fail('screenplay.pdf_no_text', {});
  return ok(script);
}
