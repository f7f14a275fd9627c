/**
 * The one place a host turns (method name, untrusted payload) into a reply. IPC and the web host
 * both call this, so validation and error shaping cannot differ between them.
 */
import { api, isMethodName, type MethodName, type Reply } from '../shared/api.ts';
import { isAppError } from '../shared/errors.ts';
import type { Handlers } from './services/handlers.ts';

export async function dispatch(handlers: Handlers, name: unknown, payload: unknown): Promise<Reply<MethodName>> {
  if (typeof name !== 'string' || !isMethodName(name)) {
    // Never String(name): an object without a prototype (or with a hostile toString) would throw.
    return { ok: false, error: { code: 'common.unknown_method', params: { method: typeof name === 'string' ? name.slice(0, 100) : `(${typeof name})` } } };
  }
  const parsed = api[name].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: 'common.invalid_input',
        params: { method: name, path: issue?.path.join('.') || '(root)', problem: issue?.message ?? '' },
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const result = await handler(parsed.data);
    return { ok: true, result } as Reply<MethodName>;
  } catch (err) {
    if (isAppError(err)) return { ok: false, error: err.toData() };
    // A full disk is the user's to fix, not a bug: say so plainly (the editor keeps the edits and retries).
    const sqlite = (err as { code?: unknown })?.code;
    if (sqlite === 'SQLITE_FULL' || (err as NodeJS.ErrnoException)?.code === 'ENOSPC') return { ok: false, error: { code: 'store.disk_full', params: {} } };
    // An unexpected exception is a bug: keep the detail in the log, give the UI a typed error.
    console.error(`[naskah] ${name} failed:`, err);
    return { ok: false, error: { code: 'common.internal', params: { method: name, detail: String((err as Error)?.message ?? err).slice(0, 300) } } };
  }
}
