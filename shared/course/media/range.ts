/**
 * HTTP range serving (RFC 9110 §14), pure: from a request's method and Range header and the
 * file's size, what to answer — 200 with the whole file, 206 with one byte range and its
 * Content-Range, or 416 with "bytes * /size" — and which bytes to send. The browser-mode web
 * host (electron/webhost.ts) and the Electron app protocol (electron/main.ts) both answer media
 * requests with it, so seeking in a video works the same in both: a <video> asks for
 * "bytes=N-" when the trainee drags the playhead, and plays only if it gets a 206.
 *
 * One range only: a multi-range request ("bytes=0-1,5-6") is answered with the first range, as
 * many servers do; browsers never send several for media.
 */
export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

export type RangeRequest = { kind: 'whole' } | { kind: 'range'; range: ByteRange } | { kind: 'unsatisfiable' };

/** Parses a Range header against a file of `size` bytes. Anything malformed is ignored (whole file). */
export function parseRange(header: string | null | undefined, size: number): RangeRequest {
  if (!header) return { kind: 'whole' };
  const m = /^\s*bytes\s*=\s*([^,]*)/i.exec(header);
  if (!m) return { kind: 'whole' };
  const spec = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(m[1]);
  if (!spec || (spec[1] === '' && spec[2] === '')) return { kind: 'whole' };
  if (spec[1] === '') {
    // A suffix: the last N bytes.
    const suffix = Number(spec[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', range: { start: Math.max(0, size - suffix), end: size - 1 } };
  }
  const start = Number(spec[1]);
  const end = spec[2] === '' ? size - 1 : Math.min(Number(spec[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size) return { kind: 'unsatisfiable' };
  if (end < start) return { kind: 'whole' };
  return { kind: 'range', range: { start, end } };
}

export interface RangeResponse {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** The bytes to send (none for HEAD and 416). */
  body: ByteRange | null;
}

export function planRangeResponse(opts: { method: string; range: string | null | undefined; size: number; contentType: string }): RangeResponse {
  const base = { 'Content-Type': opts.contentType, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  const request = parseRange(opts.range, opts.size);
  const head = opts.method.toUpperCase() === 'HEAD';
  if (request.kind === 'unsatisfiable') return { status: 416, headers: { ...base, 'Content-Range': `bytes */${opts.size}`, 'Content-Length': '0' }, body: null };
  if (request.kind === 'whole') {
    const body = opts.size > 0 && !head ? { start: 0, end: opts.size - 1 } : null;
    return { status: 200, headers: { ...base, 'Content-Length': String(opts.size) }, body };
  }
  const { start, end } = request.range;
  return {
    status: 206,
    headers: { ...base, 'Content-Range': `bytes ${start}-${end}/${opts.size}`, 'Content-Length': String(end - start + 1) },
    body: head ? null : { start, end },
  };
}

/**
 * The pack file a media URL names: `/media/<pack id>/<path inside the pack>`, each part
 * percent-decoded; null for anything else. The host still checks the path is one the pack lists.
 */
export const MEDIA_URL_PREFIX = '/media/';

export function parseMediaPath(pathname: string): { packId: string; path: string } | null {
  if (!pathname.startsWith(MEDIA_URL_PREFIX)) return null;
  const rest = pathname.slice(MEDIA_URL_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  try {
    const packId = decodeURIComponent(rest.slice(0, slash));
    const path = rest
      .slice(slash + 1)
      .split('/')
      .map((s) => decodeURIComponent(s))
      .join('/');
    return path ? { packId, path } : null;
  } catch {
    return null;
  }
}

export function mediaUrl(packId: string, path: string): string {
  return `${MEDIA_URL_PREFIX}${encodeURIComponent(packId)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
