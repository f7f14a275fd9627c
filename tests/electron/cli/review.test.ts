/** `naskah review export` and `naskah review import-feedback` through the CLI entry point. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../electron/call.ts';
import { openBackend } from '../../../electron/host.ts';
import { readBundle } from '../../../electron/review/bundle.ts';
import { sampleScript } from '../../shared/review/fixtures.ts';
import { naskah } from './run.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'naskah-review-cli-'));
  dirs.push(d);
  return d;
}

async function run(argv: string[], dataDir: string, cwd: string, lang = 'en'): Promise<{ code: number; out: string; err: string }> {
  const r = await naskah(argv, { NASKAH_DATA_DIR: dataDir, NASKAH_LANG: lang }, cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

/** Sets up a trainee library with one script, returning its id. */
async function seed(dataDir: string): Promise<{ id: string; otherId: string }> {
  const b = openBackend(dataDir, 'cli', 'en-US');
  try {
    const make = async (title: string) => (await call(b.handlers, 'library.create', { title })).id;
    const id = await make('Pulang');
    const otherId = await make('Lain');
    await call(b.handlers, 'draft.save', { scriptId: id, screenplay: sampleScript() });
    return { id, otherId };
  } finally {
    b.close();
  }
}

describe('naskah review', () => {
  it('exports a bundle and imports feedback, refusing feedback for another script', async () => {
    const traineeDir = tmp();
    const work = tmp();
    const { id, otherId } = await seed(traineeDir);

    const exported = await run(['review', 'export', id, '-o', 'pulang.naskahreview'], traineeDir, work);
    expect(exported.err).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/pulang\.naskahreview/);
    const bundle = await readBundle(fs.readFileSync(path.join(work, 'pulang.naskahreview')));
    expect(bundle.ok).toBe(true);

    // The mentor, in their own data directory, through the same services.
    const mentor = openBackend(tmp(), 'cli', 'en-US');
    let feedback: string;
    try {
      const opened = await call(mentor.handlers, 'review.openBundle', { content: fs.readFileSync(path.join(work, 'pulang.naskahreview')).toString('base64') });
      const sessionId = opened.session.id;
      const added = await call(mentor.handlers, 'review.addComment', { sessionId, anchor: { kind: 'text', elementId: 'a3', start: 0, end: 13 }, body: 'Bagus.' });
      expect(added.body).toBe('Bagus.');
      const file = await call(mentor.handlers, 'review.exportFeedback', { sessionId });
      feedback = file.content;
    } finally {
      mentor.close();
    }
    fs.writeFileSync(path.join(work, 'pulang.naskahfeedback'), feedback);

    const imported = await run(['review', 'import-feedback', id, 'pulang.naskahfeedback'], traineeDir, work);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/: 1 new comment, .*1 on their text/);
    const again = await run(['review', 'import-feedback', id, 'pulang.naskahfeedback'], traineeDir, work, 'id');
    expect(again.out).toMatch(/0 komentar baru.*1 tidak berubah/);

    const wrong = await run(['review', 'import-feedback', otherId, 'pulang.naskahfeedback'], traineeDir, work);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toBe('naskah: This feedback is for another script ("Pulang"), not for "Lain". Open the script it was written for and import it there.\n');
    const wrongId = await run(['review', 'import-feedback', otherId, 'pulang.naskahfeedback'], traineeDir, work, 'id');
    expect(wrongId.err).toMatch(/^naskah: Masukan ini untuk naskah lain/);
  });

  it('reports usage, unreadable files and unknown scripts with exit 1', async () => {
    const dataDir = tmp();
    const work = tmp();
    expect((await run(['review', 'export', 'x'], dataDir, work)).code).toBe(1);
    const missing = await run(['review', 'import-feedback', 'x', 'nope.naskahfeedback'], dataDir, work);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Cannot read .*nope\.naskahfeedback: ENOENT/);
    const unknown = await run(['review', 'export', 'missing', '-o', 'x.naskahreview'], dataDir, work);
    expect(unknown.code).toBe(1);
    expect(fs.existsSync(path.join(work, 'x.naskahreview'))).toBe(false);
  });
});
