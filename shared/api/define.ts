/**
 * The building block of the API contract: a method is a pair of zod schemas plus what a host
 * needs to know to carry it (how large a request body it may read). Hosts validate the input
 * before any service runs, and the renderer gets the output type for free. Everything about a
 * method is declared here, beside its schemas, so its name appears once in the contract.
 */
import type { z } from 'zod';

/** The request body a host reads for an ordinary method: a whole screenplay as JSON fits many times. */
export const DEFAULT_BODY_BYTES = 25 * 1024 * 1024;
/**
 * For methods that carry whole files as base64 — course packs (up to 200 MiB unpacked, about
 * 280 M characters) and review bundles. Their services check the real limits on the decoded bytes.
 */
export const FILE_BODY_BYTES = 300 * 1024 * 1024;

/**
 * For methods whose body is a file's raw bytes (`body: 'binary'`): a course pack of up to 2 GiB
 * of media, streamed to disk as it arrives — never a string, which V8 caps near 512 M characters.
 */
export const BINARY_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024 + 16 * 1024 * 1024;

export interface MethodOptions {
  /** The largest request body (bytes) a host reads for this method; default DEFAULT_BODY_BYTES. */
  maxBodyBytes?: number;
  /**
   * 'json' (the default): the body is the input as JSON. 'binary': the body is a file's bytes
   * (Content-Type application/octet-stream) that the host streams into the data directory's
   * uploads/ folder; the input's other fields come from the URL's `input` query parameter (JSON),
   * and the host adds `upload` (the new upload's id) and `size` before the input is validated.
   */
  body?: 'json' | 'binary';
}

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  maxBodyBytes: number;
  body: 'json' | 'binary';
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, options: MethodOptions = {}): MethodSpec<I, O> {
  return { input, output, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_BODY_BYTES, body: options.body ?? 'json' };
}
