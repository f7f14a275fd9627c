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

export type MediaResolver = (packId: string, path: string) => MediaSource;

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
