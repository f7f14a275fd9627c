import type { FilePayload } from '../../shared/api/library.ts';

/** A file from the contract as bytes: base64 (PDF) decoded, text encoded as UTF-8. */
export function fileBytes(file: FilePayload): Uint8Array<ArrayBuffer> {
  return file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.content);
}
