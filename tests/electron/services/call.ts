/**
 * Calls a contract method through dispatch() — validation and error shaping exactly as the hosts
 * do — on whichever backend the test has open, throwing the typed error (code, params) on failure.
 */
import { dispatch } from '../../../electron/dispatch.ts';
import type { Backend } from '../../../electron/host.ts';
import type { Input, MethodName, Output } from '../../../shared/api.ts';

export function callerOf(backend: () => Backend) {
  return async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const reply = await dispatch(backend().handlers, method, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.code), reply.error);
    return reply.result as Output<M>;
  };
}
