/**
 * The streaming zip writer (electron/zip/zip-file.ts): the same bytes as the in-memory writer for
 * the same entries (it sets yazl's entry fields itself, so this pins them), whatever the order of
 * stored and deflated entries; atomic (nothing at the target, no temporary left) when a file is
 * missing or changed after it was verified; and the sample pack written by `writePackFile` equals
 * `buildPackBytes`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { buildPackBytes, writePackFile } from '../../../electron/course/build-pack.ts';
import { readFolderPack } from '../../../electron/course/read-folder-pack.ts';
import { writeZipFile } from '../../../electron/zip/zip-file.ts';
import { writeZip } from '../../../electron/zip/zip-write.ts';
import { tempDataDir } from '../temp.ts';

const MTIME = new Date('2000-01-01T00:00:00Z');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function fileOf(dir: string, name: string, data: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

describe('writeZipFile', () => {
  it('writes the bytes the in-memory writer gives, stored entries streamed from disk, in any order', async () => {
    const dir = tempDataDir();
    const big = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
    const small = Buffer.from('%PDF-1.4 not really\n');
    const text = Buffer.from('# Lesson\n\n'.repeat(200));
    const orders = [
      ['text', 'big', 'small'],
      ['big', 'text', 'small'],
      ['small', 'big', 'text'],
    ];
    const data: Record<string, Buffer> = { text, big, small };
    for (const order of orders) {
      const memory = await writeZip(order.map((n) => ({ name: `${n}.bin`, data: data[n], compress: n === 'text' })), MTIME);
      const target = path.join(dir, `${order.join('-')}.zip`);
      await writeZipFile(
        target,
        order.map((n) => (n === 'text' ? { name: `${n}.bin`, data: data[n], compress: true } : { name: `${n}.bin`, path: fileOf(dir, `${n}.src`, data[n]), sha256: sha(data[n]) })),
        MTIME,
      );
      expect(fs.readFileSync(target).equals(memory)).toBe(true);
    }
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('leaves nothing at the target when a file is missing or is not the file that was verified', async () => {
    const dir = tempDataDir();
    const target = path.join(dir, 'out.zip');
    await expect(writeZipFile(target, [{ name: 'a', data: Buffer.from('a') }, { name: 'gone.mp4', path: path.join(dir, 'nope.mp4') }], MTIME)).rejects.toThrow();
    const src = fileOf(dir, 'video.mp4', Buffer.alloc(100_000, 7));
    await expect(writeZipFile(target, [{ name: 'a', data: Buffer.from('a') }, { name: 'video.mp4', path: src, sha256: sha(Buffer.alloc(100_000, 8)) }], MTIME)).rejects.toThrow(/changed/);
    expect(fs.readdirSync(dir).sort()).toEqual(['video.mp4']);
    // An existing pack at the target is left as it was.
    fs.writeFileSync(target, 'old pack');
    await expect(writeZipFile(target, [{ name: 'video.mp4', path: src, sha256: '0'.repeat(64) }], MTIME)).rejects.toThrow(/changed/);
    expect(fs.readFileSync(target, 'utf8')).toBe('old pack');
    expect(fs.readdirSync(dir).sort()).toEqual(['out.zip', 'video.mp4']);
  });
});

describe('writePackFile', () => {
  it('streams the sample pack (with its media) into the same bytes buildPackBytes gives', async () => {
    const read = await readFolderPack(path.join(REPO_ROOT, 'assets', 'course-sample'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.streamed.size).toBeGreaterThan(0);
    const target = path.join(tempDataDir(), 'sample.naskahpack');
    await writePackFile(read.value, read.value.signatureBytes, target);
    expect(fs.readFileSync(target).equals(await buildPackBytes(read.value, read.value.signatureBytes))).toBe(true);
  });
});
