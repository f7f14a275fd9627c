/** Writes a zip in memory with yazl. Entries are small (a draft, its PDF), so a Buffer is fine. */
import yazl from 'yazl';

export interface ZipInput {
  name: string;
  data: Buffer;
  /** Already-compressed data (PDF) is stored, not deflated again. */
  compress?: boolean;
}

export function writeZip(entries: readonly ZipInput[], mtime = new Date()): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    for (const e of entries) zip.addBuffer(e.data, e.name, { mtime, compress: e.compress ?? true });
    zip.end();
  });
}
