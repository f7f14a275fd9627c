/**
 * The structure checks of streamed media (shared/course/media/containers.ts) against real files
 * made by Debian's ffmpeg (tests/fixtures/media/, a few KB each), fed whole and in small chunks,
 * and against hostile variants: a renamed file, a polyglot (a zip glued after the media), a box
 * or page that lies about its size, a file cut short.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamedContentCheck, streamedProblem } from '../../../../shared/course/media/content-check.ts';

const DIR = path.join(import.meta.dirname, '../../../fixtures/media');
const FIXTURES = { 'cut.mp4': '.mp4', 'clip.webm': '.webm', 'tone.mp3': '.mp3', 'tone.m4a': '.m4a', 'tone.ogg': '.ogg' } as const;
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const ZIP_TAIL = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function chunked(name: string, bytes: Uint8Array, size: number): string | null {
  const check = streamedContentCheck(name)!;
  for (let at = 0; at < bytes.length; at += size) check.push(bytes.subarray(at, at + size));
  return check.end();
}

const concat = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

describe('media structure checks', () => {
  for (const [file, ext] of Object.entries(FIXTURES)) {
    it(`accepts ffmpeg's ${ext} whole and in chunks of 1, 7 and 4096 bytes`, () => {
      const bytes = read(file);
      expect(streamedProblem(`media/x${ext}`, bytes)).toBeNull();
      for (const size of [1, 7, 4096]) expect(chunked(`x${ext}`, bytes, size), `chunks of ${size}`).toBeNull();
    });

    it(`refuses a ${ext} with a zip glued after it (a polyglot), naming the file`, () => {
      const problem = streamedProblem(`media/x${ext}`, concat(read(file), ZIP_TAIL));
      expect(problem?.params.file).toBe(`media/x${ext}`);
      expect(['media.trailing_data', 'media.truncated', 'media.bad_structure']).toContain(problem?.code);
    });

    it(`refuses a ${ext} cut short`, () => {
      const bytes = read(file);
      expect(streamedProblem(`x${ext}`, bytes.subarray(0, Math.floor(bytes.length * 0.6)))).not.toBeNull();
    });
  }

  it('refuses each format under another extension (wrong magic), and HTML named .mp4', () => {
    expect(streamedProblem('a.webm', read('cut.mp4'))?.code).toBe('media.wrong_magic');
    expect(streamedProblem('a.mp4', read('clip.webm'))?.code).toBe('media.wrong_magic');
    expect(streamedProblem('a.ogg', read('tone.mp3'))?.code).toBe('media.wrong_magic');
    expect(streamedProblem('a.mp3', read('tone.ogg'))?.code).toBe('media.wrong_magic');
    expect(streamedProblem('a.mp4', new TextEncoder().encode('<html><script>alert(1)</script></html>'))?.code).toBe('media.wrong_magic');
    expect(streamedProblem('a.pdf', read('cut.mp4'))?.code).toBe('media.wrong_magic');
    expect(streamedProblem('a.mp4', new Uint8Array(0))?.code).toBe('media.wrong_magic');
  });

  it('tells video brands from audio ones: an M4A is not an MP4 video and the other way round', () => {
    expect(streamedProblem('a.mp4', read('tone.m4a'))?.code).toBe('media.wrong_magic');
    expect(streamedProblem('a.m4a', read('cut.mp4'))).toBeNull(); // brand isom is both
  });

  it('refuses an MP4 whose box claims more bytes than the file holds (a lying size)', () => {
    const bytes = read('cut.mp4').slice();
    // The second top-level box's size grows by a megabyte.
    const first = new DataView(bytes.buffer).getUint32(0);
    const view = new DataView(bytes.buffer, first);
    view.setUint32(0, view.getUint32(0) + 1024 * 1024);
    expect(streamedProblem('a.mp4', bytes)?.code).toBe('media.truncated');
  });

  it('refuses an Ogg page with a broken capture pattern mid-file, and an MP4 without moov', () => {
    const ogg = read('tone.ogg').slice();
    const second = Buffer.from(ogg).indexOf('OggS', 4);
    ogg[second] = 0x4e;
    expect(streamedProblem('a.ogg', ogg)).not.toBeNull();
    const ftyp = read('cut.mp4').subarray(0, new DataView(read('cut.mp4').buffer).getUint32(0));
    expect(streamedProblem('a.mp4', ftyp)?.code).toBe('media.bad_structure');
  });

  it('checks PDFs by their header and their %%EOF, refusing bytes after it', () => {
    expect(streamedProblem('h.pdf', PDF)).toBeNull();
    expect(chunked('h.pdf', PDF, 3)).toBeNull();
    expect(streamedProblem('h.pdf', PDF.subarray(0, 40))?.code).toBe('media.truncated');
    expect(streamedProblem('h.pdf', concat(PDF, ZIP_TAIL))?.code).toBe('media.trailing_data');
    expect(streamedProblem('h.pdf', new TextEncoder().encode('GIF89a %%EOF'))?.code).toBe('media.wrong_magic');
  });
});
