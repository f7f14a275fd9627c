/**
 * Browser mode (ARCHITECTURE.md contract 3): serves the built renderer and the same contract as
 * the Electron IPC, over HTTP on 127.0.0.1 only. Requests from other sites or other host names
 * are refused so a web page cannot drive the local library (CSRF, DNS rebinding), and nothing is
 * served without this run's token or the session cookie a page gets for it, so other local
 * processes cannot either (electron/security/web-session.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { api, isMethodName } from '../shared/api.ts';
import { DEFAULT_BODY_BYTES } from '../shared/api/define.ts';
import { dispatch } from './dispatch.ts';
import { answerMedia, writeMediaAnswer, type MediaResolver, type UploadReceiver } from './media-serve.ts';
import { MEDIA_URL_PREFIX } from '../shared/course/media/range.ts';
import { CONTENT_SECURITY_POLICY } from './security/csp.ts';
import { hasSession, launchUrl, sessionCookieHeader, tokenInQuery, webToken } from './security/web-session.ts';
import { lockedPage, pageLanguage, type LockReason } from './web-locked-page.ts';
import type { Handlers } from './services/handlers.ts';

/** The most a request is read when it is refused anyway, or names no method: the ordinary limit. */
const MAX_BODY_BYTES = DEFAULT_BODY_BYTES;

/** The body limit each method declares in the contract (shared/api/define.ts). */
export function bodyLimitFor(method: string): number {
  return isMethodName(method) ? api[method].maxBodyBytes : MAX_BODY_BYTES;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface WebHost {
  /** The origin, http://127.0.0.1:PORT: what a page signed in with the token uses from then on. */
  url: string;
  /** The link to print and open: the origin with ?token=…. */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function allowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

function allowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost') && Number(u.port) === port;
  } catch {
    return false;
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function sendLocked(req: http.IncomingMessage, res: http.ServerResponse, port: number, reason: LockReason): void {
  send(res, 401, TYPES['.html'], lockedPage({ reason, lang: pageLanguage(req.headers['accept-language']), origin: `http://127.0.0.1:${port}` }));
}

/** API refusals carry a typed error like any other reply, so the UI can translate them. */
function refuse(res: http.ServerResponse, status: number, code: string, params: Record<string, string | number> = {}): void {
  send(res, status, 'application/json', JSON.stringify({ ok: false, error: { code, params } }));
}

/**
 * Refuses a request whose body was never going to be read. The body is drained first (up to the
 * size limit): answering while the client is still sending makes Node close the socket under it,
 * and the client sees a hang-up instead of the typed refusal.
 */
function refuseAfterBody(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string): void {
  if (req.readableEnded) return refuse(res, status, code);
  // A body declared larger than anything we would read is not waited for: answer, then close.
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    res.setHeader('Connection', 'close');
    return refuse(res, status, code);
  }
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) req.destroy();
  });
  req.once('end', () => refuse(res, status, code));
  req.once('error', () => res.destroy());
}

/** The body as text; 'too_large' past the limit; 'aborted' when the client hangs up mid-body. */
async function readBody(req: http.IncomingMessage, limit: number): Promise<{ text: string } | { problem: 'too_large' | 'aborted' }> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { problem: 'too_large' };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) return { problem: 'too_large' };
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { problem: 'aborted' };
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse, extra: Record<string, string> = {}): void {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return send(res, 400, 'text/plain', 'bad path');
  }
  const root = path.resolve(rendererDir);
  let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'text/plain', 'forbidden');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // Single-page app: unknown paths without an extension get index.html.
    if (path.extname(file)) return send(res, 404, 'text/plain', 'not found');
    file = path.join(root, 'index.html');
    if (!fs.existsSync(file)) return send(res, 503, 'text/plain', 'renderer not built: run npm run build:renderer');
  }
  send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), extra);
}

/** `token`: this run's secret (scripts/web.ts passes webToken()); a random one when not given. */
/**
 * `media`: where `/media/<pack>/<path>` is read from (course-pack video, audio, subtitles and
 * handouts, with Range requests for seeking); without it those paths are 404. `uploads`: where
 * a binary-body method's bytes are streamed to (without it such methods are refused).
 */
export function startWebHost(opts: { port: number; handlers: Handlers; rendererDir: string; token?: string; media?: MediaResolver; uploads?: UploadReceiver }): Promise<WebHost> {
  const token = opts.token ?? webToken({}).token;
  const server = http.createServer((req, res) => {
    // An exception here must never take the host down or leave the client hanging.
    handle(req, res).catch((err) => {
      console.error('[naskah] web host request failed:', err);
      if (!res.headersSent) refuse(res, 500, 'common.internal', { method: 'http', detail: String((err as Error)?.message ?? err).slice(0, 300) });
      else res.destroy();
    });
  });
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const port = (server.address() as { port: number }).port;
    const isApi = (req.url ?? '').startsWith('/api/');
    if (!allowedHost(req.headers.host, port)) return isApi ? refuseAfterBody(req, res, 421, 'common.wrong_host') : send(res, 421, 'text/plain', 'wrong host');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return send(res, 400, 'text/plain', 'bad request');
    }
    const signedIn = hasSession(req.headers.cookie, token, port);
    if (url.pathname.startsWith('/api/')) {
      // First: without the session a caller learns nothing, not even which methods exist.
      if (!signedIn) return refuseAfterBody(req, res, 401, 'common.unauthorized');
      if (req.method !== 'POST') return refuseAfterBody(req, res, 405, 'common.post_only');
      if (!allowedOrigin(req.headers.origin, port)) return refuseAfterBody(req, res, 403, 'common.cross_origin');
      const method = url.pathname.slice('/api/'.length);
      if (isMethodName(method) && api[method].body === 'binary') return receiveBinary(req, res, url, method);
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuseAfterBody(req, res, 415, 'common.json_only');
      const limit = bodyLimitFor(method);
      const body = await readBody(req, limit);
      if ('problem' in body && body.problem === 'aborted') return void res.destroy();
      if ('problem' in body) {
        // Answer, then close: the rest of an oversized upload is not worth reading.
        res.setHeader('Connection', 'close');
        return refuse(res, 413, 'common.too_large', { limit });
      }
      let payload: unknown;
      try {
        payload = body.text === '' ? {} : JSON.parse(body.text);
      } catch {
        return refuse(res, 400, 'common.bad_json');
      }
      const reply = await dispatch(opts.handlers, method, payload);
      return send(res, 200, 'application/json', JSON.stringify(reply));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    // The printed link: the page that comes in with the token gets the session cookie (and drops
    // the token from its address bar, renderer/web-session.ts). A page already signed in is served
    // whatever stale token its address holds; anyone else is told where the right link is.
    const brought = tokenInQuery(url, token);
    if (brought === 'valid') return serveStatic(opts.rendererDir, url.pathname, res, { 'Set-Cookie': sessionCookieHeader(token, port) });
    if (!signedIn) return sendLocked(req, res, port, brought === 'wrong' ? 'wrong_token' : 'no_token');
    if (url.pathname.startsWith(MEDIA_URL_PREFIX)) {
      const answer = opts.media ? answerMedia(opts.media, url.pathname, req.method, req.headers.range) : null;
      if (!answer) return send(res, 404, 'text/plain', 'not found');
      return writeMediaAnswer(res, answer, SECURITY_HEADERS);
    }
    serveStatic(opts.rendererDir, url.pathname, res);
  }
  /**
   * A method whose body is a file (contract: body 'binary'): the bytes stream to the data
   * directory's uploads/ as they arrive; the rest of the input is JSON in the `input` parameter.
   */
  async function receiveBinary(req: http.IncomingMessage, res: http.ServerResponse, url: URL, method: string): Promise<void> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/octet-stream') || !opts.uploads) return refuseAfterBody(req, res, 415, 'common.json_only');
    let input: unknown;
    try {
      input = JSON.parse(url.searchParams.get('input') ?? '{}');
    } catch {
      return refuseAfterBody(req, res, 400, 'common.bad_json');
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return refuseAfterBody(req, res, 400, 'common.bad_json');
    const limit = bodyLimitFor(method);
    if (Number(req.headers['content-length']) > limit) {
      res.setHeader('Connection', 'close');
      return refuse(res, 413, 'common.too_large', { limit });
    }
    const received = await opts.uploads(req, limit);
    if ('problem' in received && received.problem === 'aborted') return void res.destroy();
    if ('problem' in received) {
      res.setHeader('Connection', 'close');
      return refuse(res, 413, 'common.too_large', { limit });
    }
    const reply = await dispatch(opts.handlers, method, { ...input, upload: received.upload, size: received.size });
    send(res, 200, 'application/json', JSON.stringify(reply));
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: origin,
        launchUrl: launchUrl(origin, token),
        token,
        port,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
