/**
 * Checks that a pack file's bytes are what its extension claims. Lessons, subtitles and scripts
 * are UTF-8 text (a WebVTT file must also parse, an FDX be a Final Draft document); images must
 * start with their format's signature; video, audio and PDFs must have their format's structure
 * from the first byte to the last (shared/course/media/) — so an executable renamed to .png, an
 * HTML page named .mp4 or an MP4 with a zip glued to its end is refused instead of being handed
 * to a decoder. Each refusal is a problem naming the file.
 */
import path from 'node:path';
import { streamedProblem, textMediaProblem } from '../../shared/course/media/content-check.ts';
import { STREAMED_EXTENSIONS } from '../../shared/course/limits.ts';
import { problem, type PackProblem } from './pack-problems.ts';

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  '.png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

const TEXT = new Set(['.md', '.fountain', '.vtt', '.fdx']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** null when the content is what the extension says; else the problem (pack.wrong_content or media.*). */
export function contentProblem(name: string, bytes: Buffer): PackProblem | null {
  const ext = path.posix.extname(name).toLowerCase();
  const wrong = problem('pack.wrong_content', { file: name });
  if (TEXT.has(ext)) {
    if (bytes.includes(0)) return wrong;
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return wrong;
    }
    return textMediaProblem(name, text);
  }
  const signature = SIGNATURES[ext];
  if (signature) return signature(bytes) ? null : wrong;
  const streamed = streamedProblem(name, bytes);
  if (streamed) return streamed;
  return (STREAMED_EXTENSIONS as readonly string[]).includes(ext) ? null : wrong;
}

export function contentMatchesExtension(name: string, bytes: Buffer): boolean {
  return contentProblem(name, bytes) === null;
}

export const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };
