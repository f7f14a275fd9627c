/**
 * Who may call the back end over IPC: only frames showing the app's own pages. The frame URL is
 * parsed and compared by protocol and host exactly (app://naskah), so about:blank, file:,
 * data:, remote pages and look-alikes (app://naskah.evil, app://evil/naskah) are all refused.
 */
export function isTrustedSenderUrl(url: unknown, appOrigin: URL): boolean {
  if (typeof url !== 'string') return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  // The print window's PDF is of the app's origin too, but it is a document, not the app: never a caller.
  return u.protocol === appOrigin.protocol && u.host === appOrigin.host && u.username === '' && u.password === '' && !u.pathname.startsWith('/print/');
}

/** Electron's event shape, reduced to what the check needs (senderFrame is null once the frame is gone). */
export interface SenderLike {
  senderFrame: { url: string } | null;
}

export function isTrustedSender(event: SenderLike | null | undefined, appOrigin: URL): boolean {
  return !!event?.senderFrame && isTrustedSenderUrl(event.senderFrame.url, appOrigin);
}
