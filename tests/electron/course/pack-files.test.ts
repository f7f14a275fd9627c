import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listPackFiles } from '../../../electron/course/pack-files.ts';
import { validateManifest } from '../../../shared/course/manifest.ts';
import { AppError } from '../../../shared/errors.ts';
import { tempDataDir } from '../temp.ts';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = tempDataDir('naskah-pack-');
  dirs.push(dir);
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), body);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('listPackFiles', () => {
  it('lists files sorted by path with hash and size, skipping course.json and dot-files', () => {
    const dir = folder({ 'course.json': '{}', 'lessons/b.md': 'bé', 'lessons/a.md': 'a', 'A.md': 'upper', '.DS_Store': 'x', 'starters/s.fountain': 'INT. A - DAY' });
    expect(listPackFiles(dir)).toEqual([
      { path: 'A.md', sha256: sha('upper'), size: 5 },
      { path: 'lessons/a.md', sha256: sha('a'), size: 1 },
      { path: 'lessons/b.md', sha256: sha('bé'), size: Buffer.byteLength('bé') },
      { path: 'starters/s.fountain', sha256: sha('INT. A - DAY'), size: 12 },
    ]);
  });

  it('refuses symbolic links instead of following them', () => {
    const outside = folder({ 'secret.md': 'private' });
    const dir = folder({ 'lessons/a.md': 'a' });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'lessons/link.md'));
    expect(() => listPackFiles(dir)).toThrow(AppError);
    expect(() => listPackFiles(dir)).toThrow(expect.objectContaining({ code: 'course.pack_symlink', params: { path: 'files', file: 'lessons/link.md' } }));
  });

  it('refuses file types a pack may not carry', () => {
    const dir = folder({ 'lessons/a.md': 'a', 'tools/run.exe': 'MZ' });
    expect(() => listPackFiles(dir)).toThrow(expect.objectContaining({ code: 'course.path_extension', params: { path: 'files', file: 'tools/run.exe' } }));
  });

  it('produces a files[] that the manifest schema accepts', () => {
    const dir = folder({ 'lessons/a.en.md': '# A', 'lessons/a.id.md': '# A' });
    const manifest = {
      schema: 'naskah.course/1',
      id: 'org.example.tiny',
      version: '1.0.0',
      revision: 1,
      title: { en: 'T', id: 'T' },
      description: { en: 'D', id: 'D' },
      languages: ['en', 'id'],
      publisher: 'P',
      license: 'L',
      minAppVersion: '0.1.0',
      modules: [{ id: 'm', title: { en: 'M', id: 'M' }, lessons: [{ id: 'a', title: { en: 'A', id: 'A' }, file: { en: 'lessons/a.en.md', id: 'lessons/a.id.md' } }] }],
      files: listPackFiles(dir),
    };
    expect(validateManifest(manifest).ok).toBe(true);
  });
});
