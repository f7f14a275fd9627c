/**
 * A verified folder → `.naskahpack` bytes: course.json first, then the listed files in manifest
 * order, with a fixed timestamp so building the same folder twice gives identical bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from '../../shared/course/limits.ts';
import { writeZip } from '../zip/zip-write.ts';
import type { LoadedPack } from './manifest-bytes.ts';

const BUILD_TIME = new Date('2000-01-01T00:00:00Z');

export function buildPackBytes(dir: string, pack: LoadedPack): Promise<Buffer> {
  return writeZip(
    [
      { name: MANIFEST_FILE, data: fs.readFileSync(path.join(dir, MANIFEST_FILE)) },
      // Images are already compressed: stored as they are.
      ...[...pack.files].map(([name, data]) => ({ name, data, compress: /\.(md|fountain)$/i.test(name) })),
    ],
    BUILD_TIME,
  );
}
