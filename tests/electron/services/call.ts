/**
 * electron/call.ts's call() bound to whichever backend the test has open (the backend may be
 * reopened between tests): validation and error shaping exactly as the hosts do, the typed error
 * (code, params) thrown on failure.
 */
import { call } from '../../../electron/call.ts';
import type { Backend } from '../../../electron/host.ts';
import type { Input, MethodName } from '../../../shared/api.ts';

export function callerOf(backend: () => Backend) {
  return <M extends MethodName>(method: M, input: Input<M>) => call(backend().handlers, method, input);
}
