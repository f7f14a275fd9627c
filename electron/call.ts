/**
 * A contract method called exactly as a host calls it — through dispatch(), so the input is
 * validated and errors are shaped as the app sees them — with its input and result typed by the
 * contract. The CLI, the tests and the benchmarks call the back end through this one function.
 */
import type { Input, MethodName, Output } from '../shared/api.ts';
import { AppError } from '../shared/errors.ts';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './services/handlers.ts';

/** The reply's result; an error reply is thrown as the AppError it carries (code and params). */
export async function call<M extends MethodName>(handlers: Handlers, method: M, input: Input<M>): Promise<Output<M>> {
  const reply = await dispatch(handlers, method, input);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params);
  return reply.result as Output<M>;
}
