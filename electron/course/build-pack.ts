/**
 * A verified folder → `.naskahpack` bytes: course.json first (the very bytes that were read and,
 * when signed, signed), course.sig when the pack is signed, then the listed files in manifest
 * order, with a fixed timestamp so building the same folder twice gives identical bytes.
 */
import fs from 'node:fs';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { writeZip } from '../zip/zip-write.ts';
import type { LoadedPack } from './manifest-bytes.ts';

const BUILD_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * A file's bytes for the zip. Streamed media are read from the folder they were verified in (the
 * zip writer holds the archive in memory: building a pack of several hundred MiB needs that much).
 */
function fileData(pack: LoadedPack, name: string): Buffer {
  const inMemory = pack.files.get(name);
  if (inMemory) return inMemory;
  const origin = pack.streamed.get(name)?.origin;
  if (!origin) throw new Error(`no bytes for ${name}`);
  return fs.readFileSync(origin);
}

export function buildPackBytes(pack: LoadedPack, signature: Buffer | null): Promise<Buffer> {
  return writeZip(
    [
      { name: MANIFEST_FILE, data: pack.manifestBytes },
      ...(signature ? [{ name: SIGNATURE_FILE, data: signature }] : []),
      // Images are already compressed: stored as they are.
      ...pack.manifest.files.map(({ path: name }) => ({ name, data: fileData(pack, name), compress: /\.(md|fountain|fdx|vtt)$/i.test(name) })),
    ],
    BUILD_TIME,
  );
}
