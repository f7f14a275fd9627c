/**
 * Browser mode's lock (ARCHITECTURE.md contract 3, the Jupyter model): the host is started with a
 * token — random per run, or NASKAH_WEB_TOKEN — and prints a link carrying it. A page opened with
 * the token gets a session cookie (HttpOnly, SameSite=Strict, named after the port so two hosts in
 * one browser profile keep their own); every API call must carry that cookie. Any other local
 * process, another user's on a shared lab PC included, gets a 401.
 *
 * The Cookie header and the query are read here by hand: one name to find, and a library would add
 * parsing rules (decoding, duplicate handling) we would still have to check for this one case.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The query parameter that carries the token in the printed link. */
export const TOKEN_PARAM = 'token';

/** A fresh random token (256 bits, URL-safe), or NASKAH_WEB_TOKEN when set and not empty. */
export function webToken(env: NodeJS.ProcessEnv = process.env): { token: string; fromEnv: boolean } {
  const fixed = env.NASKAH_WEB_TOKEN;
  if (fixed) return { token: fixed, fromEnv: true };
  return { token: randomBytes(32).toString('base64url'), fromEnv: false };
}

/** Below this a token can be guessed by a local process trying values: said as a warning, not refused. */
export const SHORT_TOKEN = 16;

/** The link the terminal prints and the browser opens. */
export function launchUrl(origin: string, token: string): string {
  return `${origin}/?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}

/** Cookies ignore ports: without the port in its name, a second host on this machine would overwrite the first one's session. */
export function sessionCookieName(port: number): string {
  return `naskah-session-${port}`;
}

/**
 * The cookie's value: derived from the token (HMAC) rather than the token itself, so the token is
 * never stored in the browser's cookie jar, and a fixed NASKAH_WEB_TOKEN keeps its pages signed in
 * across restarts of the host while a random one (a new run) signs every old page out.
 */
export function sessionValue(token: string, port: number): string {
  return createHmac('sha256', token).update(`naskah-web-session:${port}`).digest('base64url');
}

export function sessionCookieHeader(token: string, port: number): string {
  // No Max-Age: the cookie ends with the browser session. No Secure: the host is plain http on loopback.
  return `${sessionCookieName(port)}=${sessionValue(token, port)}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * Constant-time equality of two secrets: both are hashed first, so the comparison is over equal
 * lengths and neither the position of the first wrong character nor the length leaks.
 */
export function sameSecret(candidate: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(candidate), digest(expected));
}

/** Every value the Cookie header gives `name` (a browser may send the same name twice, from different paths). */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const out: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) out.push(part.slice(eq + 1).trim());
  }
  return out;
}

/** Whether the request carries this host's session cookie. */
export function hasSession(cookieHeader: string | undefined, token: string, port: number): boolean {
  const expected = sessionValue(token, port);
  // Every candidate is compared (no early exit on the first match), each in constant time.
  return cookieValues(cookieHeader, sessionCookieName(port)).reduce((found, value) => sameSecret(value, expected) || found, false);
}

/** The token a page request brings in its query: 'none', or whether it is this run's. */
export function tokenInQuery(url: URL, token: string): 'none' | 'valid' | 'wrong' {
  const given = url.searchParams.getAll(TOKEN_PARAM);
  if (given.length === 0) return 'none';
  return given.length === 1 && sameSecret(given[0], token) ? 'valid' : 'wrong';
}
