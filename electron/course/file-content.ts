/**
 * Checks that a pack file's bytes are what its extension claims. Lessons and templates are UTF-8
 * text; images must start with their format's signature, so an executable renamed to .png is
 * refused instead of being handed to an image decoder.
 */
import path from 'node:path';

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  '.png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

const TEXT = new Set(['.md', '.fountain']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function contentMatchesExtension(name: string, bytes: Buffer): boolean {
  const ext = path.posix.extname(name).toLowerCase();
  if (TEXT.has(ext)) {
    if (bytes.includes(0)) return false;
    try {
      utf8.decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  const signature = SIGNATURES[ext];
  return signature ? signature(bytes) : false;
}

export const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };
