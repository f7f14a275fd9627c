/**
 * Paths inside a pack, as the manifest names them: relative POSIX paths that can only point at a
 * file inside the pack, whatever the operating system that unpacks it. The reader checks archive
 * entry names with the same function, so the manifest and the zip cannot disagree on what is safe.
 */
import { ALLOWED_EXTENSIONS, MANIFEST_BOUNDS } from './limits.ts';

/** Why a path is refused: the name of a problem code (course.<name>), or null when it is fine. */
export type PathProblem =
  | 'path_empty'
  | 'path_too_long'
  | 'path_absolute'
  | 'path_drive'
  | 'path_backslash'
  | 'path_parent'
  | 'path_invalid'
  | 'path_extension';

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function packPathProblem(path: string): PathProblem | null {
  if (path.length === 0) return 'path_empty';
  if (path.length > MANIFEST_BOUNDS.path) return 'path_too_long';
  if (path.includes('\\')) return 'path_backslash';
  if (/^[A-Za-z]:/.test(path)) return 'path_drive';
  if (path.startsWith('/')) return 'path_absolute';
  const segments = path.split('/');
  if (segments.includes('..')) return 'path_parent';
  // Empty or "." segments and control characters make two spellings of one file, or none at all.
  // ":" is refused too: on Windows it opens an alternate data stream.
  // eslint-disable-next-line no-control-regex -- a pack path with control characters is refused
  if (segments.some((s) => s === '' || s === '.') || /[\u0000-\u001f\u007f:]/.test(path)) return 'path_invalid';
  if (!(ALLOWED_EXTENSIONS as readonly string[]).includes(extensionOf(path))) return 'path_extension';
  return null;
}

/**
 * Files that operating systems and zip tools add on their own (".DS_Store", "__MACOSX/…", other
 * dot-files): not part of the pack, so every reader skips them — they are never listed, read or stored.
 */
export function isIgnoredPackPath(path: string): boolean {
  // "." and ".." are not dot-files: a path with them is refused (packPathProblem), never skipped.
  return path.split('/').some((segment) => (segment.startsWith('.') && segment !== '.' && segment !== '..') || segment === '__MACOSX');
}
