/**
 * Reads a pack's source folder (an instructor's working copy, `course.json` at its root) with the
 * same rules as a zip (video, audio and PDFs streamed, see verify-files.ts): symlinks refused (they could point anywhere on the disk), every file listed
 * in the manifest with its size and SHA-256, nothing unlisted, the same limits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, MAX_SIGNATURE_BYTES, PACK_LIMITS, SIGNATURE_FILE } from '../../shared/course/limits.ts';
import { isIgnoredPackPath } from '../../shared/course/pack-path.ts';
import { manifestFromBytes, type LoadedPack, type ReadOptions } from './manifest-bytes.ts';
import { checkPackSignature } from './pack-signature.ts';
import { problem, type PackProblem, type PackRead } from './pack-problems.ts';
import { compareWithManifest, verifyBytes, verifyStream } from './verify-files.ts';
import { isStreamedFile } from '../../shared/course/media/kinds.ts';

interface Walk {
  sizes: Map<string, number>;
  problems: PackProblem[];
}

/** Files under `root` as POSIX paths → size, without following links; stops past the file limit. */
function walk(root: string): Walk {
  const sizes = new Map<string, number>();
  const problems: PackProblem[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    for (const dirent of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${dirent.name}` : dirent.name;
      if (isIgnoredPackPath(name)) continue;
      if (dirent.isSymbolicLink()) problems.push(problem('pack.symlink', { file: name }));
      else if (dirent.isDirectory()) pending.push(name);
      else if (dirent.isFile()) sizes.set(name, fs.statSync(path.join(root, name)).size);
      else problems.push(problem('pack.unsafe_path', { file: name }));
      if (sizes.size > PACK_LIMITS.maxFiles + 1) return { sizes, problems: [problem('pack.too_many_files', { count: sizes.size, limit: PACK_LIMITS.maxFiles })] };
    }
  }
  return { sizes, problems };
}

export async function readFolderPack(root: string, opts: ReadOptions = {}): Promise<PackRead<LoadedPack>> {
  const found = walk(root);
  if (found.problems.length > 0) return { ok: false, problems: found.problems };
  const manifestSize = found.sizes.get(MANIFEST_FILE);
  if (manifestSize === undefined) return { ok: false, problems: [problem('pack.missing_manifest', {})] };
  if (manifestSize > PACK_LIMITS.maxManifestBytes) {
    return { ok: false, problems: [problem('pack.file_too_large', { file: MANIFEST_FILE, size: manifestSize, limit: PACK_LIMITS.maxManifestBytes })] };
  }
  const manifestBytes = fs.readFileSync(path.join(root, MANIFEST_FILE));
  const manifest = manifestFromBytes(manifestBytes);
  if (!manifest.ok) return manifest;
  const signatureSize = found.sizes.get(SIGNATURE_FILE);
  if (signatureSize !== undefined && signatureSize > MAX_SIGNATURE_BYTES) {
    return { ok: false, problems: [problem('pack.file_too_large', { file: SIGNATURE_FILE, size: signatureSize, limit: MAX_SIGNATURE_BYTES })] };
  }
  const problems = compareWithManifest(manifest.value.files, found.sizes);
  const total = manifest.value.files.reduce((n, f) => n + f.size, 0);
  if (total > PACK_LIMITS.maxTotalBytes) problems.push(problem('pack.too_large', { size: total, limit: PACK_LIMITS.maxTotalBytes }));
  if (problems.length > 0) return { ok: false, problems };
  const files = new Map<string, Buffer>();
  const streamed: LoadedPack['streamed'] = new Map();
  for (const listed of manifest.value.files) {
    const file = path.join(root, ...listed.path.split('/'));
    if (isStreamedFile(listed.path)) {
      const bad = await verifyStream(listed, fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), opts.storeMediaIn);
      if (bad.length > 0) problems.push(...bad);
      else streamed.set(listed.path, { sha256: listed.sha256.toLowerCase(), size: listed.size, origin: file });
      continue;
    }
    const bytes = fs.readFileSync(file);
    const bad = verifyBytes(listed, bytes);
    if (bad.length > 0) problems.push(...bad);
    else files.set(listed.path, bytes);
  }
  if (problems.length > 0) return { ok: false, problems };
  const signatureBytes = signatureSize === undefined ? null : fs.readFileSync(path.join(root, SIGNATURE_FILE));
  if (opts.signature === 'skip') return { ok: true, value: { manifest: manifest.value, files, streamed, manifestBytes, signatureBytes, signers: [] } };
  const signed = checkPackSignature(manifest.value, manifestBytes, signatureBytes);
  if (!signed.ok) return signed;
  return { ok: true, value: { manifest: manifest.value, files, streamed, manifestBytes, signatureBytes, signers: signed.signers } };
}
