/**
 * Writes a zip straight to a file, streaming large entries from disk, so building a pack with
 * hundreds of MiB of media holds one read buffer of it at a time rather than the whole archive.
 * The archive is written under a dot-name in the target's folder and renamed over the target at
 * the end (writeFileAtomic's rule): an error, or a file that changed while it was read, leaves no
 * half-written archive behind.
 *
 * Same bytes as the in-memory writer (zip-write.ts) for the same entries. yazl writes a streamed
 * entry with a data descriptor (its CRC-32 is unknown until the data has passed), which would
 * change every pack's bytes; so each file is read once first for its CRC-32, and the entry is
 * told its CRC-32 and sizes before yazl writes its local header — exactly what yazl's addBuffer
 * does for a buffer. yazl has no public option for that, so this sets the entry's fields itself;
 * tests/electron/zip/zip-file.test.ts compares the bytes with the in-memory writer's, so a yazl
 * that changes those internals fails there, not in a user's hands. Only stored (uncompressed)
 * entries can be streamed this way (their compressed size is their size); media are stored.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yazl from 'yazl';
import type { ZipInput } from './zip-write.ts';

/** A file on disk, stored as it is; `sha256` (when given) must still match when it is read. */
export interface ZipFileInput {
  name: string;
  path: string;
  sha256?: string;
}

export type ZipEntryInput = ZipInput | ZipFileInput;

/** yazl's entry fields that addBuffer sets for a buffer whose CRC-32 and sizes are known. */
interface YazlEntry {
  crc32: number | null;
  crcAndFileSizeKnown: boolean;
  uncompressedSize: number | null;
  compressedSize: number | null;
}

async function crcOf(file: string): Promise<{ crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    crc = zlib.crc32(chunk as Buffer, crc);
    size += (chunk as Buffer).length;
  }
  return { crc, size };
}

/** Passes bytes through, and fails the stream at its end when they are not the verified bytes. */
function expectSha256(expected: string | undefined, name: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const got = hash.digest('hex');
      done(expected === undefined || got === expected ? null : new Error(`${name} changed while the archive was written`));
    },
  });
}

export async function writeZipFile(target: string, entries: readonly ZipEntryInput[], mtime = new Date()): Promise<void> {
  const file = path.resolve(target);
  // Each file's CRC-32 before anything is written (see the header).
  const known = new Map<string, { crc: number; size: number }>();
  for (const e of entries) if ('path' in e) known.set(e.name, await crcOf(e.path));
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const zip = new yazl.ZipFile();
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  const internal = zip as unknown as { entries: YazlEntry[] };
  let entryFields: Partial<YazlEntry> | null = null;
  const push = internal.entries.push.bind(internal.entries);
  internal.entries.push = (...items: YazlEntry[]) => {
    if (entryFields) Object.assign(items[0], entryFields);
    entryFields = null;
    return push(...items);
  };
  try {
    const out = fs.createWriteStream(tmp, { flags: 'wx' });
    const written = pipeline(zip.outputStream, out);
    // Whichever settles second after a failure is not waited for: it must not go unhandled.
    written.catch(() => {});
    failed.catch(() => {});
    for (const e of entries) {
      if (!('path' in e)) {
        zip.addBuffer(e.data, e.name, { mtime, compress: e.compress ?? true });
        continue;
      }
      const { crc, size } = known.get(e.name)!;
      // yazl pushes the new entry onto its list and may write its local header in the same call:
      // the fields are set as it is pushed.
      entryFields = { crc32: crc, crcAndFileSizeKnown: true, compressedSize: size };
      zip.addReadStreamLazy(e.name, { mtime, compress: false, size }, (cb) => {
        const source = fs.createReadStream(e.path);
        const checked = expectSha256(e.sha256, e.name);
        // yazl pipes the stream without listening for its errors: they fail the archive here.
        source.on('error', (err) => checked.destroy(err));
        checked.on('error', (err) => zip.emit('error', err));
        cb(null, source.pipe(checked));
      });
      if (entryFields !== null) throw new Error(`zip entry ${e.name} was not seen being added`);
    }
    zip.end();
    await Promise.race([written, failed]);
    const fd = fs.openSync(tmp, 'r+');
    try {
      // On a USB stick or a share, the bytes reach the device before the name does.
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // A file that changed between its CRC pass and its copy: the local header would lie.
    for (const [i, e] of entries.entries()) {
      if ('path' in e && internal.entries[i].crc32 !== known.get(e.name)!.crc) throw new Error(`${e.name} changed while the archive was written`);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    (zip.outputStream as unknown as Readable).destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
