/**
 * A verified folder → `.naskahpack` bytes: course.json first (the very bytes that were read and,
 * when signed, signed), course.sig when the pack is signed, then the listed files in manifest
 * order, with a fixed timestamp so building the same folder twice gives identical bytes.
 */
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { writeZip } from '../zip/zip-write.ts';
import type { LoadedPack } from './manifest-bytes.ts';

const BUILD_TIME = new Date('2000-01-01T00:00:00Z');

export function buildPackBytes(pack: LoadedPack, signature: Buffer | null): Promise<Buffer> {
  return writeZip(
    [
      { name: MANIFEST_FILE, data: pack.manifestBytes },
      ...(signature ? [{ name: SIGNATURE_FILE, data: signature }] : []),
      // Images are already compressed: stored as they are.
      ...[...pack.files].map(([name, data]) => ({ name, data, compress: /\.(md|fountain)$/i.test(name) })),
    ],
    BUILD_TIME,
  );
}
