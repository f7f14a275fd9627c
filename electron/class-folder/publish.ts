/**
 * A file appears whole or not at all: written under a dot-name in the same folder (so the rename
 * never crosses a device, and every class-folder poller ignores it meanwhile), flushed to the
 * device, then renamed over the final name. Renaming over an existing file replaces it in one
 * step, so a newer report takes the place of the older one. The CLI's `-o` writes use it too.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const target = path.resolve(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, data);
      // On a USB stick or a share, the bytes reach the device before the name does.
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** The trainee's publish into a class folder: a plain, visible file name only. */
export function publishAtomic(dir: string, fileName: string, data: string | Uint8Array): string {
  if (fileName !== path.basename(fileName) || fileName.startsWith('.')) throw new Error(`not a plain file name: ${fileName}`);
  const target = path.join(dir, fileName);
  writeFileAtomic(target, data);
  return target;
}
