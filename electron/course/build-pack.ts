/**
 * A verified folder → `.naskahpack`: course.json first (the very bytes that were read and, when
 * signed, signed), course.sig when the pack is signed, then the listed files in manifest order,
 * with a fixed timestamp so building the same folder twice gives identical bytes.
 *
 * `writePackFile` (naskah pack build) streams to disk: media are copied from the folder they were
 * verified in, checked against the SHA-256 they were verified with as they pass, so peak memory
 * stays near the in-memory files (Markdown, images: at most PACK_LIMITS.maxFileBytes each) however
 * large the video is. `buildPackBytes` gives the same bytes in memory, for the app's "build" button
 * (which hands the pack back as one payload) and tests.
 */
import fs from 'node:fs';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { writeZip, type ZipInput } from '../zip/zip-write.ts';
import { writeZipFile, type ZipEntryInput } from '../zip/zip-file.ts';
import type { LoadedPack } from './manifest-bytes.ts';

const BUILD_TIME = new Date('2000-01-01T00:00:00Z');

/** Text is deflated; images and media are already compressed, so stored as they are. */
const compressed = (name: string) => /\.(md|fountain|fdx|vtt)$/i.test(name);

/** The pack's entries; streamed media as files on disk when `streamMedia`, else read into memory. */
function packEntries(pack: LoadedPack, signature: Buffer | null, streamMedia: boolean): ZipEntryInput[] {
  const listed = pack.manifest.files.map(({ path: name }): ZipEntryInput => {
    const compress = compressed(name);
    const inMemory = pack.files.get(name);
    if (inMemory) return { name, data: inMemory, compress };
    const media = pack.streamed.get(name);
    if (!media?.origin) throw new Error(`no bytes for ${name}`);
    // A streamed entry must be stored (zip-file.ts); media never match `compressed`.
    if (streamMedia && !compress) return { name, path: media.origin, sha256: media.sha256 };
    return { name, data: fs.readFileSync(media.origin), compress };
  });
  return [{ name: MANIFEST_FILE, data: pack.manifestBytes }, ...(signature ? [{ name: SIGNATURE_FILE, data: signature }] : []), ...listed];
}

export function buildPackBytes(pack: LoadedPack, signature: Buffer | null): Promise<Buffer> {
  return writeZip(packEntries(pack, signature, false) as ZipInput[], BUILD_TIME);
}

/** Writes the pack to `target` atomically, streaming media from the folder (see the header). */
export function writePackFile(pack: LoadedPack, signature: Buffer | null, target: string): Promise<void> {
  return writeZipFile(target, packEntries(pack, signature, true), BUILD_TIME);
}
