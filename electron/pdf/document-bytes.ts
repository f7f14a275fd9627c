/**
 * A pdfkit document's bytes, gathered as pdfkit writes them, without its Readable stream.
 *
 * pdfkit hands every piece of the file to the stream's `push()`: each object's first line, its
 * dictionary, its stream, each line of the cross-reference table — some ten thousand pushes for a
 * feature-length script, each through the stream's buffering and a 'data' event, which cost a
 * PDF export more than pdfkit's own drawing of the text. Nothing else reads the document, so here
 * `push()` only keeps the piece; `push(null)` (the end of the file) hands over all of them. What
 * the document wrote before (its header, from its constructor) is taken from the stream first.
 */
interface Pushes {
  push(chunk: Uint8Array | null): boolean;
}

export function documentBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const written = (doc as unknown as { read(): Uint8Array | null }).read();
  const chunks: Uint8Array[] = written ? [written] : [];
  let length = written?.length ?? 0;
  return new Promise((resolve, reject) => {
    doc.on('error', reject);
    (doc as unknown as Pushes).push = (chunk) => {
      if (chunk !== null) {
        chunks.push(chunk);
        length += chunk.length;
        return true;
      }
      const bytes = new Uint8Array(length);
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.length;
      }
      resolve(bytes);
      return false;
    };
  });
}
