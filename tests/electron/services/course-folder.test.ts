/**
 * Instructor services on an uploaded pack folder: check (problems with their place), build (the
 * same bytes as the CLI builder), preview (installed apart from the real pack), and hostile paths
 * refused before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { openBackend, REPO_ROOT, type Backend } from '../../../electron/host.ts';
import { readFolderPack } from '../../../electron/course/read-folder-pack.ts';
import { installPack, installPreview } from '../../../electron/services/course-install.ts';
import { packFolder } from '../course/pack-fixture.ts';
import { readPackBytes } from '../../../electron/course/read-pack.ts';
import { createKey } from '../../../electron/trust/key-store.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';

const SAMPLE = path.join(REPO_ROOT, 'assets', 'course-sample');
let backend: Backend;
afterEach(() => backend?.close());

/** The folder as the browser uploads it: paths prefixed with the folder's name. */
function upload(dir: string, edit?: (files: { path: string; content: string }[]) => void) {
  const files: { path: string; content: string }[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(r);
      else files.push({ path: `course-sample/${r}`, content: fs.readFileSync(path.join(dir, r)).toString('base64') });
    }
  };
  walk('');
  edit?.(files);
  return files;
}

describe('instructor folder services', () => {
  it('signs a build itself when its key store holds the publisher key, and refuses it unsigned otherwise', async () => {
    const data = tempDataDir();
    backend = openBackend(data, 'cli', 'en-US');
    const key = createKey(data, 'programme', 'publisher', 'Programme 2026');
    const files = upload(packFolder(undefined, { publisherKey: key.publicKey }));
    // The folder has no course.sig: the app holds the key course.json names, so it signs.
    const built = await backend.handlers['course.buildFolder']({ files });
    const read = await readPackBytes(Buffer.from(built.content, 'base64'));
    expect(read.ok && read.value.signers).toEqual([key.publicKey]);

    const other = openBackend(tempDataDir(), 'cli', 'en-US');
    try {
      await expect(other.handlers['course.buildFolder']({ files })).rejects.toMatchObject({ code: 'trust.pack_unsigned', params: { fingerprint: key.fingerprint } });
    } finally {
      other.close();
    }
  });

  it('checks, builds the same bytes as the CLI, and previews apart from the real pack', async () => {
    const data = tempDataDir();
    backend = openBackend(data, 'cli', 'en-US');
    const files = upload(SAMPLE);
    const check = await backend.handlers['course.checkFolder']({ files });
    expect(check).toMatchObject({ status: 'new', pack: { id: 'org.naskah.dasar-skenario' } });

    const built = await backend.handlers['course.buildFolder']({ files });
    expect(built.fileName).toBe('org.naskah.dasar-skenario-1.1.0.naskahpack');
    const cliOut = path.join(tempDataDir(), 'cli.naskahpack');
    expect(await main(['pack', 'build', SAMPLE, '-o', cliOut], { stdout: () => {}, stderr: () => {}, env: process.env, cwd: REPO_ROOT })).toBe(0);
    expect(Buffer.from(built.content, 'base64').equals(fs.readFileSync(cliOut))).toBe(true);

    const preview = await backend.handlers['course.previewFolder']({ files });
    expect(preview).toMatchObject({ id: 'org.naskah.dasar-skenario~preview', preview: true });
    await backend.handlers['course.install']({ fileName: 'p', content: built.content });
    const list = await backend.handlers['course.list']({});
    expect(list.map((p) => [p.id, p.preview]).sort()).toEqual([['org.naskah.dasar-skenario', false], ['org.naskah.dasar-skenario~preview', true]]);
    expect(fs.readdirSync(data).filter((n) => n.startsWith('.upload-'))).toEqual([]);
  });

  it('reports problems with their line, and refuses hostile paths without writing them', async () => {
    const data = tempDataDir();
    backend = openBackend(data, 'cli', 'en-US');
    const broken = upload(SAMPLE, (files) => {
      const m = files.find((f) => f.path.endsWith('/course.json'))!;
      const json = JSON.parse(Buffer.from(m.content, 'base64').toString());
      json.version = 'one';
      m.content = Buffer.from(JSON.stringify(json, null, 2)).toString('base64');
    });
    const check = await backend.handlers['course.checkFolder']({ files: broken });
    expect(check.status).toBe('refused');
    if (check.status !== 'refused') return;
    expect(check.problems[0]).toMatchObject({ code: 'course.invalid_version', params: { file: 'course.json', line: 4, column: 3 } });

    const hostile = [...upload(SAMPLE), { path: 'course-sample/../../escape.md', content: Buffer.from('x').toString('base64') }];
    const refused = await backend.handlers['course.checkFolder']({ files: hostile });
    expect(refused.status).toBe('refused');
    expect(fs.existsSync(path.join(data, '..', 'escape.md'))).toBe(false);
    await expect(backend.handlers['course.previewFolder']({ files: hostile })).rejects.toMatchObject({ code: 'course.path_parent' });
    expect(await backend.handlers['course.list']({})).toEqual([]);
  });

  it('keeps previews apart from every real pack, whatever its id, and can always open and remove them', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const longId = `org.${'x'.repeat(56)}`;
    // A real pack whose id happens to end in ".preview", at a high revision, with progress.
    const real = await readFolderPack(packFolder(undefined, { id: 'org.test.pack.preview', revision: 5 }));
    installPack(backend.ctx, real);
    await backend.handlers['course.record']({ packId: 'org.test.pack.preview', kind: 'lesson_completed', itemId: 'format' });
    installPreview(backend.ctx, await readFolderPack(packFolder(undefined, { id: 'org.test.pack', revision: 1 })));
    const long = installPreview(backend.ctx, await readFolderPack(packFolder(undefined, { id: longId })));
    const list = await backend.handlers['course.list']({});
    expect(list.map((p) => [p.id, p.revision, p.preview, p.done]).sort()).toEqual([
      ['org.test.pack.preview', 5, false, 1],
      ['org.test.pack~preview', 1, true, 0],
      [`${longId}~preview`, 1, true, 0],
    ]);
    const call = callerOf(() => backend);
    expect((await call('course.get', { packId: long.id })).manifest.id).toBe(long.id);
    await call('course.remove', { packId: long.id });
    expect((await backend.handlers['course.list']({})).map((p) => p.id)).not.toContain(long.id);
  });
});

