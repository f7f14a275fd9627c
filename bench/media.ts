/**
 * A pack with a big video, imported as the CLI does (`naskah pack import PACK`): how long the
 * streamed check, hash and copy into the media store take, how much memory the process peaks at,
 * and how large naskah.db is afterwards (it should not grow with the video). Prints figures, never
 * fails. Size in MiB as the first argument (default 1024):
 *
 *   node bench/media.ts [MiB]
 *
 * The video is synthetic but well-formed for the structure check (ftyp, moov, then one mdat of the
 * given size); the pack is zipped with entries stored, as media are, by yazl streaming from disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { listPackFiles } from '../electron/course/pack-files.ts';
import { readPackAt } from '../electron/course/read-pack.ts';
import { openBackend } from '../electron/host.ts';
import { installPack } from '../electron/services/course-install.ts';

const mib = Number(process.argv[2] ?? 1024);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-media-'));
const folder = path.join(root, 'pack');
fs.mkdirSync(path.join(folder, 'media'), { recursive: true });
fs.mkdirSync(path.join(folder, 'lessons'), { recursive: true });
fs.writeFileSync(path.join(folder, 'lessons', 'watch.md'), '# Watch\n\nA long video.\n');

function box(type: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + payload.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, payload]);
}

const video = path.join(folder, 'media', 'long.mp4');
const fd = fs.openSync(video, 'w');
const head = Buffer.concat([box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1')), box('moov', Buffer.alloc(64))]);
fs.writeSync(fd, head);
// The whole file is exactly `mib` MiB: the largest a pack's media file may be at 1024.
const mdatBytes = mib * 1024 * 1024 - head.length - 8;
const mdatHead = Buffer.alloc(8);
mdatHead.writeUInt32BE(8 + mdatBytes);
mdatHead.write('mdat', 4, 'latin1');
fs.writeSync(fd, mdatHead);
const chunk = Buffer.alloc(8 * 1024 * 1024, 0x5a);
for (let left = mdatBytes; left > 0; left -= chunk.length) fs.writeSync(fd, chunk, 0, Math.min(chunk.length, left));
fs.closeSync(fd);

const manifest = {
  schema: 'naskah.course/1',
  id: 'org.naskah.bench-media',
  version: '1.0.0',
  revision: 1,
  title: { en: 'Bench', id: 'Bench' },
  description: { en: 'A big video.', id: 'Video besar.' },
  languages: ['en'],
  publisher: 'bench',
  license: 'CC0',
  minAppVersion: '0.1.0',
  modules: [{ id: 'm', title: { en: 'M', id: 'M' }, lessons: [{ id: 'watch', title: { en: 'Watch', id: 'Tonton' }, file: { en: 'lessons/watch.md' }, media: { file: 'media/long.mp4' } }] }],
  files: [] as unknown[],
};
let t = performance.now();
manifest.files = listPackFiles(folder);
const hashMs = performance.now() - t;
fs.writeFileSync(path.join(folder, 'course.json'), JSON.stringify(manifest, null, 2));

const zipPath = path.join(root, 'bench.naskahpack');
await new Promise<void>((resolve, reject) => {
  const zip = new yazl.ZipFile();
  zip.addFile(path.join(folder, 'course.json'), 'course.json');
  zip.addFile(path.join(folder, 'lessons', 'watch.md'), 'lessons/watch.md');
  zip.addFile(video, 'media/long.mp4', { compress: false });
  zip.outputStream.pipe(fs.createWriteStream(zipPath)).on('close', () => resolve()).on('error', reject);
  zip.end();
});

const rssBefore = process.memoryUsage().rss;
const dataDir = path.join(root, 'data');
const backend = openBackend(dataDir, 'cli', 'en-US');
t = performance.now();
const read = await readPackAt(zipPath, { storeMediaIn: dataDir });
const readMs = performance.now() - t;
if (!read.ok) throw new Error(JSON.stringify(read.problems));
t = performance.now();
installPack(backend.ctx, read);
const installMs = performance.now() - t;
backend.db.pragma('wal_checkpoint(TRUNCATE)');
const dbBytes = fs.statSync(path.join(dataDir, 'naskah.db')).size;
backend.close();

const MiB = 1024 * 1024;
console.log(`pack with a ${mib} MiB video (zip, stored):`);
console.log(`  files[] hash of the folder       ${(hashMs / 1000).toFixed(1)} s`);
console.log(`  read + check + store (streamed)   ${(readMs / 1000).toFixed(1)} s  (${(mib / (readMs / 1000)).toFixed(0)} MiB/s)`);
console.log(`  install transaction               ${installMs.toFixed(0)} ms`);
console.log(`  naskah.db after install           ${(dbBytes / MiB).toFixed(2)} MiB`);
console.log(`  peak RSS                          ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (at start of import: ${(rssBefore / MiB).toFixed(0)} MiB)`);
fs.rmSync(root, { recursive: true, force: true });
