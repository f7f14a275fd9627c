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

export interface MethodOptions {
  /** The largest request body (bytes) a host reads for this method; default DEFAULT_BODY_BYTES. */
  maxBodyBytes?: number;
}

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  maxBodyBytes: number;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, options: MethodOptions = {}): MethodSpec<I, O> {
  return { input, output, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_BODY_BYTES };
}
