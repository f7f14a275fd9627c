/**
 * What each media and document file of a pack is, by extension: its kind (what a lesson may use
 * it for), the content type it is served with, and the size limit it is held to. Numbers live in
 * ../limits.ts; this table only says which limit a file falls under.
 */
export type MediaKind = 'video' | 'audio' | 'subtitles' | 'handout' | 'script';

export interface MediaType {
  kind: MediaKind;
  contentType: string;
  /** Large media: checked while streamed and kept in the content-addressed file store, not in SQLite. */
  streamed: boolean;
}

export const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  '.mp4': { kind: 'video', contentType: 'video/mp4', streamed: true },
  '.webm': { kind: 'video', contentType: 'video/webm', streamed: true },
  '.mp3': { kind: 'audio', contentType: 'audio/mpeg', streamed: true },
  '.m4a': { kind: 'audio', contentType: 'audio/mp4', streamed: true },
  '.ogg': { kind: 'audio', contentType: 'audio/ogg', streamed: true },
  '.pdf': { kind: 'handout', contentType: 'application/pdf', streamed: true },
  '.vtt': { kind: 'subtitles', contentType: 'text/vtt; charset=utf-8', streamed: false },
  '.fdx': { kind: 'script', contentType: 'application/xml; charset=utf-8', streamed: false },
  '.fountain': { kind: 'script', contentType: 'text/plain; charset=utf-8', streamed: false },
};

/** What a lesson's `media` may be: video or audio. */
export const PLAYABLE_EXTENSIONS = ['.mp4', '.webm', '.mp3', '.m4a', '.ogg'] as const;

/** Content types of every file a pack may hold, for the hosts that serve them. */
export const PACK_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  ...Object.fromEntries(Object.entries(MEDIA_TYPES).map(([ext, t]) => [ext, t.contentType])),
};

export function mediaTypeOf(path: string): MediaType | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? MEDIA_TYPES[base.slice(dot).toLowerCase()] : undefined;
}

/** True for files kept outside the database (see docs/course-pack.md, "Media storage"). */
export function isStreamedFile(path: string): boolean {
  return mediaTypeOf(path)?.streamed === true;
}

/** The content type a host serves a pack file with (octet-stream for anything unknown). */
export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot >= 0 && PACK_CONTENT_TYPES[path.slice(dot).toLowerCase()]) || 'application/octet-stream';
}
