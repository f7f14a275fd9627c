/**
 * Which links may leave the app for the system browser. Parsed, never matched by substring:
 * https only, an exact host from the allow-list, no credentials, no custom port. Everything else
 * (file:, javascript:, http:, look-alike hosts such as fountain.io.evil.example) stays closed.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['fountain.io', 'www.fountain.io']);

/** The normalised URL to hand to shell.openExternal, or null when it must not be opened. */
export function externalUrlToOpen(raw: unknown, allowedHosts: ReadonlySet<string> = EXTERNAL_HOSTS): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return null;
  if (!allowedHosts.has(u.hostname)) return null;
  return u.toString();
}

export function isAllowedExternalUrl(raw: unknown, allowedHosts: ReadonlySet<string> = EXTERNAL_HOSTS): boolean {
  return externalUrlToOpen(raw, allowedHosts) !== null;
}
