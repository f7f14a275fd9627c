/**
 * Answers a media request from either host with the one range module
 * (shared/course/media/range.ts): the web host writes the plan to Node's response, the Electron
 * app protocol turns it into a fetch Response with a streamed body. A refused request (unknown pack
 * or file) is a 404 naming nothing more.
 */
import type http from 'node:http';
import { Readable } from 'node:stream';
import { parseMediaPath, planRangeResponse, type RangeResponse } from '../shared/course/media/range.ts';
import type { MediaSource } from './services/course-media.ts';
import type { UploadReceived } from './course/uploads.ts';
import { api, isMethodName } from '../shared/api.ts';
import { dispatch } from './dispatch.ts';
import type { Handlers } from './services/handlers.ts';

export type MediaResolver = (packId: string, path: string) => MediaSource;

/** Streams a request body into the data directory's uploads/ (electron/course/uploads.ts). */
export type UploadReceiver = (body: AsyncIterable<Uint8Array>, limit: number) => Promise<UploadReceived>;

export interface MediaAnswer {
  plan: RangeResponse;
  body: Readable | null;
}

/** The answer to GET/HEAD `pathname`, or null when the path is not a media path or names no pack file. */
export function answerMedia(resolve: MediaResolver, pathname: string, method: string, range: string | null | undefined): MediaAnswer | null {
  const target = parseMediaPath(pathname);
  if (!target) return null;
  let source: MediaSource;
  try {
    source = resolve(target.packId, target.path);
  } catch {
    return null;
  }
  const plan = planRangeResponse({ method, range, size: source.size, contentType: source.contentType });
  return { plan, body: plan.body ? source.stream(plan.body) : null };
}

export function writeMediaAnswer(res: http.ServerResponse, answer: MediaAnswer, extra: Record<string, string>): void {
  res.writeHead(answer.plan.status, { ...extra, ...answer.plan.headers });
  if (!answer.body) return void res.end();
  answer.body.on('error', () => res.destroy());
  answer.body.pipe(res);
}

/** The same answer as a fetch Response (Electron's protocol.handle), the body streamed. */
export function mediaResponse(answer: MediaAnswer | null): Response {
  if (!answer) return new Response('not found', { status: 404 });
  const body = answer.body ? (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: answer.plan.status, headers: answer.plan.headers });
}

/**
 * Electron's app protocol side of a binary-body method (POST app://naskah/api/media.uploadPack):
 * the same receiver and dispatch as the web host, for a fetch Request. Anything else under /api/
 * is refused — the contract goes through IPC inside Electron.
 */
export async function answerUploadRequest(request: Request, pathname: string, handlers: Handlers, uploads: UploadReceiver): Promise<Response> {
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const method = pathname.slice('/api/'.length);
  if (request.method !== 'POST' || !isMethodName(method) || api[method].body !== 'binary' || !request.body) return json(404, { ok: false, error: { code: 'common.unknown_method', params: { method: method.slice(0, 100) } } });
  let input: unknown;
  try {
    input = JSON.parse(new URL(request.url).searchParams.get('input') ?? '{}');
  } catch {
    return json(400, { ok: false, error: { code: 'common.bad_json', params: {} } });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return json(400, { ok: false, error: { code: 'common.bad_json', params: {} } });
  const limit = api[method].maxBodyBytes;
  const received = await uploads(request.body as unknown as AsyncIterable<Uint8Array>, limit);
  if ('problem' in received) return json(413, { ok: false, error: { code: 'common.too_large', params: { limit } } });
  return json(200, await dispatch(handlers, method, { ...input, upload: received.upload, size: received.size }));
}
