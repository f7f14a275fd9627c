/**
 * A script file's bytes → its text, for every way a file comes in (CLI convert and import, the
 * library's Import… in the app and in browser mode), so all of them read the same files.
 *
 * - A byte order mark says the encoding: UTF-8, or UTF-16 little or big endian (what Windows
 *   Notepad writes when told "Unicode").
 * - UTF-16 without a mark is recognised by its zero bytes around the first characters.
 * - An FDX (or any XML) may declare its encoding (`<?xml … encoding="ISO-8859-1"?>`); that one is
 *   used when the platform's decoder knows it.
 * - Everything else must be valid UTF-8: a file in another encoding is refused with the position
 *   of the first byte that is not UTF-8, never read into garbled text.
 */
import { fail, ok, type Result } from '../errors.ts';

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need > n - 1) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4) return undefined;
  // The first two characters are ASCII in any script file ("<?", "Ti", "IN", …).
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return undefined;
}

/** The encoding an XML declaration names, if any (read as ASCII: the declaration always is). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/** What decoding needs of a TextDecoder (structural: the Node and the shared type-checks name it differently). */
interface Decoder {
  readonly encoding: string;
  decode(input: Uint8Array): string;
}

function decoder(label: string, fatal = false): Decoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

export function decodeScriptBytes(bytes: Uint8Array, file: string): Result<string> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(decoder('utf-16le')!.decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(decoder('utf-16be')!.decode(bytes.subarray(2)));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const utf16 = bom ? undefined : utf16Without(bytes);
  if (utf16) return ok(decoder(utf16)!.decode(bytes));
  const body = bytes.subarray(bom);
  const declared = bom ? undefined : declaredEncoding(body);
  if (declared && !/^utf-?8$/i.test(declared)) {
    const d = decoder(declared);
    if (!d) return fail('screenplay.unsupported_encoding', { file, encoding: declared });
    // A file that claims UTF-16 but has no zero bytes was saved as something else: UTF-8 below.
    if (!/^utf-?16/i.test(d.encoding)) return ok(d.decode(body));
  }
  try {
    return ok(decoder('utf-8', true)!.decode(body));
  } catch {
    return fail('screenplay.not_utf8', { file, offset: Math.max(0, firstInvalidUtf8(body)) + bom });
  }
}
