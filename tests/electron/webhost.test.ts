import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/host.ts';
import { startWebHost, type WebHost } from '../../electron/webhost.ts';
import { tempDataDir } from './temp.ts';

/** Raw HTTP so the test controls every header (fetch would set Host and Origin itself). */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('web host (browser mode)', () => {
  let backend: Backend;
  let host: WebHost;
  let rendererDir: string;
  beforeAll(async () => {
    rendererDir = tempDataDir('naskah-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    fs.writeFileSync(path.join(tempDataDir(), 'secret.txt'), 'x');
    backend = openBackend(tempDataDir(), 'web', 'en-US');
    host = await startWebHost({ port: 0, handlers: backend.handlers, rendererDir });
  });
  afterAll(async () => {
    await host.close();
    backend.close();
  });

  const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host.port, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('listens on 127.0.0.1 and answers contract methods', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const created = JSON.parse((await post('library.create', { title: 'Web' })).body);
    expect(created).toMatchObject({ ok: true, result: { title: 'Web' } });
    const list = JSON.parse((await post('library.list', {})).body);
    expect(list.result).toHaveLength(1);
  });

  it('returns typed errors for malformed payloads', async () => {
    expect(JSON.parse((await post('library.create', { title: '' })).body)).toMatchObject({ ok: false, error: { code: 'common.invalid_input' } });
    const bad = await request(host.port, { method: 'POST', path: '/api/library.list', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'common.bad_json' } });
  });

  it('refuses other host names, cross-site origins, non-JSON bodies and GET on the API', async () => {
    expect((await request(host.port, { path: '/', headers: { host: 'evil.example:80' } })).status).toBe(421);
    expect((await post('library.list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await request(host.port, { method: 'POST', path: '/api/library.list', headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await request(host.port, { path: '/api/library.list' })).status).toBe(405);
  });

  it('serves the renderer with a strict CSP and no path traversal', async () => {
    const page = await request(host.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval|https?:/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request(host.port, { path: '/../../../etc/passwd' })).body).not.toContain('root:');
    expect((await request(host.port, { path: '/%2e%2e/%2e%2e/etc/passwd' })).body).not.toContain('root:');
    expect((await request(host.port, { path: '/missing.js' })).status).toBe(404);
  });
});
