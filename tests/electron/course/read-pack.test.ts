/**
 * The pack readers against valid and hostile packs built here: each refusal names the file and
 * the rule, nothing is inflated beyond its cap, and the folder and zip readers agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { locateJsonPaths } from '../../../shared/course/json-error.ts';
import { readFolderPack } from '../../../electron/course/read-folder-pack.ts';
import { readPackAt, readPackBytes } from '../../../electron/course/read-pack.ts';
import type { PackProblem } from '../../../electron/course/pack-problems.ts';
import { FILES, packEntries, packFolder, rawZip, sha } from './pack-fixture.ts';

// The real json-error module, its calls recorded: how many times course.json is scanned for lines.
vi.mock('../../../shared/course/json-error.ts', { spy: true });

async function problemsOf(bytes: Buffer): Promise<PackProblem[]> {
  const read = await readPackBytes(bytes);
  expect(read.ok).toBe(false);
  return read.ok ? [] : read.problems;
}

describe('pack readers', () => {
  it('reads a valid folder and the same pack zipped, with every file verified', async () => {
    const folder = await readFolderPack(packFolder());
    expect(folder.ok).toBe(true);
    const zipped = await readPackBytes(await rawZip(packEntries()));
    expect(zipped.ok).toBe(true);
    if (!folder.ok || !zipped.ok) return;
    expect([...zipped.value.files.keys()].sort()).toEqual(Object.keys(FILES).sort());
    expect(zipped.value.files.get('lessons/format.id.md')!.toString()).toBe(FILES['lessons/format.id.md']);
    expect(zipped.value.manifest).toEqual(folder.value.manifest);
  });

  it('refuses zip slip, absolute paths and drive letters by name', async () => {
    for (const name of ['../evil.md', 'lessons/../../evil.md', '/etc/evil.md', 'C:/evil.md', 'C:\\evil.md']) {
      const problems = await problemsOf(await rawZip([...packEntries(), { name, data: 'x' }]).catch(() => rawZipUnsafe(name)));
      expect(problems.length, name).toBeGreaterThan(0);
      expect(problems.map((p) => p.code).join(), name).toMatch(/unsafe_path|path_parent|path_absolute|path_drive|path_backslash|not_zip/);
    }
  });

  it('refuses a symlink entry, an unlisted file and a missing file', async () => {
    const link = await problemsOf(await rawZip([...packEntries(), { name: 'lessons/link.md', data: '/etc/passwd', mode: 0o120777 }]));
    expect(link).toContainEqual({ code: 'pack.symlink', params: { file: 'lessons/link.md' } });
    const extra = await problemsOf(await rawZip([...packEntries(), { name: 'lessons/extra.md', data: '# extra' }]));
    expect(extra).toContainEqual({ code: 'pack.unlisted_file', params: { file: 'lessons/extra.md' } });
    const missing = await problemsOf(await rawZip(packEntries().filter((e) => e.name !== 'templates/scene.fountain')));
    expect(missing).toContainEqual({ code: 'pack.missing_file', params: { file: 'templates/scene.fountain' } });
  });

  it('refuses a changed file by its hash, and a fake image by its content', async () => {
    const tampered = packEntries().map((e) => (e.name === 'lessons/format.en.md' ? { ...e, data: FILES['lessons/format.en.md'].replace('minute', 'MINUTE') } : e));
    expect(await problemsOf(await rawZip(tampered))).toEqual([{ code: 'pack.hash_mismatch', params: { file: 'lessons/format.en.md' } }]);

    const exe = Buffer.from('MZ\x90\x00 not an image');
    const dir = packFolder((files, manifest) => {
      files['img/still.png'] = exe;
      (manifest.files as unknown[]).push({ path: 'img/still.png', sha256: sha(exe), size: exe.length });
    });
    const read = await readFolderPack(dir);
    expect(read.ok ? [] : read.problems).toEqual([{ code: 'pack.wrong_content', params: { file: 'img/still.png' } }]);
  });

  it('refuses a zip bomb from the central directory, before inflating it', async () => {
    const bomb = Buffer.alloc(15 * 1024 * 1024, 0x41);
    const problems = await problemsOf(await rawZip([...packEntries(), { name: 'lessons/bomb.md', data: bomb }]));
    expect(problems[0].code).toBe('pack.zip_bomb');
    expect(problems[0].params.file).toBe('lessons/bomb.md');
  });

  it('refuses an entry that lies about its size while inflating (cap = declared size)', async () => {
    // course.json declares 3 bytes fewer than the real file: the size check catches it first.
    const entries = packEntries();
    const manifest = JSON.parse(entries[0].data as string);
    manifest.files[0].size -= 3;
    entries[0] = { name: 'course.json', data: JSON.stringify(manifest) };
    const problems = await problemsOf(await rawZip(entries));
    expect(problems[0].code).toBe('pack.size_mismatch');
  });

  it('refuses truncated zips, non-zips, invalid JSON and an unknown schema with a reason', async () => {
    const good = await rawZip(packEntries());
    expect((await problemsOf(good.subarray(0, good.length - 30)))[0].code).toMatch(/not_zip|corrupt_zip/);
    expect((await problemsOf(Buffer.from('hello')))[0].code).toBe('pack.not_zip');
    const badJson = await problemsOf(await rawZip([{ name: 'course.json', data: '{"schema": "naskah.course/1",\n  "id": }' }]));
    expect(badJson[0]).toMatchObject({ code: 'course.invalid_json', params: { file: 'course.json', line: 2 } });
    const unknown = await problemsOf(await rawZip([{ name: 'course.json', data: JSON.stringify({ schema: 'other/9' }) }]));
    expect(unknown[0].code).toBe('course.unknown_schema');
    expect((await problemsOf(await rawZip([{ name: 'lessons/a.md', data: '#' }])))[0].code).toBe('pack.missing_manifest');
  });

  it('skips what the OS and zip tools add (.DS_Store, __MACOSX/), in folders and zips alike', async () => {
    const dir = packFolder();
    fs.writeFileSync(path.join(dir, '.DS_Store'), 'junk');
    fs.writeFileSync(path.join(dir, 'lessons', '.DS_Store'), 'junk');
    const folder = await readFolderPack(dir);
    expect(folder.ok).toBe(true);
    const zipped = await readPackBytes(await rawZip([...packEntries(), { name: '__MACOSX/lessons/._format.en.md', data: 'junk' }, { name: 'lessons/.DS_Store', data: 'junk' }]));
    expect(zipped.ok).toBe(true);
    if (zipped.ok) expect([...zipped.value.files.keys()].sort()).toEqual(Object.keys(FILES).sort());
  });

  it('counts files, not the twins zip tools add, against the file limit', async () => {
    const many = Array.from({ length: 502 }, (_, i) => ({ name: `lessons/x${i}.md`, data: '#' }));
    const refused = await problemsOf(await rawZip([...packEntries(), ...many]));
    expect(refused).toEqual([{ code: 'pack.too_many_files', params: { count: 502, limit: 500 } }]);
    const twins = Object.keys(FILES).map((name) => ({ name: `__MACOSX/${name.replace(/[^/]+$/, (b) => `._${b}`)}`, data: 'x' }));
    expect((await readPackBytes(await rawZip([...packEntries(), ...twins]))).ok).toBe(true);
  });

  it('refuses a symlink inside a pack folder', async () => {
    const dir = packFolder();
    fs.symlinkSync('/etc/passwd', path.join(dir, 'lessons', 'passwd.md'));
    const read = await readPackAt(dir);
    expect(read.ok ? [] : read.problems).toEqual([{ code: 'pack.symlink', params: { file: 'lessons/passwd.md' } }]);
  });

  it('reports every manifest problem at once, attributed to course.json', async () => {
    const dir = packFolder(undefined, { version: 'one', revision: 0 });
    const read = await readFolderPack(dir);
    const codes = read.ok ? [] : read.problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['course.invalid_version', 'course.number_too_small']));
    expect(read.ok ? [] : read.problems.every((p) => p.params.file === 'course.json')).toBe(true);
  });
});

describe('a manifest with thousands of problems', () => {
  it('lists the first hundred with their lines, counts the rest, and scans course.json for lines once', async () => {
    const lessons = Array.from({ length: 100 }, (_, i) => ({ id: `Bad ${i}`, title: { en: 'x', id: 'x' }, file: {} }));
    const modules = Array.from({ length: 100 }, (_, m) => ({ id: `m${m}`, title: { en: 'x', id: 'x' }, lessons }));
    const text = JSON.stringify({ schema: 'naskah.course/1', id: 'org.x.y', version: '1.0.0', revision: 1, title: { en: 'x', id: 'x' }, description: { en: 'x', id: 'x' }, languages: ['en'], publisher: 'x', license: 'x', minAppVersion: '0.1.0', modules, files: [] });
    vi.mocked(locateJsonPaths).mockClear();
    const problems = await problemsOf(await rawZip([{ name: 'course.json', data: text }]));
    expect(problems.length, JSON.stringify(problems[0])).toBe(101);
    expect(problems[0].params).toMatchObject({ file: 'course.json', line: expect.any(Number), column: expect.any(Number) });
    expect(problems[100]).toEqual({ code: 'pack.more_problems', params: { count: expect.any(Number), file: 'course.json' } });
    expect(Number(problems[100].params.count)).toBeGreaterThan(9_000);
    // Steps, not seconds (bench:limits has the time): this took minutes when each problem rescanned
    // the text. Now one scan locates every listed problem, and only the listed hundred are looked for.
    expect(locateJsonPaths).toHaveBeenCalledTimes(1);
    expect(vi.mocked(locateJsonPaths).mock.calls[0][1]).toHaveLength(100);
  });
});

/** yazl refuses unsafe names itself, so such zips are patched by hand: same-length name swap. */
async function rawZipUnsafe(name: string): Promise<Buffer> {
  const placeholder = 'x'.repeat(name.length);
  const zip = await rawZip([...packEntries(), { name: placeholder, data: 'x' }]);
  const from = Buffer.from(placeholder);
  const to = Buffer.from(name);
  let at = zip.indexOf(from);
  while (at !== -1) {
    to.copy(zip, at);
    at = zip.indexOf(from, at + 1);
  }
  return zip;
}
