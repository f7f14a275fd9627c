/**
 * Builds course packs for tests: a small valid pack as a folder (files hashed into course.json),
 * and zips of it or of anything else — including hostile zips made by hand with yazl.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { tempDataDir } from '../temp.ts';

export const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export const FILES: Record<string, string> = {
  'lessons/format.en.md': '# Screenplay format\n\nA page is about a minute of screen time.\n',
  'lessons/format.id.md': '# Format skenario\n\nSatu halaman kira-kira satu menit di layar.\n',
  'templates/scene.fountain': 'INT. WARUNG - MALAM\n\nHujan turun.\n',
};

export function manifestFor(files: Record<string, string | Buffer>, over: Record<string, unknown> = {}) {
  return {
    schema: 'naskah.course/1',
    id: 'id.naskah.test-pack',
    version: '1.0.0',
    revision: 1,
    title: { en: 'Test course', id: 'Kursus uji' },
    description: { en: 'For tests.', id: 'Untuk pengujian.' },
    languages: ['en', 'id'],
    publisher: 'Naskah tests',
    license: 'CC-BY-4.0',
    minAppVersion: '0.1.0',
    modules: [
      {
        id: 'basics',
        title: { en: 'Basics', id: 'Dasar' },
        lessons: [{ id: 'format', title: { en: 'Format', id: 'Format' }, file: { en: 'lessons/format.en.md', id: 'lessons/format.id.md' } }],
        exercises: [
          {
            id: 'first-scene',
            title: { en: 'First scene', id: 'Adegan pertama' },
            prompt: { en: 'Write a scene at night.', id: 'Tulis adegan malam hari.' },
            starter: 'templates/scene.fountain',
            completion: 'checks_passed',
            checks: [{ kind: 'scenes', id: 'two-scenes', min: 2 }],
          },
        ],
      },
    ],
    files: Object.entries(files).map(([p, data]) => ({ path: p, sha256: sha(data), size: Buffer.byteLength(data) })),
    ...over,
  };
}

/** A valid pack folder; `edit` may change the manifest or the files before they are written. */
export function packFolder(edit?: (files: Record<string, string | Buffer>, manifest: Record<string, unknown>) => void, over: Record<string, unknown> = {}): string {
  const dir = path.join(tempDataDir(), 'pack');
  const files: Record<string, string | Buffer> = { ...FILES };
  const manifest = manifestFor(files, over) as Record<string, unknown>;
  edit?.(files, manifest);
  for (const [p, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), data);
  }
  fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

export interface RawEntry {
  name: string;
  data: Buffer | string;
  /** Unix mode bits for externalFileAttributes (e.g. 0o120777 for a symlink). */
  mode?: number;
  compress?: boolean;
}

/** A zip written entry by entry, with no checks at all (yazl refuses only its own invalid names). */
export function rawZip(entries: RawEntry[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    for (const e of entries) zip.addBuffer(Buffer.from(e.data), e.name, { mode: e.mode, compress: e.compress ?? true });
    zip.end();
  });
}

/** The valid pack as zip entries: course.json plus its files. */
export function packEntries(over: Record<string, unknown> = {}): RawEntry[] {
  return [{ name: 'course.json', data: JSON.stringify(manifestFor(FILES, over)) }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))];
}
