/**
 * Compression-bomb PDFs for the import tests, made on the spot (nothing stored): one page whose
 * FlateDecode content stream inflates to `inflatedBytes` of spaces. The deflate data is built from
 * one compressed 1 MiB block repeated — a full flush makes each block stand alone — so a 4 GiB bomb
 * is about 4 MB of PDF and takes milliseconds to make.
 */
import zlib from 'node:zlib';

const MIB = 1024 * 1024;

/** zlib's Adler-32 of `n` bytes all equal to `v`, in closed form (no need to feed GBs through it). */
function adler32OfRepeated(n: bigint, v: bigint): number {
  const M = 65521n;
  const a = (1n + n * v) % M;
  const b = (n + (v * n * (n + 1n)) / 2n) % M;
  return Number((b << 16n) | a);
}

/** A zlib stream (what /FlateDecode holds) of `mib` MiB of spaces. */
export function deflatedSpaces(mib: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(MIB, 0x20), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler32OfRepeated(BigInt(mib) * BigInt(MIB), 0x20n) >>> 0);
  // 78 DA: zlib header, best compression; 03 00: an empty final block.
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00]), trailer]);
}

/** A PDF from its objects (1 0 obj … n 0 obj), with a correct xref table. */
export function pdfOf(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    length += obj.length;
  });
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

export const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** One page whose content streams (one per entry, each `mib` MiB inflated) are FlateDecode bombs. */
export function bombPdf(streamsMib: number[], filter = '/FlateDecode'): Buffer {
  const contents = streamsMib.map((_, i) => `${4 + i} 0 R`).join(' ');
  return pdfOf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [${contents}] /Resources << >> >>`),
    ...streamsMib.map((mib) => stream(`/Filter ${filter}`, filter.includes('FlateDecode /FlateDecode') ? zlib.deflateSync(deflatedSpaces(mib)) : deflatedSpaces(mib))),
  ]);
}
