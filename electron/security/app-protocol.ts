/**
 * Maps an app:// request to a file inside the built renderer, or null (→ 403/404). Pure path
 * arithmetic, so traversal attempts (.., %2e%2e, encoded slashes, other hosts) are unit-tested.
 */
import path from 'node:path';

export function resolveAppAsset(rendererDir: string, requestUrl: string, appOrigin: URL): string | null {
  let url: URL;
  let decoded: string;
  try {
    url = new URL(requestUrl);
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== appOrigin.protocol || url.host !== appOrigin.host) return null;
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = path.posix.normalize('/' + decoded).replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, rel);
  return file.startsWith(root + path.sep) ? file : null;
}
