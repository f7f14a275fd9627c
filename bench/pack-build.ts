/**
 * `naskah pack build` of a folder with large media: the command's peak RSS and CPU time, measured
 * by /usr/bin/time -v around the CLI (a child process, so nothing of this script counts). The
 * media are synthetic but well-formed for the structure check (ftyp, moov, then one mdat), split
 * over several videos the way a course holds them. Prints figures, never fails:
 *
 *   node bench/pack-build.ts [MiB of media] [--bin path/to/bin/naskah.mjs]
 *
 * `--bin` runs another checkout's CLI on the same folder (a before/after comparison).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { bin: { type: 'string' } } });
const mib = Number(positionals[0] ?? 500);
const bin = path.resolve(values.bin ?? path.join(import.meta.dirname, '..', 'bin', 'naskah.mjs'));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-bench-pack-build-'));
const folder = path.join(root, 'pack');
fs.mkdirSync(path.join(folder, 'media'), { recursive: true });
fs.mkdirSync(path.join(folder, 'lessons'), { recursive: true });

function box(type: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + payload.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, payload]);
}

function writeVideo(file: string, bytes: number, fill: number): void {
  const fd = fs.openSync(file, 'w');
  const head = Buffer.concat([box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1')), box('moov', Buffer.alloc(64))]);
  fs.writeSync(fd, head);
  const mdat = bytes - head.length - 8;
  const mdatHead = Buffer.alloc(8);
  mdatHead.writeUInt32BE(8 + mdat);
  mdatHead.write('mdat', 4, 'latin1');
  fs.writeSync(fd, mdatHead);
  const chunk = Buffer.alloc(8 * 1024 * 1024, fill);
  for (let left = mdat; left > 0; left -= chunk.length) fs.writeSync(fd, chunk, 0, Math.min(chunk.length, left));
  fs.closeSync(fd);
}

const videos = Math.max(1, Math.ceil(mib / 128));
const lessons = [];
for (let i = 0; i < videos; i++) {
  writeVideo(path.join(folder, 'media', `part-${i + 1}.mp4`), Math.floor((mib * 1024 * 1024) / videos), 0x41 + i);
  fs.writeFileSync(path.join(folder, 'lessons', `part-${i + 1}.md`), `# Part ${i + 1}\n\nWatch it.\n`);
  lessons.push({ id: `part-${i + 1}`, title: { en: `Part ${i + 1}`, id: `Bagian ${i + 1}` }, file: { en: `lessons/part-${i + 1}.md` }, media: { file: `media/part-${i + 1}.mp4` } });
}
const manifest = {
  schema: 'naskah.course/1',
  id: 'org.naskah.bench-pack-build',
  version: '1.0.0',
  revision: 1,
  title: { en: 'Bench', id: 'Bench' },
  description: { en: 'Large media.', id: 'Media besar.' },
  languages: ['en'],
  publisher: 'bench',
  license: 'CC0',
  minAppVersion: '0.1.0',
  modules: [{ id: 'm', title: { en: 'M', id: 'M' }, lessons }],
  files: [],
};
fs.writeFileSync(path.join(folder, 'course.json'), JSON.stringify(manifest, null, 2) + '\n');
// files[] filled once, so the measured build only zips.
execFileSync(process.execPath, [bin, 'pack', 'files', folder], { stdio: 'ignore' });

const out = path.join(root, 'bench.naskahpack');
const run = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'pack', 'build', folder, '-o', out], { encoding: 'utf8' });
const field = (name: string) => run.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim() ?? '?';
const rssMiB = Number(field('Maximum resident set size \\(kbytes\\)')) / 1024;
console.log(`naskah pack build, ${videos} videos, ${mib} MiB of media (${bin}):`);
console.log(`  exit ${run.status}; pack ${fs.existsSync(out) ? (fs.statSync(out).size / 1024 / 1024).toFixed(1) : '—'} MiB`);
console.log(`  peak RSS        ${rssMiB.toFixed(0)} MiB`);
console.log(`  user + system   ${field('User time \\(seconds\\)')} s + ${field('System time \\(seconds\\)')} s; wall ${field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')}`);
if (run.status !== 0) console.log(run.stdout + run.stderr);
fs.rmSync(root, { recursive: true, force: true });
