/**
 * A file the system asked Naskah to open, read from disk into what the window receives — or the
 * reason it cannot be opened, as a translated error code. Only the declared file types are read
 * (the extension decides; .json, .txt and .pdf are never taken from the system), and nothing
 * larger than the contract method that will receive it accepts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { acceptedExtensions, fileTypeOf } from '../../shared/desktop/file-types.ts';
import type { OpenRequest } from '../../shared/desktop/open-request.ts';

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.max(1, Math.ceil(bytes / MB));

export function readOpenFile(file: string): OpenRequest {
  const fileName = path.basename(file);
  const type = fileTypeOf(fileName, 'system');
  if (!type) return { error: { code: 'desktop.unsupported_file', params: { file: fileName, accepted: acceptedExtensions('system') } } };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { error: { code: 'desktop.missing_file', params: { file } } };
  }
  if (!stat.isFile()) return { error: { code: 'desktop.not_a_file', params: { file } } };
  if (stat.size > type.maxBytes) return { error: { code: 'desktop.too_large', params: { file: fileName, size: mb(stat.size), limit: mb(type.maxBytes) } } };
  try {
    return { file: { fileName, source: file, bytes: new Uint8Array(fs.readFileSync(file)) } };
  } catch {
    return { error: { code: 'desktop.unreadable', params: { file } } };
  }
}
