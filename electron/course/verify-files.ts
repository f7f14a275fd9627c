/**
 * The checks both pack readers (zip and folder) apply against the manifest's `files[]`: nothing
 * present that is not listed, nothing listed that is missing, sizes as declared (checked before
 * any byte is read), then each file's SHA-256 and content type once read.
 */
import { sha256Hex } from '../sha256.ts';
import { contentMatchesExtension } from './file-content.ts';
import { problem, type PackProblem } from './pack-problems.ts';

import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/course/limits.ts';

export interface ListedFile {
  path: string;
  sha256: string;
  size: number;
}

/** Compares what the archive or folder holds (name → size) with the manifest's list. */
export function compareWithManifest(listed: readonly ListedFile[], present: ReadonlyMap<string, number>): PackProblem[] {
  const problems: PackProblem[] = [];
  const byPath = new Map(listed.map((f) => [f.path, f]));
  for (const [name, size] of present) {
    if (name === MANIFEST_FILE || name === SIGNATURE_FILE) continue;
    const file = byPath.get(name);
    if (!file) problems.push(problem('pack.unlisted_file', { file: name }));
    else if (file.size !== size) problems.push(problem('pack.size_mismatch', { file: name, declared: file.size, actual: size }));
  }
  for (const f of listed) if (!present.has(f.path)) problems.push(problem('pack.missing_file', { file: f.path }));
  return problems;
}

export function verifyBytes(file: ListedFile, bytes: Buffer): PackProblem[] {
  if (bytes.length !== file.size) return [problem('pack.size_mismatch', { file: file.path, declared: file.size, actual: bytes.length })];
  if (sha256Hex(bytes) !== file.sha256.toLowerCase()) return [problem('pack.hash_mismatch', { file: file.path })];
  if (!contentMatchesExtension(file.path, bytes)) return [problem('pack.wrong_content', { file: file.path })];
  return [];
}
