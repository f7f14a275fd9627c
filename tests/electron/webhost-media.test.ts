/**
 * Browser mode serves pack media with the range module: 206 with Content-Range for a seek, 416
 * past the end, the whole file without Range, only to a signed-in page and only files the pack
 * lists; and it takes a pack as a streamed binary upload (media.uploadPack), installed by its id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackAt } from '../../electron/course/read-pack.ts';
import { openBackend, type Backend } from '../../electron/host.ts';
import { installPack } from '../../electron/services/course-install.ts';
import { startWebHost, type WebHost } from '../../electron/webhost.ts';
import { buildPackBytes } from '../../electron/course/build-pack.ts';
import { tempDataDir } from './temp.ts';

const SAMPLE = path.join(import.meta.dirname, '../../assets/course-sample');
const PACK = 'org.naskah.dasar-skenario';
const VIDEO = fs.readFileSync(path.join(SAMPLE, 'media/picture-cut.mp4'));

describe('web host: pack media and streamed uploads', () => {
  let backend: Backend;
  let host: WebHost;
  let cookie: string;
  let packZip: Buffer;
  beforeAll(async () => {
    const rendererDir = tempDataDir('naskah-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    backend = openBackend(tempDataDir(), 'web', 'en-US');
    const read = await readPackAt(SAMPLE);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    packZip = await buildPackBytes(read.value, read.value.signatureBytes);
    host = await startWebHost({ port: 0, handlers: backend.handlers, rendererDir, media: backend.media, uploads: backend.uploads });
    const res = await fetch(`${host.url}/?token=${host.token}`);
    cookie = String(res.headers.get('set-cookie')).split(';')[0];
  });
  afterAll(async () => {
    await host.close();
    backend.close();
  });

  const get = (p: string, headers: Record<string, string> = {}) => fetch(`${host.url}${p}`, { headers: { cookie, ...headers } });

  it('takes a pack as a streamed binary upload and installs it by the upload id', async () => {
    const up = await fetch(`${host.url}/api/media.uploadPack?input=${encodeURIComponent(JSON.stringify({ fileName: 'sample.naskahpack' }))}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(packZip),
    });
    const reply = (await up.json()) as { ok: true; result: { upload: string; size: number } };
    expect(reply.ok).toBe(true);
    expect(reply.result.size).toBe(packZip.length);
    const inspected = await backend.handlers['course.inspect']({ fileName: 'sample.naskahpack', upload: reply.result.upload });
    expect(inspected.status).toBe('new');
    const installed = await backend.handlers['course.install']({ fileName: 'sample.naskahpack', upload: reply.result.upload });
    expect([installed.id, installed.revision]).toEqual([PACK, 3]);
    // Installed uploads are gone; their id names nothing any more.
    await expect(backend.handlers['course.install']({ fileName: 'x', upload: reply.result.upload })).rejects.toThrow('media.unknown_upload');
    // A binary method refuses a JSON body, and a client cannot pick the upload id itself.
    const json = await fetch(`${host.url}/api/media.uploadPack`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    expect(() => backend.handlers['media.uploadPack']({ fileName: 'x', upload: 'f'.repeat(32), size: 1 })).toThrow('media.unknown_upload');
  });

  it('answers a seek with 206 and Content-Range, the whole file with 200, past the end with 416', async () => {
    const url = `/media/${PACK}/media/picture-cut.mp4`;
    const whole = await get(url);
    expect([whole.status, whole.headers.get('content-type'), whole.headers.get('accept-ranges')]).toEqual([200, 'video/mp4', 'bytes']);
    expect(Buffer.from(await whole.arrayBuffer()).equals(VIDEO)).toBe(true);
    const part = await get(url, { range: 'bytes=1000-1999' });
    expect([part.status, part.headers.get('content-range'), part.headers.get('content-length')]).toEqual([206, `bytes 1000-1999/${VIDEO.length}`, '1000']);
    expect(Buffer.from(await part.arrayBuffer()).equals(VIDEO.subarray(1000, 2000))).toBe(true);
    const tail = await get(url, { range: `bytes=${VIDEO.length - 10}-` });
    expect(Buffer.from(await tail.arrayBuffer()).equals(VIDEO.subarray(VIDEO.length - 10))).toBe(true);
    const beyond = await get(url, { range: `bytes=${VIDEO.length}-` });
    expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, `bytes */${VIDEO.length}`]);
    const vtt = await get(`/media/${PACK}/media/picture-cut.id.vtt`);
    expect([vtt.status, vtt.headers.get('content-type')]).toEqual([200, 'text/vtt; charset=utf-8']);
    expect((await vtt.text()).startsWith('WEBVTT')).toBe(true);
  });

  it('serves nothing to a page without the session, nor files the pack does not list', async () => {
    expect((await fetch(`${host.url}/media/${PACK}/media/picture-cut.mp4`)).status).toBe(401);
    expect((await get(`/media/${PACK}/media/other.mp4`)).status).toBe(404);
    expect((await get(`/media/${PACK}/..%2F..%2Fnaskah.db`)).status).toBe(404);
    expect((await get(`/media/org.unknown.pack/media/picture-cut.mp4`)).status).toBe(404);
  });
});

describe('installing the sample pack from disk', () => {
  it('puts its video and handout into the file store', async () => {
    const backend = openBackend(tempDataDir(), 'cli', 'en-US');
    try {
      installPack(backend.ctx, await readPackAt(SAMPLE, { storeMediaIn: backend.ctx.dataDir }));
      const rows = backend.db.prepare('SELECT path FROM course_files WHERE data IS NULL ORDER BY path').all();
      expect(rows).toEqual([{ path: 'handouts/post-checklist.pdf' }, { path: 'media/picture-cut.mp4' }]);
    } finally {
      backend.close();
    }
  });
});
