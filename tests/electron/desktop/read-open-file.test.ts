import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpenFile } from '../../../electron/desktop/read-open-file.ts';
import { SYSTEM_FILE_TYPES } from '../../../shared/desktop/file-types.ts';
import { REPORT_MAX_BYTES } from '../../../shared/course/report.ts';
import { tempDataDir } from '../temp.ts';

describe('a file the system asks Naskah to open', () => {
  it('is read with its name, path and bytes for every declared type (any case of extension)', () => {
    const dir = tempDataDir();
    for (const t of SYSTEM_FILE_TYPES) {
      const file = path.join(dir, `Kopi Pagi.${t.ext.toUpperCase()}`);
      fs.writeFileSync(file, `bytes of ${t.ext}`);
      expect(readOpenFile(file)).toEqual({ file: { fileName: `Kopi Pagi.${t.ext.toUpperCase()}`, source: file, bytes: new Uint8Array(Buffer.from(`bytes of ${t.ext}`)) } });
    }
  });

  it('.json, .txt and .pdf are never taken from the system (the CLI and Import… read them), nor anything else', () => {
    const dir = tempDataDir();
    for (const name of ['model.json', 'notes.txt', 'script.pdf', 'photo.png', 'no-extension']) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, '{}');
      expect(readOpenFile(file)).toEqual({
        error: { code: 'desktop.unsupported_file', params: { file: name, accepted: '.fountain, .fdx, .naskahpack, .naskahreview, .naskahfeedback, .naskahreport' } },
      });
    }
  });

  it('a missing file, a folder and a file over its kind\'s limit are errors naming the file', () => {
    const dir = tempDataDir();
    const missing = path.join(dir, 'gone.fountain');
    expect(readOpenFile(missing)).toEqual({ error: { code: 'desktop.missing_file', params: { file: missing } } });
    const folder = path.join(dir, 'folder.naskahpack');
    fs.mkdirSync(folder);
    expect(readOpenFile(folder)).toEqual({ error: { code: 'desktop.not_a_file', params: { file: folder } } });
    // A sparse file: its size is what counts, no 6 MB written.
    const big = path.join(dir, 'big.naskahreport');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, REPORT_MAX_BYTES + 1);
    expect(readOpenFile(big)).toEqual({ error: { code: 'desktop.too_large', params: { file: 'big.naskahreport', size: 6, limit: 5 } } });
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is an error, not a crash', () => {
    const file = path.join(tempDataDir(), 'locked.fdx');
    fs.writeFileSync(file, '<FinalDraft/>');
    fs.chmodSync(file, 0o000);
    expect(readOpenFile(file)).toEqual({ error: { code: 'desktop.unreadable', params: { file } } });
  });
});
