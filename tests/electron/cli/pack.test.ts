/**
 * naskah pack validate | build | import | list (contract 1), in process with a captured console:
 * the sample pack validates and builds byte-identically twice; problems are one line each with
 * course.json:line:column; a refused import exits 1 and leaves the library exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../electron/host.ts';
import { tempDataDir } from '../temp.ts';
import { naskah } from './run.ts';

const SAMPLE = path.join(REPO_ROOT, 'assets', 'course-sample');

async function run(args: string[], dataDir = tempDataDir()) {
  const r = await naskah(args, { NASKAH_DATA_DIR: dataDir });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('naskah pack', () => {
  it('validates the sample pack and builds it byte-identically twice', async () => {
    const valid = await run(['pack', 'validate', SAMPLE]);
    expect(valid).toMatchObject({ code: 0, err: '' });
    expect(valid.out).toMatch(/^Valid course pack org\.naskah\.dasar-skenario 1\.1\.0 \(revision 3\), \d+ files\.\nSigned by the publisher key 0C2B 6B6B DFEF 1D9C; mentors listed: 1\. \(DEMO key/);
    const dir = tempDataDir();
    const a = path.join(dir, 'a.naskahpack');
    const b = path.join(dir, 'b.naskahpack');
    expect((await run(['pack', 'build', SAMPLE, '-o', a])).code).toBe(0);
    expect((await run(['pack', 'build', SAMPLE, '-o', b])).code).toBe(0);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    expect((await run(['pack', 'validate', a])).code).toBe(0);
  });

  it('prints one line per problem with the place in course.json, and builds nothing', async () => {
    const dir = path.join(tempDataDir(), 'pack');
    fs.cpSync(SAMPLE, dir, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'course.json'), 'utf8'));
    manifest.version = 'one';
    manifest.modules[0].lessons[0].id = 'Bad Id';
    fs.writeFileSync(path.join(dir, 'course.json'), JSON.stringify(manifest, null, 2));
    const out = path.join(dir, '..', 'x.naskahpack');
    const r = await run(['pack', 'build', dir, '-o', out]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^naskah: course\.json:4:3: version: "one"/);
    expect(lines[1]).toMatch(/^naskah: course\.json:\d+:\d+: modules\[0\]\.lessons\[0\]\.id: "Bad Id"/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('imports into the data directory, lists it, and a refused import changes nothing', async () => {
    const data = tempDataDir();
    const installed = await run(['pack', 'import', SAMPLE], data);
    expect(installed).toMatchObject({ code: 0, out: 'Installed org.naskah.dasar-skenario 1.1.0 (revision 3).\n' });
    expect((await run(['pack', 'import', SAMPLE], data)).out).toContain('already installed');
    const before = fs.readFileSync(path.join(data, 'naskah.db'));

    const broken = path.join(tempDataDir(), 'broken');
    fs.cpSync(SAMPLE, broken, { recursive: true });
    const lesson = fs.readdirSync(path.join(broken, 'lessons'))[0];
    fs.appendFileSync(path.join(broken, 'lessons', lesson), '\nchanged');
    const refused = await run(['pack', 'import', broken], data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`lessons/${lesson}`);
    expect(fs.readFileSync(path.join(data, 'naskah.db')).equals(before)).toBe(true);

    const list = JSON.parse((await run(['pack', 'list', '--json'], data)).out);
    expect(list).toEqual([expect.objectContaining({ id: 'org.naskah.dasar-skenario', version: '1.1.0', revision: 3, done: 0 })]);
  });
});
