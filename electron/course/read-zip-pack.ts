/**
 * Reads an untrusted `.naskahpack` zip. Everything that can be judged from the central directory
 * is judged before a byte is inflated: entry count, symlinks, encryption, duplicate and unsafe
 * names (yauzl refuses `..`, absolute paths and drive letters), each size and the total against
 * the limits, and compression ratios (bombs). Then course.json is inflated under a cap and
 * validated, the entries are compared with its `files[]`, and only then are files inflated — each
 * under a cap equal to its declared size — and hashed.
 */
import type yauzl from 'yauzl';
import { fileLimitFor, MANIFEST_FILE, MAX_SIGNATURE_BYTES, PACK_LIMITS, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { isIgnoredPackPath, packPathProblem } from '../../shared/course/pack-path.ts';
import { closeQuietly, entryFileType, entryStream, inflateEntry, openZipBuffer, openZipFile, S_IFDIR, S_IFLNK, unsafeNameFromError } from '../zip/yauzl-io.ts';
import { manifestFromBytes, type LoadedPack, type ReadOptions } from './manifest-bytes.ts';
import { checkPackSignature } from './pack-signature.ts';
import { problem, type PackProblem, type PackRead } from './pack-problems.ts';
import { compareWithManifest, verifyBytes, verifyStream } from './verify-files.ts';
import { isStreamedFile } from '../../shared/course/media/kinds.ts';

/** Below this size a high ratio is harmless (a tiny, very repetitive Markdown file). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const ENTRY_ALLOWANCE = 3;

interface Listing {
  entries: Map<string, yauzl.Entry>;
  problems: PackProblem[];
}

function listEntries(zip: yauzl.ZipFile): Promise<Listing> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    const problems: PackProblem[] = [];
    let total = 0;
    // Folders and what zip tools add (a "__MACOSX/._x" twin per file from macOS's Finder) are
    // entries too: the directory may hold a few times the file limit, never more. The files
    // themselves are counted against the limit as they are listed.
    if (zip.entryCount > ENTRY_ALLOWANCE * (PACK_LIMITS.maxFiles + 1)) {
      resolve({ entries, problems: [problem('pack.too_many_files', { count: zip.entryCount, limit: PACK_LIMITS.maxFiles })] });
      return;
    }
    zip.on('error', (err: Error) => {
      const unsafe = unsafeNameFromError(err);
      if (unsafe === null) return reject(err);
      problems.push(problem('pack.unsafe_path', { file: unsafe }));
      resolve({ entries, problems });
    });
    zip.on('end', () => {
      if (total > PACK_LIMITS.maxTotalBytes) problems.push(problem('pack.too_large', { size: total, limit: PACK_LIMITS.maxTotalBytes }));
      resolve({ entries, problems });
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      const type = entryFileType(entry);
      if (isIgnoredPackPath(name)) {
        // Added by the zip tool or the OS, not the author: skipped, never inflated.
      } else if (type === S_IFLNK) problems.push(problem('pack.symlink', { file: name }));
      else if (type === S_IFDIR || name.endsWith('/')) {
        // Folder entries carry no data; zip tools add them. Their files are checked one by one.
      } else if (entry.isEncrypted()) problems.push(problem('pack.encrypted', { file: name }));
      else if (entries.has(name)) problems.push(problem('pack.duplicate_file', { file: name }));
      else if (name !== MANIFEST_FILE && name !== SIGNATURE_FILE && packPathProblem(name) !== null) problems.push(problem(`course.${packPathProblem(name)}`, { file: name }));
      else {
        total += entry.uncompressedSize;
        const cap = name === MANIFEST_FILE ? PACK_LIMITS.maxManifestBytes : name === SIGNATURE_FILE ? MAX_SIGNATURE_BYTES : fileLimitFor(name);
        if (entry.uncompressedSize > cap) problems.push(problem('pack.file_too_large', { file: name, size: entry.uncompressedSize, limit: cap }));
        else if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > PACK_LIMITS.maxCompressionRatio * Math.max(1, entry.compressedSize)) {
          problems.push(problem('pack.zip_bomb', { file: name, ratio: Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)) }));
        }
        entries.set(name, entry);
      }
      if (entries.size > PACK_LIMITS.maxFiles + 1) {
        closeQuietly(zip);
        resolve({ entries, problems: [problem('pack.too_many_files', { count: entries.size, limit: PACK_LIMITS.maxFiles })] });
        return;
      }
      zip.readEntry();
    });
    zip.readEntry();
  });
}

async function readOpenZip(zip: yauzl.ZipFile, opts: ReadOptions): Promise<PackRead<LoadedPack>> {
  const listing = await listEntries(zip);
  if (listing.problems.length > 0) return { ok: false, problems: listing.problems };
  const manifestEntry = listing.entries.get(MANIFEST_FILE);
  if (!manifestEntry) return { ok: false, problems: [problem('pack.missing_manifest', {})] };
  const manifestBytes = await inflateEntry(zip, manifestEntry, PACK_LIMITS.maxManifestBytes);
  if (manifestBytes === 'too_large') return { ok: false, problems: [problem('pack.file_too_large', { file: MANIFEST_FILE, size: manifestEntry.uncompressedSize, limit: PACK_LIMITS.maxManifestBytes })] };
  const manifest = manifestFromBytes(manifestBytes);
  if (!manifest.ok) return manifest;
  const sizes = new Map([...listing.entries].map(([name, e]) => [name, e.uncompressedSize]));
  const mismatches = compareWithManifest(manifest.value.files, sizes);
  if (mismatches.length > 0) return { ok: false, problems: mismatches };
  const files = new Map<string, Buffer>();
  const streamed: LoadedPack['streamed'] = new Map();
  const problems: PackProblem[] = [];
  for (const listed of manifest.value.files) {
    if (isStreamedFile(listed.path)) {
      const bad = await verifyStream(listed, await entryStream(zip, listing.entries.get(listed.path)!), opts.storeMediaIn);
      if (bad.length > 0) problems.push(...bad);
      else streamed.set(listed.path, { sha256: listed.sha256.toLowerCase(), size: listed.size, origin: null });
      continue;
    }
    const bytes = await inflateEntry(zip, listing.entries.get(listed.path)!, listed.size);
    if (bytes === 'too_large') {
      problems.push(problem('pack.size_mismatch', { file: listed.path, declared: listed.size, actual: listed.size + 1 }));
      continue;
    }
    const bad = verifyBytes(listed, bytes);
    if (bad.length > 0) problems.push(...bad);
    else files.set(listed.path, bytes);
  }
  if (problems.length > 0) return { ok: false, problems };
  const signatureEntry = listing.entries.get(SIGNATURE_FILE);
  const signatureBytes = signatureEntry ? await inflateEntry(zip, signatureEntry, MAX_SIGNATURE_BYTES) : null;
  if (signatureBytes === 'too_large') return { ok: false, problems: [problem('pack.file_too_large', { file: SIGNATURE_FILE, size: signatureEntry!.uncompressedSize, limit: MAX_SIGNATURE_BYTES })] };
  const loaded = { manifest: manifest.value, files, streamed, manifestBytes, signatureBytes };
  if (opts.signature === 'skip') return { ok: true, value: { ...loaded, signers: [] } };
  const signed = checkPackSignature(manifest.value, manifestBytes, signatureBytes);
  if (!signed.ok) return signed;
  return { ok: true, value: { ...loaded, signers: signed.signers } };
}

/** Reads a pack zip from memory (the UI's upload) or from disk (the CLI, Electron's dialogs). */
export async function readZipPack(source: { bytes: Buffer } | { file: string }, opts: ReadOptions = {}): Promise<PackRead<LoadedPack>> {
  let zip: yauzl.ZipFile;
  try {
    zip = 'bytes' in source ? await openZipBuffer(source.bytes) : await openZipFile(source.file);
  } catch (err) {
    return { ok: false, problems: [problem('pack.not_zip', { detail: String((err as Error).message).slice(0, 200) })] };
  }
  try {
    return await readOpenZip(zip, opts);
  } catch (err) {
    // yauzl reports truncated data, bad CRCs and size mismatches as errors: all mean "corrupt".
    return { ok: false, problems: [problem('pack.corrupt_zip', { detail: String((err as Error).message).slice(0, 200) })] };
  } finally {
    closeQuietly(zip);
  }
}
