/**
 * The structure of each streamed media type, as steps for structureWalk (walker.ts). Each checks
 * the format's signature at offset 0 and then the chain of its units to the last byte:
 *  - MP4 / M4A (ISO base media): top-level boxes, the first `ftyp` with a brand of the right kind,
 *    a `moov` somewhere (without it nothing can play);
 *  - WebM (Matroska): the EBML header with DocType "webm", then one Segment;
 *  - Ogg: pages ("OggS", version 0), the first marked as a stream's beginning;
 *  - MP3: an optional ID3v2 tag, then MPEG audio Layer III frames, then an optional ID3v1 tag.
 * Numbers are from ISO/IEC 14496-12, RFC 3533, RFC 8794 and the MPEG-1/2 audio frame header.
 */
import { ascii, structureWalk, u32, type ContentCheck, type WalkStep } from './walker.ts';

const VIDEO_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'mmp4', 'MSNV', '3gp4', '3gp5', '3gp6', 'qt  ']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'isom', 'iso2', 'mp41', 'mp42', 'dash']);

function printable(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i] < 0x20 || b[i] > 0x7e) return false;
  return true;
}

/**
 * Boxes that may stand at the top level of an MP4 (ISO/IEC 14496-12 and QuickTime's `wide`): a
 * file whose next top-level "box" is anything else has something that is not MP4 after its end.
 */
const TOP_LEVEL_BOXES = new Set(['ftyp', 'pdin', 'moov', 'moof', 'mfra', 'mdat', 'free', 'skip', 'wide', 'meta', 'styp', 'sidx', 'ssix', 'prft', 'emsg', 'uuid', 'udta']);

function isoBoxes(brands: ReadonlySet<string>): ContentCheck {
  let sawMoov = false;
  const step: WalkStep = (h, index) => {
    if (h.length < 8) return { need: 8 };
    if (index > 0 && (!printable(h, 4, 8) || !TOP_LEVEL_BOXES.has(ascii(h, 4, 8)))) return { fail: 'trailing' };
    const type = ascii(h, 4, 8);
    if (index === 0 && type !== 'ftyp') return { fail: 'magic' };
    const size32 = u32(h, 0);
    let size = size32;
    let headerLength = 8;
    if (size32 === 1) {
      if (h.length < 16) return { need: 16 };
      size = u32(h, 8) * 2 ** 32 + u32(h, 12);
      headerLength = 16;
    }
    if (index === 0) {
      if (h.length < headerLength + 4) return { need: headerLength + 4 };
      if (!brands.has(ascii(h, headerLength, headerLength + 4))) return { fail: 'magic' };
    }
    if (type === 'moov') sawMoov = true;
    // Size 0: the box runs to the end of the file (only ever the last one, usually mdat).
    if (size32 === 0) return index === 0 ? { fail: 'structure' } : { rest: true };
    if (size < h.length || !Number.isSafeInteger(size)) return { fail: 'structure' };
    return { skip: size - h.length };
  };
  return structureWalk(step, () => (sawMoov ? null : 'structure'));
}

export const mp4Check = (): ContentCheck => isoBoxes(VIDEO_BRANDS);
export const m4aCheck = (): ContentCheck => isoBoxes(AUDIO_BRANDS);

export function oggCheck(): ContentCheck {
  return structureWalk((h, index) => {
    if (h.length < 27) return { need: 27 };
    if (ascii(h, 0, 4) !== 'OggS' || h[4] !== 0) return { fail: index === 0 ? 'magic' : 'trailing' };
    // The first page begins a logical stream (header type flag 0x02).
    if (index === 0 && (h[5] & 0x02) === 0) return { fail: 'structure' };
    const segments = h[26];
    if (h.length < 27 + segments) return { need: 27 + segments };
    let body = 0;
    for (let i = 0; i < segments; i++) body += h[27 + i];
    return { skip: body };
  });
}

/** An EBML variable-length integer at `at`: its length in bytes (1–8) from the leading zeros. */
function vintLength(first: number): number {
  for (let n = 1; n <= 8; n++) if (first & (0x100 >> n)) return n;
  return 0;
}

/** The vint's value without its marker bit; -1 for "unknown size" (every value bit set). */
function vintValue(b: Uint8Array, at: number, length: number): number {
  let value = b[at] & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + b[at + i];
    if (b[at + i] !== 0xff) allOnes = false;
  }
  return allOnes ? -1 : value;
}

const EBML_ID = 0x1a45dfa3;
const SEGMENT_ID = 0x18538067;
const DOCTYPE_ID = 0x4282;
const MAX_EBML_HEADER = 4096;

/** The DocType inside an EBML header's payload, or null if it has none or the payload is malformed. */
function docType(b: Uint8Array, from: number, to: number): string | null {
  let at = from;
  while (at < to) {
    const idLength = vintLength(b[at]);
    if (idLength === 0 || idLength > 4 || at + idLength >= to) return null;
    let id = 0;
    for (let i = 0; i < idLength; i++) id = id * 256 + b[at + i];
    at += idLength;
    const sizeLength = vintLength(b[at]);
    if (sizeLength === 0 || at + sizeLength > to) return null;
    const size = vintValue(b, at, sizeLength);
    at += sizeLength;
    if (size < 0 || at + size > to) return null;
    if (id === DOCTYPE_ID) return ascii(b, at, at + size).replace(/\0+$/, '');
    at += size;
  }
  return null;
}

export function webmCheck(): ContentCheck {
  return structureWalk((h, index) => {
    if (h.length < 5) return { need: 5 };
    const id = u32(h, 0);
    if (index === 0 && id !== EBML_ID) return { fail: 'magic' };
    if (index === 1 && id !== SEGMENT_ID) return { fail: 'structure' };
    if (index > 1) return { fail: 'trailing' };
    const sizeLength = vintLength(h[4]);
    if (sizeLength === 0) return { fail: 'structure' };
    if (h.length < 4 + sizeLength) return { need: 4 + sizeLength };
    const size = vintValue(h, 4, sizeLength);
    const payloadAt = 4 + sizeLength;
    if (index === 1) return size < 0 ? { rest: true } : { skip: size };
    if (size < 0 || size > MAX_EBML_HEADER) return { fail: 'structure' };
    if (h.length < payloadAt + size) return { need: payloadAt + size };
    return docType(h, payloadAt, payloadAt + size) === 'webm' ? { skip: 0 } : { fail: 'magic' };
  });
}

const MPEG1_L3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** The length of the Layer III frame whose header starts at `at`, or 0 if it is not one. */
function mp3FrameLength(h: Uint8Array, at: number): number {
  const b1 = h[at + 1];
  const b2 = h[at + 2];
  if (h[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return 0;
  const version = (b1 >> 3) & 3;
  if (version === 1 || ((b1 >> 1) & 3) !== 1) return 0;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return 0;
  const kbps = (version === 3 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[bitrateIndex];
  const rate = SAMPLE_RATES[version][rateIndex];
  const padding = (b2 >> 1) & 1;
  return Math.floor(((version === 3 ? 144_000 : 72_000) * kbps) / rate) + padding;
}

export function mp3Check(): ContentCheck {
  let frames = 0;
  let tagAtEnd = false;
  return structureWalk(
    (h, index) => {
      if (tagAtEnd) return { fail: 'trailing' };
      if (index === 0) {
        if (h.length < 10) return { need: 10 };
        if (ascii(h, 0, 3) === 'ID3') {
          if (h[3] < 2 || h[3] > 4 || (h[6] | h[7] | h[8] | h[9]) & 0x80) return { fail: 'magic' };
          const size = (h[6] << 21) | (h[7] << 14) | (h[8] << 7) | h[9];
          return { skip: size + (h[5] & 0x10 ? 10 : 0) };
        }
        const length = mp3FrameLength(h, 0);
        return length > 0 ? { skip: length - 10 } : { fail: 'magic' };
      }
      if (h.length < 4) return { need: 4 };
      if (ascii(h, 0, 3) === 'TAG') {
        // ID3v1: 128 bytes, and nothing after it.
        tagAtEnd = true;
        return { skip: 124 };
      }
      const length = mp3FrameLength(h, 0);
      if (length === 0) return { fail: frames === 0 ? 'magic' : 'trailing' };
      frames += 1;
      return { skip: length - 4 };
    },
    () => (frames > 0 ? null : 'magic'),
  );
}

/** PDF: "%PDF-" and a version at offset 0, and "%%EOF" in the last kilobyte (after it only line ends). */
export function pdfCheck(): ContentCheck {
  const head: number[] = [];
  let tail = new Uint8Array(0);
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && head.length < 8; i++) head.push(chunk[i]);
      const joined = new Uint8Array(Math.min(1024, tail.length + chunk.length));
      const fromChunk = Math.min(chunk.length, joined.length);
      joined.set(tail.subarray(tail.length - (joined.length - fromChunk)), 0);
      joined.set(chunk.subarray(chunk.length - fromChunk), joined.length - fromChunk);
      tail = joined;
    },
    end() {
      if (!/^%PDF-[12]\.\d/.test(String.fromCharCode(...head))) return 'magic';
      const text = ascii(tail, 0, tail.length);
      const eof = text.lastIndexOf('%%EOF');
      if (eof < 0) return 'truncated';
      return /^[\r\n\s]*$/.test(text.slice(eof + 5)) ? null : 'trailing';
    },
  };
}
