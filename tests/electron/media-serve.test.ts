/**
 * The Electron app protocol's side of media (electron/media-serve.ts), without Electron: the same
 * range answers as fetch Responses with streamed bodies (what protocol.handle returns for
 * app://naskah/media/…), and the streamed upload taken from a fetch Request's body.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackAt } from '../../electron/course/read-pack.ts';
import { buildPackBytes } from '../../electron/course/build-pack.ts';
import { openBackend, type Backend } from '../../electron/host.ts';
import { answerMedia, answerUploadRequest, mediaResponse } from '../../electron/media-serve.ts';
import { installPack } from '../../electron/services/course-install.ts';
import { tempDataDir } from './temp.ts';

const SAMPLE = path.join(import.meta.dirname, '../../assets/course-sample');
const VIDEO = fs.readFileSync(path.join(SAMPLE, 'media/picture-cut.mp4'));
const URL_PATH = '/media/org.naskah.dasar-skenario/media/picture-cut.mp4';

describe('app protocol media answers', () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = openBackend(tempDataDir(), 'electron', 'en-US');
    installPack(backend.ctx, await readPackAt(SAMPLE, { storeMediaIn: backend.ctx.dataDir }));
  });
  afterAll(() => backend.close());

  it('answers a range with 206 and a streamed body, and an unknown file with 404', async () => {
    const res = mediaResponse(answerMedia(backend.media, URL_PATH, 'GET', 'bytes=10-19'));
    expect([res.status, res.headers.get('content-range'), res.headers.get('content-type')]).toEqual([206, `bytes 10-19/${VIDEO.length}`, 'video/mp4']);
    expect(Buffer.from(await res.arrayBuffer()).equals(VIDEO.subarray(10, 20))).toBe(true);
    const head = mediaResponse(answerMedia(backend.media, URL_PATH, 'HEAD', null));
    expect([head.status, head.headers.get('content-length'), head.body]).toEqual([200, String(VIDEO.length), null]);
    expect(mediaResponse(answerMedia(backend.media, '/media/org.naskah.dasar-skenario/course.json', 'GET', null)).status).toBe(404);
    expect(answerMedia(backend.media, '/index.html', 'GET', null)).toBeNull();
  });

  it('takes a streamed upload from a fetch Request and refuses other /api/ requests', async () => {
    const read = await readPackAt(SAMPLE);
    if (!read.ok) throw new Error('sample pack');
    const zip = await buildPackBytes(read.value, read.value.signatureBytes);
    const url = `app://naskah/api/media.uploadPack?input=${encodeURIComponent(JSON.stringify({ fileName: 'sample.naskahpack' }))}`;
    const res = await answerUploadRequest(new Request(url, { method: 'POST', body: new Uint8Array(zip) }), '/api/media.uploadPack', backend.handlers, backend.uploads);
    const reply = (await res.json()) as { ok: boolean; result: { upload: string; size: number } };
    expect([res.status, reply.ok, reply.result.size]).toEqual([200, true, zip.length]);
    expect((await backend.handlers['course.inspect']({ fileName: 'sample.naskahpack', upload: reply.result.upload })).status).toBe('same');
    const other = await answerUploadRequest(new Request('app://naskah/api/library.list', { method: 'POST', body: '{}' }), '/api/library.list', backend.handlers, backend.uploads);
    expect(other.status).toBe(404);
  });
});
