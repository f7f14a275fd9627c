/**
 * Media in a pack, end to end below the UI: a video and its subtitles are verified while they
 * stream (folder and zip), installed with the video in the content-addressed file store and only
 * a row (hash, size, no bytes) in SQLite; hostile media — a polyglot, a renamed file, a lying
 * size — are refused naming the file, with nothing stored and the installed revision untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPackAt, readPackBytes } from '../../../electron/course/read-pack.ts';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { installPack } from '../../../electron/services/course-install.ts';
import { getPack } from '../../../electron/store/course.ts';
import { GRACE_MS, mediaDir, mediaFilePath, sweepMediaFiles } from '../../../electron/store/media-files.ts';
import { storedMediaHashes } from '../../../electron/store/course.ts';
import { tempDataDir } from '../temp.ts';
import { FILES, manifestFor, packFolder, rawZip, sha } from './pack-fixture.ts';

const VIDEO = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/media/cut.mp4'));
const VTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n';

/** The fixture pack with a video lesson; `video` replaces the video's bytes (the manifest lists what is given). */
function mediaFiles(video: Buffer = VIDEO): Record<string, string | Buffer> {
  return { ...FILES, 'media/cut.mp4': video, 'media/cut.en.vtt': VTT };
}

function mediaManifest(files: Record<string, string | Buffer>, revision = 1) {
  const m = manifestFor(files, { revision }) as ReturnType<typeof manifestFor> & { modules: { lessons: Record<string, unknown>[] }[] };
  m.modules[0].lessons[0].media = { file: 'media/cut.mp4', subtitles: { en: 'media/cut.en.vtt' } };
  return m;
}

function folderWith(files: Record<string, string | Buffer>, manifest: unknown): string {
  return packFolder((f, m) => {
    for (const k of Object.keys(f)) delete f[k];
    Object.assign(f, files);
    for (const k of Object.keys(m)) delete m[k];
    Object.assign(m, manifest);
  });
}

const storedFiles = (dataDir: string) => (fs.existsSync(mediaDir(dataDir)) ? fs.readdirSync(mediaDir(dataDir), { recursive: true }).map(String).filter((n) => /[0-9a-f]{64}$/.test(n)) : []);

let backend: Backend | undefined;
afterEach(() => {
  backend?.close();
  backend = undefined;
});

describe('media in course packs', () => {
  it('installs a video into the media file store and only its hash and size into SQLite', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const files = mediaFiles();
    const read = await readPackAt(folderWith(files, mediaManifest(files)), { storeMediaIn: backend.ctx.dataDir });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([...read.value.streamed.keys()]).toEqual(['media/cut.mp4']);
    expect(read.value.files.has('media/cut.mp4')).toBe(false);
    installPack(backend.ctx, read);
    const row = backend.db.prepare("SELECT sha256, size, data FROM course_files WHERE path = 'media/cut.mp4'").get() as { sha256: string; size: number; data: Buffer | null };
    expect(row).toEqual({ sha256: sha(VIDEO), size: VIDEO.length, data: null });
    expect(fs.readFileSync(mediaFilePath(backend.ctx.dataDir, sha(VIDEO))).equals(VIDEO)).toBe(true);
    // Subtitles are small text: they stay in the row.
    const vtt = backend.db.prepare("SELECT data FROM course_files WHERE path = 'media/cut.en.vtt'").get() as { data: Buffer };
    expect(vtt.data.toString()).toBe(VTT);
    // The hosts serve it through the range module's source.
    const source = backend.media('id.naskah.test-pack', 'media/cut.mp4');
    expect([source.size, source.contentType]).toEqual([VIDEO.length, 'video/mp4']);
    const chunks: Buffer[] = [];
    for await (const c of source.stream({ start: 100, end: 199 })) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(VIDEO.subarray(100, 200))).toBe(true);
    expect(() => backend!.media('id.naskah.test-pack', 'media/other.mp4')).toThrow(/pack.unknown_file/);
  });

  it('reads the same pack zipped, streaming the video out of the archive', async () => {
    const dataDir = tempDataDir();
    const files = mediaFiles();
    const zip = await rawZip([{ name: 'course.json', data: JSON.stringify(mediaManifest(files)) }, ...Object.entries(files).map(([name, data]) => ({ name, data, compress: false }))]);
    const read = await readPackBytes(zip, { storeMediaIn: dataDir });
    expect(read.ok && [...read.value.streamed.keys()]).toEqual(['media/cut.mp4']);
    expect(storedFiles(dataDir)).toHaveLength(1);
  });

  const ZIP_TAIL = Buffer.from('PK\u0003\u0004 a second file glued on', 'latin1');
  const HOSTILE: [string, Buffer, string][] = [
    ['a polyglot (a zip glued after the MP4)', Buffer.concat([VIDEO, ZIP_TAIL]), 'media.trailing_data'],
    ['an HTML page named .mp4', Buffer.from('<!doctype html><script>fetch("/api/")</script>'), 'media.wrong_magic'],
    ['an MP4 cut short', VIDEO.subarray(0, VIDEO.length - 1000), 'media.truncated'],
  ];
  for (const [what, bytes, code] of HOSTILE) {
    it(`refuses ${what}, naming the file, storing nothing and keeping the installed revision`, async () => {
      backend = openBackend(tempDataDir(), 'cli', 'en-US');
      const good = mediaFiles();
      installPack(backend.ctx, await readPackAt(folderWith(good, mediaManifest(good)), { storeMediaIn: backend.ctx.dataDir }));
      const before = storedFiles(backend.ctx.dataDir);
      const bad = mediaFiles(bytes);
      const read = await readPackAt(folderWith(bad, mediaManifest(bad, 2)), { storeMediaIn: backend.ctx.dataDir });
      expect(read.ok ? [] : read.problems).toEqual([{ code, params: { file: 'media/cut.mp4', format: 'MP4' } }]);
      expect(() => installPack(backend!.ctx, read)).toThrow(code);
      expect(getPack(backend.db, 'id.naskah.test-pack')?.revision).toBe(1);
      expect(storedFiles(backend.ctx.dataDir)).toEqual(before);
      expect(fs.readdirSync(mediaDir(backend.ctx.dataDir)).filter((n) => n.startsWith('.incoming'))).toEqual([]);
    });
  }

  it('refuses a video whose declared size is smaller than the file (a lying size) before reading it', async () => {
    const files = mediaFiles();
    const manifest = mediaManifest(files);
    (manifest.files as { path: string; size: number }[]).find((f) => f.path === 'media/cut.mp4')!.size = 1000;
    const read = await readPackAt(folderWith(files, manifest));
    expect(read.ok ? [] : read.problems).toEqual([{ code: 'pack.size_mismatch', params: { file: 'media/cut.mp4', declared: 1000, actual: VIDEO.length } }]);
  });

  it('refuses broken subtitles with the line, and sweeps media no pack refers to once they are old enough', async () => {
    const files = { ...mediaFiles(), 'media/cut.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:00.000\nx\n' };
    const read = await readPackAt(folderWith(files, mediaManifest(files)));
    expect(read.ok ? [] : read.problems).toEqual([{ code: 'media.vtt_cue_empty_time', params: { file: 'media/cut.en.vtt', line: 3 } }]);

    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const good = mediaFiles();
    installPack(backend.ctx, await readPackAt(folderWith(good, mediaManifest(good)), { storeMediaIn: backend.ctx.dataDir }));
    expect(sweepMediaFiles(backend.ctx.dataDir, storedMediaHashes(backend.db), Date.now() + 2 * GRACE_MS)).toBe(0);
    await backend.handlers['course.remove']({ packId: 'id.naskah.test-pack' });
    expect(storedFiles(backend.ctx.dataDir)).toHaveLength(1); // within the grace period
    expect(sweepMediaFiles(backend.ctx.dataDir, storedMediaHashes(backend.db), Date.now() + 2 * GRACE_MS)).toBe(1);
    expect(storedFiles(backend.ctx.dataDir)).toEqual([]);
  });
});
