/**
 * Reads a small, untrusted zip (a review bundle) from memory with yauzl, refusing anything but the
 * expected files: no directories, no symlinks, no encrypted or duplicate entries, no path tricks
 * (an entry must be exactly one of the expected names, which also rules out zip slip), a cap on
 * the entry count, on each entry's declared size, and on the compression ratio (zip bombs) — all
 * read from the central directory before anything is inflated — and then a byte count while
 * inflating, because a declared size can lie.
 */
import type yauzl from 'yauzl';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { closeQuietly, entryFileType, inflateEntry as inflate, openZipBuffer as openZip, S_IFDIR, S_IFLNK, unsafeNameFromError } from '../zip/yauzl-io.ts';

export interface ZipSpec {
  /** Largest archive accepted, in bytes. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** Expected entry names → the largest uncompressed size accepted for each. */
  entries: Record<string, number>;
  /** Names that must be present. */
  required: readonly string[];
  /** Names whose bytes are wanted; others are checked but never inflated. */
  read: readonly string[];
  /** Above this uncompressed size, a compression ratio over maxRatio is treated as a bomb. */
  ratioFloorBytes: number;
  maxRatio: number;
}

/** Entry headers in central-directory order, or the first refusal. */
function listEntries(zip: yauzl.ZipFile, spec: ZipSpec): Promise<Result<yauzl.Entry[]>> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    const seen = new Set<string>();
    if (zip.entryCount > spec.maxEntries) {
      resolve(fail('review.bundle_too_many_entries', { count: zip.entryCount, limit: spec.maxEntries }));
      return;
    }
    zip.on('error', (err: Error) => {
      // yauzl checks names itself (zip slip, absolute paths, drive letters): name the entry.
      const unsafe = unsafeNameFromError(err);
      if (unsafe !== null) resolve(fail('review.bundle_unsafe_entry', { name: unsafe }));
      else reject(err);
    });
    zip.on('end', () => resolve(ok(entries)));
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      const mode = entryFileType(entry);
      const refuse = (r: Result<never>) => {
        closeQuietly(zip);
        resolve(r);
      };
      if (mode === S_IFLNK || mode === S_IFDIR || name.endsWith('/')) return refuse(fail('review.bundle_unsafe_entry', { name }));
      if (!Object.prototype.hasOwnProperty.call(spec.entries, name)) return refuse(fail('review.bundle_unexpected_entry', { name }));
      if (seen.has(name)) return refuse(fail('review.bundle_duplicate_entry', { name }));
      if (entry.isEncrypted()) return refuse(fail('review.bundle_unsafe_entry', { name }));
      const limit = spec.entries[name];
      if (entry.uncompressedSize > limit) {
        return refuse(fail('review.bundle_entry_too_large', { name, size: entry.uncompressedSize, limit }));
      }
      if (entry.uncompressedSize > spec.ratioFloorBytes && entry.uncompressedSize > spec.maxRatio * Math.max(1, entry.compressedSize)) {
        return refuse(fail('review.bundle_bomb', { name }));
      }
      seen.add(name);
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** The wanted entries' bytes by name, or a `review.bundle_*` refusal. Never throws for bad input. */
export async function readZip(bytes: Buffer, spec: ZipSpec): Promise<Result<Map<string, Buffer>>> {
  if (bytes.length > spec.maxArchiveBytes) return fail('review.bundle_too_large', { size: bytes.length, limit: spec.maxArchiveBytes });
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (err) {
    return fail('review.bundle_not_zip', { detail: String((err as Error).message).slice(0, 200) });
  }
  try {
    const listed = await listEntries(zip, spec);
    if (!listed.ok) return listed;
    const names = new Set(listed.value.map((e) => e.fileName));
    for (const name of spec.required) if (!names.has(name)) return fail('review.bundle_missing_entry', { name });
    const out = new Map<string, Buffer>();
    for (const entry of listed.value) {
      if (!spec.read.includes(entry.fileName)) continue;
      const data = await inflate(zip, entry, spec.entries[entry.fileName]);
      if (data === 'too_large') {
        return fail('review.bundle_entry_too_large', { name: entry.fileName, size: entry.uncompressedSize, limit: spec.entries[entry.fileName] });
      }
      out.set(entry.fileName, data);
    }
    return ok(out);
  } catch (err) {
    // yauzl reports truncated data, bad CRCs and size mismatches as errors: all mean "corrupt".
    return fail('review.bundle_not_zip', { detail: String((err as Error).message).slice(0, 200) });
  } finally {
    closeQuietly(zip);
  }
}
