/**
 * The Electron host of the contract: one ipcMain handler that checks which frame is asking
 * before anything runs, then the same dispatch() the web host uses. Testable without Electron:
 * `handleInvoke` takes a plain event-like object.
 */
import { dispatch } from './dispatch.ts';
import { isTrustedSender, type SenderLike } from './security/trusted-sender.ts';
import type { Handlers } from './services/handlers.ts';

export type { SenderLike };

export const INVOKE_CHANNEL = 'naskah:invoke';

export async function handleInvoke(handlers: Handlers, appOrigin: URL, event: SenderLike, method: unknown, payload: unknown) {
  if (!isTrustedSender(event, appOrigin)) {
    return { ok: false as const, error: { code: 'common.untrusted_sender', params: {} } };
  }
  return dispatch(handlers, method, payload);
}

export function registerIpc(
  ipcMain: { handle(channel: string, fn: (event: SenderLike, method: unknown, payload: unknown) => unknown): void },
  handlers: Handlers,
  appOrigin: URL,
): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method, payload) => handleInvoke(handlers, appOrigin, event, method, payload));
}
