/**
 * Which check a pack file's content gets, by extension, and the problem each failure is reported
 * as (`media.<name>`, naming the file). Streamed media (video, audio, PDF) are checked by their
 * structure as their bytes go by (containers.ts); subtitles and reading scripts are text and are
 * parsed whole (they are held to the ordinary 20 MiB file limit).
 */
import { parseFdx } from '../../screenplay/fdx/parse.ts';
import type { Problem } from '../messages.ts';
import { m4aCheck, mp3Check, mp4Check, oggCheck, pdfCheck, webmCheck } from './containers.ts';
import type { ContentCheck, WalkProblem } from './walker.ts';
import { checkWebVtt } from './webvtt.ts';

const STREAMED: Record<string, () => ContentCheck> = {
  '.mp4': mp4Check,
  '.webm': webmCheck,
  '.mp3': mp3Check,
  '.m4a': m4aCheck,
  '.ogg': oggCheck,
  '.pdf': pdfCheck,
};

/** What each extension must be, as the message names it ("an MP4 video"). */
const FORMAT_NAMES: Record<string, string> = { '.mp4': 'MP4', '.webm': 'WebM', '.mp3': 'MP3', '.m4a': 'M4A', '.ogg': 'Ogg', '.pdf': 'PDF', '.vtt': 'WebVTT', '.fdx': 'Final Draft (FDX)', '.fountain': 'Fountain' };

const WALK_CODES: Record<WalkProblem, string> = {
  magic: 'media.wrong_magic',
  structure: 'media.bad_structure',
  truncated: 'media.truncated',
  trailing: 'media.trailing_data',
};

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** A streaming checker for a video, audio or PDF file; null for any other type. */
export function streamedContentCheck(path: string): ContentCheck | null {
  const make = STREAMED[extension(path)];
  return make ? make() : null;
}

export function walkProblem(path: string, problem: WalkProblem): Problem {
  return { code: WALK_CODES[problem], params: { file: path, format: FORMAT_NAMES[extension(path)] ?? extension(path) } };
}

/** Runs the streamed check over bytes already in memory. */
export function streamedProblem(path: string, bytes: Uint8Array): Problem | null {
  const check = streamedContentCheck(path);
  if (!check) return null;
  check.push(bytes);
  const problem = check.end();
  return problem ? walkProblem(path, problem) : null;
}

/**
 * Subtitles and reading scripts (already decoded as UTF-8 by the caller): a WebVTT file must parse
 * with every cue's timing sound; an FDX must be a Final Draft document (a Fountain file is any text).
 * Other extensions: null (not this module's to judge).
 */
export function textMediaProblem(path: string, text: string): Problem | null {
  const ext = extension(path);
  if (ext === '.vtt') {
    const vtt = checkWebVtt(text);
    return vtt.ok ? null : { code: `media.${vtt.problem}`, params: { file: path, line: vtt.line } };
  }
  if (ext === '.fdx') {
    const head = text.replace(/^\uFEFF?\s*/, '').slice(0, 2048);
    if (!head.startsWith('<?xml') && !head.startsWith('<FinalDraft')) return { code: 'media.wrong_magic', params: { file: path, format: FORMAT_NAMES[ext] } };
    return parseFdx(text).ok ? null : { code: 'media.script_unreadable', params: { file: path } };
  }
  return null;
}
