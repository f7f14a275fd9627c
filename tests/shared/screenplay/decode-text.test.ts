import { describe, expect, it } from 'vitest';
import { decodeScriptBytes, firstInvalidUtf8 } from '../../../shared/screenplay/decode-text.ts';

const utf16 = (text: string, bigEndian = false, bom = true) => {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return new Uint8Array(out);
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeScriptBytes', () => {
  const script = 'Title: Hujan — Café\n\nINT. WARUNG - MALAM\n\n“Tutup,” kata Sari. 한국어 漢字\n';

  it('reads UTF-8 with or without a byte order mark', () => {
    expect(decodeScriptBytes(utf8(script), 'a.fountain')).toEqual({ ok: true, value: script });
    expect(decodeScriptBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(script)]), 'a.fountain')).toEqual({ ok: true, value: script });
  });

  it('reads UTF-16 as Windows Notepad saves it (byte order mark), both byte orders, and without a mark', () => {
    expect(decodeScriptBytes(utf16(script), 'a.fountain')).toEqual({ ok: true, value: script });
    expect(decodeScriptBytes(utf16(script, true), 'a.fountain')).toEqual({ ok: true, value: script });
    expect(decodeScriptBytes(utf16('<?xml version="1.0"?><FinalDraft/>', false, false), 'a.fdx')).toEqual({ ok: true, value: '<?xml version="1.0"?><FinalDraft/>' });
  });

  it('reads an XML file in the encoding it declares', () => {
    const latin1 = new Uint8Array([...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><FinalDraft><Content><Paragraph><Text>Caf'), 0xe9, ...utf8('</Text></Paragraph></Content></FinalDraft>')]);
    const r = decodeScriptBytes(latin1, 'a.fdx');
    expect(r.ok && r.value).toContain('Café');
    expect(decodeScriptBytes(utf8('<?xml version="1.0" encoding="x-klingon"?><FinalDraft/>'), 'a.fdx')).toEqual({
      ok: false,
      error: { code: 'screenplay.unsupported_encoding', params: { file: 'a.fdx', encoding: 'x-klingon' } },
    });
  });

  it('refuses text that is not UTF-8, naming where, instead of garbling it', () => {
    const cp1252 = new Uint8Array([...utf8('<?xml version="1.0" encoding="UTF-8"?><FinalDraft><Text>Caf'), 0xe9, ...utf8(' cr'), 0xe8, ...utf8('me</Text></FinalDraft>')]);
    expect(decodeScriptBytes(cp1252, 'naskah.fdx')).toEqual({ ok: false, error: { code: 'screenplay.not_utf8', params: { file: 'naskah.fdx', offset: 59 } } });
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]))).toBe(1); // cut in the middle of é
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(utf8('ok 😀 ok'))).toBe(-1);
  });
});
