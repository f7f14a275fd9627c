/**
 * Promise wrappers around yauzl shared by every reader of untrusted zips (review bundles, course
 * packs): open strictly (yauzl itself refuses absolute paths, `..` and drive letters in names,
 * and checks sizes and CRCs), and inflate one entry with a byte cap because a declared size can lie.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

const OPTIONS: yauzl.Options = { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: true };

export const S_IFMT = 0o170000;
export const S_IFLNK = 0o120000;
export const S_IFDIR = 0o040000;

/** The Unix file type bits of an entry (0 when the zip was made on a system that sets none). */
export function entryFileType(entry: yauzl.Entry): number {
  return (entry.externalFileAttributes >>> 16) & S_IFMT;
}

export function openZipBuffer(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, OPTIONS, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

/**
 * Opens a zip on disk without reading it whole: entries are inflated one at a time. The caller
 * closes it (closeQuietly): yauzl's default autoClose shuts the file as soon as the central
 * directory has been listed, before the entries that the listing approved can be inflated.
 */
export function openZipFile(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { ...OPTIONS, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

export function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, cap: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > cap) {
          stream.destroy();
          resolve('too_large');
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** An entry's inflated bytes as a stream (yauzl checks its size and CRC at the end). */
export function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

/** yauzl's own refusals of unsafe names, as the offending name, or null for other errors. */
export function unsafeNameFromError(err: Error): string | null {
  const m = /^(?:invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(err.message);
  return m ? m[1].slice(0, 200) : null;
}

export function closeQuietly(zip: yauzl.ZipFile): void {
  try {
    if (zip.isOpen) zip.close();
  } catch {
    // Already closed after a refusal.
  }
}
