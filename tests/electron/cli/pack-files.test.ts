/**
 * naskah pack files DIR [--check], and pack build filling files[] itself (issue 13, deliver 9):
 * only course.json's files[] changes — every other byte stays as the author wrote it — a stale
 * signature is called out, and a course.json that cannot be read is named with its line and
 * column and left untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { topLevelMemberSpan } from '../../../shared/course/json-member-span.ts';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

const SAMPLE = path.join(REPO_ROOT, 'assets', 'course-sample');

function copySample(): string {
  const dir = path.join(tempDataDir(), 'pack');
  fs.cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** course.json without its files[] value: what must not change. */
function outsideFiles(text: string): [string, string] {
  const span = topLevelMemberSpan(text, 'files')!;
  return [text.slice(0, span.valueStart), text.slice(span.valueEnd)];
}

describe('naskah pack files', () => {
  it('rewrites only files[] after a lesson changes, says the signature must be renewed, and --check agrees', async () => {
    const dir = copySample();
    const manifestFile = path.join(dir, 'course.json');
    // A hand-laid-out manifest: the rewrite must keep this spacing.
    const original = fs.readFileSync(manifestFile, 'utf8').replace(/"revision": (\d+),/, '"revision":    $1,');
    fs.writeFileSync(manifestFile, original);
    fs.appendFileSync(path.join(dir, 'lessons', 'format-page.en.md'), '\nOne more line.\n');

    const stale = await naskah(['pack', 'files', dir, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('files[] is out of date');
    expect(fs.readFileSync(manifestFile, 'utf8')).toBe(original);

    const r = await naskah(['pack', 'files', dir]);
    expect(r.stdout).toMatch(/course\.json: files\[\] updated \(\d+ files\)\./);
    expect(r.stderr).toContain('course.sig no longer matches course.json');
    const updated = fs.readFileSync(manifestFile, 'utf8');
    expect(outsideFiles(updated)).toEqual(outsideFiles(original));
    const entry = (JSON.parse(updated) as { files: { path: string; size: number }[] }).files.find((f) => f.path === 'lessons/format-page.en.md')!;
    expect(entry.size).toBe(fs.statSync(path.join(dir, 'lessons', 'format-page.en.md')).size);
    expect(r.code).toBe(0);

    const again = await naskah(['pack', 'files', dir, '--check']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toContain('files[] is up to date');
  });

  it('lists a new file and drops a removed one; pack build does the same before it builds', async () => {
    const dir = copySample();
    fs.rmSync(path.join(dir, 'course.sig'));
    const manifestFile = path.join(dir, 'course.json');
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    delete m.publisherKey;
    delete m.mentors;
    fs.writeFileSync(manifestFile, JSON.stringify(m, null, 2) + '\n');
    const listed = () => (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { files: { path: string }[] }).files.map((f) => f.path);
    fs.writeFileSync(path.join(dir, 'starters', 'old.fountain'), 'INT. RUMAH - MALAM\n');
    expect((await naskah(['pack', 'files', dir])).code).toBe(0);
    expect(listed()).toContain('starters/old.fountain');

    fs.rmSync(path.join(dir, 'starters', 'old.fountain'));
    fs.writeFileSync(path.join(dir, 'starters', 'new.fountain'), 'EXT. PASAR - PAGI\n');
    const out = path.join(dir, '..', 'built.naskahpack');
    const built = await naskah(['pack', 'build', dir, '-o', out]);
    expect(built.stdout).toMatch(/files\[\] updated/);
    expect(built.code).toBe(0);
    expect(listed()).toContain('starters/new.fountain');
    expect(listed()).not.toContain('starters/old.fountain');
    expect((await naskah(['pack', 'validate', out])).code).toBe(0);

    // Built again with nothing changed: course.json is not touched and the bytes are the same.
    const text = fs.readFileSync(manifestFile, 'utf8');
    const second = path.join(dir, '..', 'again.naskahpack');
    const rebuilt = await naskah(['pack', 'build', dir, '-o', second]);
    expect(rebuilt.stdout).not.toMatch(/files\[\] updated/);
    expect(fs.readFileSync(manifestFile, 'utf8')).toBe(text);
    expect(fs.readFileSync(second).equals(fs.readFileSync(out))).toBe(true);
  });

  it('names a broken course.json with its line and column and leaves it as it was', async () => {
    const dir = copySample();
    const manifestFile = path.join(dir, 'course.json');
    const broken = fs.readFileSync(manifestFile, 'utf8').replace(/"revision": (\d+),/, '"revision": $1,,');
    fs.writeFileSync(manifestFile, broken);
    const r = await naskah(['pack', 'files', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^naskah: course\.json:5:\d+: course\.json is not valid JSON/);
    expect(fs.readFileSync(manifestFile, 'utf8')).toBe(broken);

    const latin1 = Buffer.concat([Buffer.from('{"title": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    fs.writeFileSync(manifestFile, latin1);
    const notUtf8 = await naskah(['pack', 'files', dir]);
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.stderr).toContain('not UTF-8');
    expect(fs.readFileSync(manifestFile).equals(latin1)).toBe(true);
  });

  it('puts a problem about a lesson at its place in course.json, naming the lesson in the message', async () => {
    const dir = copySample();
    const manifestFile = path.join(dir, 'course.json');
    const text = fs.readFileSync(manifestFile, 'utf8');
    const first = (JSON.parse(text) as { modules: { lessons: { file: { en: string } }[] }[] }).modules[0].lessons[0].file.en;
    fs.writeFileSync(manifestFile, text.replace(`"${first}"`, '"lessons/missing.en.md"'));
    const r = await naskah(['pack', 'validate', dir]);
    expect(r.code).toBe(1);
    const line = text.slice(0, text.indexOf(`"${first}"`)).split('\n').length;
    expect(r.stderr).toMatch(new RegExp(`^naskah: course\\.json:${line}:\\d+: .*lessons/missing\\.en\\.md`, 'm'));
    expect(r.stderr).not.toMatch(/^naskah: lessons\/missing\.en\.md:\d/m);
  });
});
