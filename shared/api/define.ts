/**
 * The building block of the API contract: a method is a pair of zod schemas. Hosts validate the
 * input before any service runs, and the renderer gets the output type for free.
 */
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output };
}
