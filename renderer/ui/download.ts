import type { FilePayload } from '../../shared/api/library.ts';

/** Saves an exported file through the browser's download (Electron shows its save dialog). */
export function download(file: FilePayload): void {
  const bytes =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
