import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/host.ts';
import { sessionCookieName } from '../../electron/security/web-session.ts';
import { bodyLimitFor, startWebHost, type WebHost } from '../../electron/webhost.ts';
import { tempDataDir } from './temp.ts';

/** The Cookie header of a page signed in to each host port (see signIn), sent by request() unless told otherwise. */
const sessions = new Map<number, string>();

/** Raw HTTP so the test controls every header (fetch would set Host and Origin itself). */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; signedIn?: boolean }) {
  const cookie = opts.signedIn === false || !sessions.has(port) ? {} : { cookie: sessions.get(port)! };
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${port}`, ...cookie, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/** Opens the printed link as a browser would and keeps the session cookie it is given. */
async function signIn(host: WebHost): Promise<string> {
  const res = await request(host.port, { path: `/?token=${encodeURIComponent(host.token)}`, signedIn: false });
  expect(res.status).toBe(200);
  const cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0];
  sessions.set(host.port, cookie);
  return cookie;
}

/** Bytes straight onto a socket: for requests no HTTP client would send (lying Content-Length, hang-ups). */
function rawSocket(port: number, text: string, opts: { hangUp?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(text);
      if (opts.hangUp) socket.destroy();
    });
    let out = '';
    socket.on('data', (c) => (out += c));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

/** Every refusal on /api/ is a typed reply the UI can translate, never bare text or a 500. */
function typedError(res: { status: number; headers: http.IncomingHttpHeaders; body: string }): string {
  expect(res.status).not.toBe(500);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const reply = JSON.parse(res.body) as { ok: boolean; error: { code: string; params: Record<string, unknown> } };
  expect(reply.ok).toBe(false);
  expect(reply.error.code).toMatch(/^[a-z]+\.[a-z_]+$/);
  expect(typeof reply.error.params).toBe('object');
  return reply.error.code;
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
    await signIn(host);
  });
  afterAll(async () => {
    await host.close();
    backend.close();
  });
  /** The signed-in page's Cookie header line, for requests written straight onto a socket. */
  const cookieLine = () => `Cookie: ${sessions.get(host.port)}\r\n`;

  const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host.port, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('listens on 127.0.0.1 and answers contract methods', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Other tests of this host create scripts too, before this one when the order is shuffled.
    const before = (JSON.parse((await post('library.list', {})).body).result as unknown[]).length;
    const created = JSON.parse((await post('library.create', { title: 'Web' })).body);
    expect(created).toMatchObject({ ok: true, result: { title: 'Web' } });
    const list = JSON.parse((await post('library.list', {})).body);
    expect(list.result).toHaveLength(before + 1);
    expect(list.result).toContainEqual(expect.objectContaining({ id: created.result.id, title: 'Web' }));
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

  it('answers refusals on the API with typed errors', async () => {
    const api = (o: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) =>
      request(host.port, { method: o.method ?? 'POST', path: o.path ?? '/api/library.list', headers: { 'content-type': 'application/json', ...o.headers }, body: o.body ?? '{}' });
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends its own Host.
    for (const h of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `localhost.evil.example:${host.port}`]) {
      expect(typedError(await api({ headers: { host: h } }))).toBe('common.wrong_host');
    }
    // CSRF: other sites, other ports, sandboxed frames (Origin: null), look-alike hosts.
    for (const origin of ['https://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `http://127.0.0.1.evil.example:${host.port}`, `https://127.0.0.1:${host.port}`, 'file://']) {
      expect(typedError(await api({ headers: { origin } }))).toBe('common.cross_origin');
    }
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      // Node's client only frames a body for methods that usually carry one.
      expect(typedError(await api({ method, body: method === 'PUT' || method === 'PATCH' ? '{}' : '' }))).toBe('common.post_only');
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/json', '']) {
      expect(typedError(await api({ headers: { 'content-type': type } }))).toBe('common.json_only');
    }
    // The page's own origin still works, with either spelling of the loopback host.
    expect(JSON.parse((await api({ headers: { origin: `http://localhost:${host.port}`, host: `localhost:${host.port}` } })).body).ok).toBe(true);
  });

  it('answers unknown methods, including prototype names, with common.unknown_method', async () => {
    for (const name of ['nope', 'library', 'library.', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__', 'library.list%2F..%2Fsettings.set', 'library.list%00', 'x'.repeat(5000)]) {
      const res = await post(name, {});
      expect(typedError(res), name).toBe('common.unknown_method');
      expect(String(JSON.parse(res.body).error.params.method).length).toBeLessThanOrEqual(100);
    }
  });

  it('answers wrong types, missing fields and oversized strings with common.invalid_input', async () => {
    const cases: Array<[string, unknown]> = [
      ['library.create', { title: 42 }],
      ['library.create', { title: ['a'] }],
      ['library.create', { title: null }],
      ['library.create', {}],
      ['library.create', { title: 'x'.repeat(100_000) }],
      ['library.create', null],
      ['library.create', []],
      ['library.create', 'title'],
      ['library.create', 7],
      ['library.list', []],
      ['library.list', 'x'],
      ['library.list', { includeDeleted: 'yes' }],
      ['library.rename', { id: '../../etc/passwd', title: 'x' }],
      ['library.rename', { id: 'a'.repeat(65), title: 'x' }],
      ['library.delete', { id: { $ne: null } }],
      ['draft.save', { scriptId: 'abc', screenplay: { version: 1, elements: 'nope' }, baseRevision: 0 }],
      ['settings.set', { theme: 'neon' }],
      ['settings.set', { language: { toString: 'en' } }],
      ['course.file', { packId: 'x', path: '' }],
      ['course.record', { packId: 'x', kind: 'opened', itemId: 'y', data: { a: { nested: true } } }],
    ];
    for (const [name, body] of cases) {
      const res = await post(name, body);
      expect(res.status, `${name} ${JSON.stringify(body).slice(0, 60)}`).toBe(200);
      const reply = JSON.parse(res.body);
      expect(reply, `${name} ${JSON.stringify(body).slice(0, 60)}`).toMatchObject({ ok: false, error: { code: 'common.invalid_input', params: { method: name } } });
    }
    // `null` is how an absent body arrives; empty input is fine for methods that take none.
    expect(JSON.parse((await post('library.list', null)).body).ok).toBe(true);
  });

  it('does not let __proto__ or constructor keys pollute prototypes or reach the store', async () => {
    const before = (JSON.parse((await post('library.list', {})).body).result as unknown[]).length;
    const bodies = [
      '{"title":"Proto","__proto__":{"polluted":"yes","title":"hijacked"}}',
      '{"title":"Ctor","constructor":{"prototype":{"polluted":"yes"}}}',
      '{"__proto__":{"title":"from proto"}}',
    ];
    const replies = [];
    for (const body of bodies) replies.push(JSON.parse((await request(host.port, { method: 'POST', path: '/api/library.create', headers: { 'content-type': 'application/json' }, body })).body));
    expect(replies[0]).toMatchObject({ ok: true, result: { title: 'Proto' } });
    expect(replies[1]).toMatchObject({ ok: true, result: { title: 'Ctor' } });
    // A title smuggled in through __proto__ is not an own property: the request is invalid.
    expect(replies[2]).toMatchObject({ ok: false, error: { code: 'common.invalid_input' } });
    const record = await request(host.port, {
      method: 'POST',
      path: '/api/course.record',
      headers: { 'content-type': 'application/json' },
      body: '{"packId":"nopack","kind":"lesson_opened","itemId":"x","data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}',
    });
    expect(record.status).toBe(200);
    expect(JSON.parse(record.body).error?.code).not.toBe('common.internal');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect((JSON.parse((await post('library.list', {})).body).result as unknown[]).length).toBe(before + 2);
  });

  it('answers non-JSON and hostile bodies with typed errors', async () => {
    const raw = (body: string | Buffer) => request(host.port, { method: 'POST', path: '/api/library.create', headers: { 'content-type': 'application/json' }, body: body as string });
    for (const body of ['{oops', '{"title":"a",}', "{'title':'a'}", 'undefined', 'NaN', '\u0000', '{"title":"a"}{"title":"b"}', '<xml/>']) {
      expect(typedError(await raw(body)), body).toBe('common.bad_json');
    }
    // Invalid UTF-8 decodes to U+FFFD and is then simply not JSON.
    expect(typedError(await raw(Buffer.from([0xff, 0xfe, 0x7b, 0xc3])))).toBe('common.bad_json');
    // Deep nesting parses (V8's JSON.parse is not recursive) and is refused by the schema.
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(JSON.parse((await raw(deep)).body)).toMatchObject({ ok: false, error: { code: 'common.invalid_input' } });
  });

  it('refuses oversized bodies, declared or streamed, with common.too_large', async () => {
    const declared = await rawSocket(
      host.port,
      `POST /api/library.list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nContent-Length: ${30 * 1024 * 1024}\r\n${cookieLine()}\r\n{}`,
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413/);
    expect(declared).toContain('"common.too_large"');
    // Streamed without a length: 26 MB of chunks.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/library.list', headers: { host: `127.0.0.1:${host.port}`, cookie: sessions.get(host.port)!, 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 26) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    }).catch((err: NodeJS.ErrnoException) => ({ status: -1, body: String(err.code) }));
    // Either the typed 413 arrives, or the host closed the socket on the oversized upload; never a 500 or a hang.
    if (streamed.status !== -1) {
      expect(streamed.status).toBe(413);
      expect(JSON.parse(streamed.body).error.code).toBe('common.too_large');
    } else {
      expect(streamed.body).toMatch(/EPIPE|ECONNRESET/);
    }
  });

  it('lets the file-carrying methods (packs, review bundles) past 25 MB, up to their own ceiling', async () => {
    expect(bodyLimitFor('library.list')).toBe(25 * 1024 * 1024);
    expect(bodyLimitFor('course.install')).toBe(300 * 1024 * 1024);
    const big = await rawSocket(
      host.port,
      `POST /api/course.install HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nContent-Length: ${400 * 1024 * 1024}\r\n${cookieLine()}\r\n{}`,
    );
    expect(big).toMatch(/^HTTP\/1\.1 413/);
    expect(big).toContain(String(300 * 1024 * 1024));
  });

  it('survives clients that hang up mid-body or send garbage, and keeps serving', async () => {
    await rawSocket(host.port, `POST /api/library.create HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n${cookieLine()}\r\n{"title":`, { hangUp: true });
    const garbage = await rawSocket(host.port, 'THIS IS NOT HTTP\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400/);
    const noHost = await rawSocket(host.port, 'POST /api/library.list HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
    expect(noHost).toMatch(/^HTTP\/1\.[01] 421/);
    expect(noHost).toContain('"common.wrong_host"');
    expect(JSON.parse((await post('library.list', {})).body).ok).toBe(true);
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

  it('keeps every encoding of a traversal inside the renderer folder', async () => {
    for (const p of [
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      '/%252e%252e/%252e%252e/etc/passwd',
      '/..\\..\\..\\etc\\passwd',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      '/index.html%00.js',
      '/%E0%A4%A',
      '//etc/passwd',
      '/assets/../../secret.txt',
    ]) {
      const res = await request(host.port, { path: p });
      expect(res.status, p).not.toBe(500);
      expect(res.body, p).not.toContain('root:');
      // Anything served is the renderer's own index page or a refusal.
      if (res.status === 200) expect(res.body, p).toContain('<title>t</title>');
    }
    expect((await request(host.port, { method: 'POST', path: '/' })).status).toBe(405);
  });
});

describe('web host lock: the run’s token, the session cookie, 401 without it', () => {
  let backend: Backend;
  let host: WebHost;
  let other: WebHost;
  beforeAll(async () => {
    const rendererDir = tempDataDir('naskah-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>the app</title>');
    fs.mkdirSync(path.join(rendererDir, 'assets'));
    fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log("app")');
    backend = openBackend(tempDataDir(), 'web', 'en-US');
    host = await startWebHost({ port: 0, handlers: backend.handlers, rendererDir, token: 'a-token-for-this-test-only-0123456789' });
    other = await startWebHost({ port: 0, handlers: backend.handlers, rendererDir });
  });
  afterAll(async () => {
    await host.close();
    await other.close();
    backend.close();
  });
  const api = (headers: Record<string, string>, o: { method?: string; path?: string; body?: string } = {}) =>
    request(host.port, { method: o.method ?? 'POST', path: o.path ?? '/api/library.list', headers: { 'content-type': 'application/json', ...headers }, body: o.body ?? '{}', signedIn: false });

  it('prints a link with the token, and keeps the bare origin for a signed-in page', () => {
    expect(host.token).toBe('a-token-for-this-test-only-0123456789');
    expect(host.launchUrl).toBe(`http://127.0.0.1:${host.port}/?token=a-token-for-this-test-only-0123456789`);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    // Without a token of its own the host makes a random one: 256 bits, URL-safe.
    expect(other.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(other.token).not.toBe(host.token);
  });

  it('trades the token for an HttpOnly, SameSite=Strict session cookie named after the port', async () => {
    for (const p of ['/', '/library', '/index.html']) {
      const res = await request(host.port, { path: `${p}?token=${host.token}`, signedIn: false });
      expect(res.status, p).toBe(200);
      expect(res.body, p).toContain('<title>the app</title>');
      const setCookie = res.headers['set-cookie'] ?? [];
      expect(setCookie, p).toHaveLength(1);
      const [pair, ...attributes] = setCookie[0].split(';').map((a) => a.trim());
      const [name, value] = pair.split('=');
      expect(name).toBe(`naskah-session-${host.port}`);
      expect(name).toBe(sessionCookieName(host.port));
      // The cookie is not the token: the token is never stored in the browser's cookie jar.
      expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(value).not.toContain(host.token);
      expect(attributes.map((a) => a.toLowerCase()).sort()).toEqual(['httponly', 'path=/', 'samesite=strict']);
    }
  });

  it('answers every /api/ call without the session cookie with 401 common.unauthorized, and runs nothing', async () => {
    const good = await signIn(host);
    const goodValue = good.split('=')[1];
    const before = (await backend.handlers['library.list']({})).length;
    const headersWithout: Array<Record<string, string>> = [
      {},
      { cookie: '' },
      { cookie: `${sessionCookieName(host.port)}=` },
      { cookie: `${sessionCookieName(host.port)}=wrong` },
      { cookie: `${sessionCookieName(host.port)}=${goodValue}x` },
      { cookie: `${sessionCookieName(host.port)}=${goodValue.slice(0, -1)}` },
      // The token itself is not the cookie, nor is a header carrying it.
      { cookie: `${sessionCookieName(host.port)}=${host.token}` },
      { authorization: `Bearer ${host.token}` },
      // The right value under another port's name, and the other host's own session.
      { cookie: `${sessionCookieName(host.port + 1)}=${goodValue}` },
      { cookie: `naskah-session=${goodValue}` },
      { cookie: sessions.get(other.port) ?? `${sessionCookieName(other.port)}=x` },
    ];
    for (const headers of headersWithout) {
      for (const [method, name, body] of [
        ['POST', 'library.create', '{"title":"Stolen"}'],
        ['POST', 'library.list', '{}'],
        ['GET', 'library.list', ''],
        ['POST', 'no.such_method', '{}'],
        ['POST', 'library.list', '{oops'],
      ]) {
        const res = await api(headers, { method, path: `/api/${name}`, body });
        expect(res.status, `${method} ${name} ${JSON.stringify(headers)}`).toBe(401);
        expect(typedError(res)).toBe('common.unauthorized');
      }
    }
    // Refused before the body is read: a huge declared upload gets its 401 at once.
    const huge = await rawSocket(host.port, `POST /api/library.create HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nContent-Length: ${100 * 1024 * 1024}\r\n\r\n{`);
    expect(huge).toMatch(/^HTTP\/1\.1 401/);
    expect(huge).toContain('"common.unauthorized"');
    expect((await backend.handlers['library.list']({})).length).toBe(before);
    // The signed-in page works, with its cookie alone or among others.
    expect(JSON.parse((await api({ cookie: good })).body).ok).toBe(true);
    expect(JSON.parse((await api({ cookie: `theme=dark; ${sessionCookieName(host.port)}=wrong; ${good}; other=1` })).body).ok).toBe(true);
  });

  it('lets two hosts share one browser profile: each keeps its own session', async () => {
    const a = await signIn(host);
    const b = await signIn(other);
    expect(a.split('=')[0]).not.toBe(b.split('=')[0]);
    // Cookies ignore ports, so the browser sends both to each host; each finds its own.
    const both = `${a}; ${b}`;
    expect(JSON.parse((await request(host.port, { method: 'POST', path: '/api/library.list', headers: { 'content-type': 'application/json', cookie: both }, body: '{}', signedIn: false })).body).ok).toBe(true);
    expect(JSON.parse((await request(other.port, { method: 'POST', path: '/api/library.list', headers: { 'content-type': 'application/json', cookie: both }, body: '{}', signedIn: false })).body).ok).toBe(true);
    // One host's cookie opens nothing on the other.
    expect((await request(other.port, { method: 'POST', path: '/api/library.list', headers: { 'content-type': 'application/json', cookie: a }, body: '{}', signedIn: false })).status).toBe(401);
  });

  it('shows the bare URL, a wrong token and any file without the session a short page saying where the link is', async () => {
    const bare = await request(host.port, { path: '/', signedIn: false });
    expect(bare.status).toBe(401);
    expect(bare.headers['content-type']).toMatch(/^text\/html/);
    expect(bare.headers['content-security-policy']).toContain("default-src 'self'");
    expect(bare.headers['set-cookie']).toBeUndefined();
    expect(bare.body).toContain('data-reason="no_token"');
    expect(bare.body).toContain('terminal');
    expect(bare.body).toContain(`http://127.0.0.1:${host.port}/?token=…`);
    expect(bare.body).not.toContain('the app');
    expect(bare.body).not.toContain(host.token);
    expect(bare.body).not.toMatch(/<script/i);
    for (const p of ['/assets/index.js', '/library', '/index.html', '/missing.js']) {
      const res = await request(host.port, { path: p, signedIn: false });
      expect(res.status, p).toBe(401);
      expect(res.body, p).not.toContain('console.log');
    }
    for (const p of ['/?token=wrong', `/?token=${host.token.toUpperCase()}`, `/?token=${host.token}x`, `/?token=${host.token}&token=${host.token}`, '/?token=', `/?token=${other.token}`]) {
      const res = await request(host.port, { path: p, signedIn: false });
      expect(res.status, p).toBe(401);
      expect(res.body, p).toContain('data-reason="wrong_token"');
      expect(res.headers['set-cookie'], p).toBeUndefined();
    }
    // In the browser's language: Bahasa Indonesia when it ranks higher than English.
    const id = await request(host.port, { path: '/', headers: { 'accept-language': 'id-ID,id;q=0.9,en;q=0.8' }, signedIn: false });
    expect(id.body).toContain('<html lang="id">');
    expect(id.body).toContain('Buka Naskah dari tautan di terminalnya');
    const en = await request(host.port, { path: '/', headers: { 'accept-language': 'en-GB,id;q=0.5' }, signedIn: false });
    expect(en.body).toContain('Open Naskah from the link in its terminal');
  });

  it('serves a signed-in page whatever stale token its address still holds', async () => {
    const cookie = await signIn(host);
    const res = await request(host.port, { path: '/?token=from-an-earlier-run', headers: { cookie }, signedIn: false });
    expect(res.status).toBe(200);
    expect(res.body).toContain('the app');
  });
});
