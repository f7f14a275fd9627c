/**
 * The trainee's side of a class folder: a file appears there whole or not at all. It is written
 * under a dot-name in the same folder (so the rename never crosses a device, and every poller
 * ignores it meanwhile), flushed, then renamed over the final name. Renaming over an existing file
 * replaces it in one step, so a newer report takes the place of the older one.
 */
import fs from 'node:fs';
import path from 'node:path';

export function publishAtomic(dir: string, fileName: string, data: string | Uint8Array): string {
  if (fileName !== path.basename(fileName) || fileName.startsWith('.')) throw new Error(`not a plain file name: ${fileName}`);
  const target = path.join(dir, fileName);
  const tmp = path.join(dir, `.${fileName}.${process.pid}.${Date.now().toString(36)}.tmp`);
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
  return target;
}
