/**
 * Contract of course-pack media (docs/course-pack.md, "Media lessons"): the streaming upload of a
 * pack file in browser mode (its bytes as the request body, never base64 in JSON), and a lesson's
 * reading script as a screenplay for the read-only page view. Video, audio, subtitles and
 * handouts are not methods: they are served by URL (`/media/<pack>/<path>`, with Range) so the
 * browser's own player can stream and seek them.
 */
import { z } from 'zod';
import { screenplaySchema } from '../screenplay/schema.ts';
import { BINARY_UPLOAD_BYTES, method } from './define.ts';

/** An upload's id: made by the host, 32 hex digits, naming a file in the data directory's uploads/. */
export const UPLOAD_ID = /^[0-9a-f]{32}$/;
export const uploadIdSchema = z.string().regex(UPLOAD_ID);

const packIdSchema = z.string().min(3).max(72);
const itemIdSchema = z.string().min(1).max(64);

export const mediaApi = {
  /**
   * Browser mode: POST /api/media.uploadPack?input={"fileName":"…"} with the .naskahpack's bytes.
   * The answer's `upload` is then given to course.inspect and course.install instead of `content`.
   */
  'media.uploadPack': method(
    z.object({ fileName: z.string().min(1).max(255), upload: uploadIdSchema, size: z.number().int().min(0) }),
    z.object({ upload: uploadIdSchema, size: z.number().int() }),
    { body: 'binary', maxBodyBytes: BINARY_UPLOAD_BYTES },
  ),
  /** A lesson's reading script (its `script`, .fountain or .fdx), parsed for the read-only page view. */
  'media.readingScript': method(z.object({ packId: packIdSchema, lessonId: itemIdSchema }), z.object({ fileName: z.string(), screenplay: screenplaySchema })),
};
