/**
 * Browser mode (ARCHITECTURE.md contract 3): serves the built renderer and the same contract as
 * the Electron IPC, over HTTP on 127.0.0.1 only. Requests from other sites or other host names
 * are refused so a web page cannot drive the local library (CSRF, DNS rebinding).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './services/handlers.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MAX_BODY_BYTES = 25 * 1024 * 1024;

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
  url: string;
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

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  res.end(body);
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
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
  send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
}

export function startWebHost(opts: { port: number; handlers: Handlers; rendererDir: string }): Promise<WebHost> {
  const server = http.createServer(async (req, res) => {
    const port = (server.address() as { port: number }).port;
    if (!allowedHost(req.headers.host, port)) return send(res, 421, 'text/plain', 'wrong host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!allowedOrigin(req.headers.origin, port)) return send(res, 403, 'text/plain', 'cross-origin request refused');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'application/json', JSON.stringify({ ok: false, error: { code: 'common.too_large', params: { limit: MAX_BODY_BYTES } } }));
      let payload: unknown;
      try {
        payload = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'common.bad_json', params: {} } }));
      }
      const reply = await dispatch(opts.handlers, url.pathname.slice('/api/'.length), payload);
      return send(res, 200, 'application/json', JSON.stringify(reply));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    serveStatic(opts.rendererDir, url.pathname, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
