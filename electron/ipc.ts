/**
 * The Electron host of the contract: one ipcMain handler that checks which frame is asking
 * before anything runs, then the same dispatch() the web host uses. Testable without Electron:
 * `handleInvoke` takes a plain event-like object.
 */
import { dispatch } from './dispatch.ts';
import type { Handlers } from './services/handlers.ts';

export const INVOKE_CHANNEL = 'naskah:invoke';

export interface SenderLike {
  senderFrame: { url: string } | null;
}

/** The app's own pages only: exact protocol and host, parsed — never a substring test. */
export function isTrustedUrl(url: string, appOrigin: URL): boolean {
  try {
    const u = new URL(url);
    return u.protocol === appOrigin.protocol && u.host === appOrigin.host;
  } catch {
    return false;
  }
}

export async function handleInvoke(handlers: Handlers, appOrigin: URL, event: SenderLike, method: unknown, payload: unknown) {
  if (!event.senderFrame || !isTrustedUrl(event.senderFrame.url, appOrigin)) {
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
