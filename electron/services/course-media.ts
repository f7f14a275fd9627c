/**
 * A pack's file as the hosts stream it to <video>, <audio>, <track> and the PDF viewer: its size,
 * content type and a reader for any byte range. Only files the installed manifest lists are
 * served, whatever path a request names; media come from the content-addressed file store (and
 * must still have the size they were verified with), the rest from the database row.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ByteRange } from '../../shared/course/media/range.ts';
import { contentTypeOf } from '../../shared/course/media/kinds.ts';
import { AppError } from '../../shared/errors.ts';
import { packFileEntry } from '../store/course.ts';
import { storedMediaFile } from '../store/media-files.ts';
import type { ServiceContext } from './context.ts';
import { requirePack } from './course-progress.ts';

export interface MediaSource {
  size: number;
  contentType: string;
  /** The bytes of `range` (inclusive), as a Node stream. */
  stream(range: ByteRange): Readable;
}

export function packMediaSource(ctx: ServiceContext, packId: string, path: string): MediaSource {
  const manifest = requirePack(ctx, packId);
  if (!manifest.files.some((f) => f.path === path)) throw new AppError('pack.unknown_file', { file: path });
  const entry = packFileEntry(ctx.db, packId, path);
  if (!entry) throw new AppError('pack.unknown_file', { file: path });
  const contentType = contentTypeOf(path);
  if (entry.data) {
    const data = entry.data;
    return { size: data.length, contentType, stream: (r) => Readable.from([data.subarray(r.start, r.end + 1)]) };
  }
  const file = storedMediaFile(ctx.dataDir, entry.sha256, entry.size);
  if (!file) throw new AppError('media.missing_file', { file: path });
  return { size: entry.size, contentType, stream: (r) => fs.createReadStream(file, { start: r.start, end: r.end }) };
}
