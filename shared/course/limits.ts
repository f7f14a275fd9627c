/**
 * Limits of a course pack. The reader (electron/course) enforces the byte limits while it unpacks,
 * before anything is trusted; the manifest schema enforces the same numbers on what the manifest
 * declares, so a pack that lies about its sizes is refused either way. Numbers live only here.
 */

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const PACK_LIMITS = {
  /** Files listed in (and present in) a pack, course.json not counted. */
  maxFiles: 500,
  /** Lessons, pictures, subtitles and scripts: read whole into memory and kept in SQLite. */
  maxFileBytes: 20 * MiB,
  /**
   * Video, audio and PDF handouts (shared/course/media/kinds.ts): streamed while checked and kept
   * in the content-addressed file store, never whole in memory — so they may be large.
   */
  maxMediaFileBytes: 1 * GiB,
  /** A pack of several hours of video; 4 GiB is the zip limit without ZIP64. */
  maxTotalBytes: 2 * GiB,
  /** Uncompressed / compressed size of a zip entry above which it is treated as a zip bomb. */
  maxCompressionRatio: 100,
  maxManifestBytes: 1 * MiB,
} as const;

/**
 * The only file types a pack may carry: lessons, their pictures, starter and reading scripts,
 * video (MP4 with H.264, WebM), audio (MP3, M4A, Ogg), WebVTT subtitles and PDF handouts.
 */
export const ALLOWED_EXTENSIONS = ['.md', '.png', '.jpg', '.jpeg', '.webp', '.fountain', '.fdx', '.mp4', '.webm', '.mp3', '.m4a', '.ogg', '.vtt', '.pdf'] as const;

/** Extensions whose files are streamed media (limit maxMediaFileBytes); the rest are held to maxFileBytes. */
export const STREAMED_EXTENSIONS = ['.mp4', '.webm', '.mp3', '.m4a', '.ogg', '.pdf'] as const;

/** The size limit of one file of the pack, by its path's extension. */
export function fileLimitFor(path: string): number {
  const dot = path.lastIndexOf('.');
  const ext = dot >= 0 ? path.slice(dot).toLowerCase() : '';
  return (STREAMED_EXTENSIONS as readonly string[]).includes(ext) ? PACK_LIMITS.maxMediaFileBytes : PACK_LIMITS.maxFileBytes;
}

/** The manifest's own name at the pack's root; it is never listed in its own files[]. */
export const MANIFEST_FILE = 'course.json';

/**
 * The publisher's signature of course.json, beside it at the pack's root (docs/course-pack.md,
 * "Signing"). Like course.json it is never listed in files[]: it signs the list.
 */
export const SIGNATURE_FILE = 'course.sig';
export const MAX_SIGNATURE_BYTES = 64 * 1024;

/** Bounds on the manifest's contents (characters), generous for real courses, small for abuse. */
export const MANIFEST_BOUNDS = {
  title: 200,
  description: 5_000,
  prompt: 20_000,
  rubricLabel: 300,
  name: 200,
  path: 255,
  modules: 100,
  lessonsPerModule: 100,
  handoutsPerLesson: 20,
  exercisesPerModule: 100,
  checksPerExercise: 50,
  rubricCriteria: 50,
  rubricMax: 100,
  listItems: 100,
  migrations: 1_000,
  mentors: 200,
} as const;
