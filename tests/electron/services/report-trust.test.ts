/**
 * Reports an instructor can trust, on real SQLite files and real report files: a trainee's app
 * exports a signed report; forged variants of it — dated in the future, with inflated totals,
 * changed after signing, under a look-alike name, for a course that is not installed, from a pack
 * of another publisher — are refused with the reason and change nothing stored; a report from
 * another pack revision is mapped through `migrations`, shows its revision and what was removed;
 * a second installation key claiming a trainee's row is flagged, never merged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli.ts';
import { openBackend, REPO_ROOT, type Backend } from '../../../electron/host.ts';
import { fingerprint } from '../../../electron/trust/ed25519.ts';
import { installationSigner } from '../../../electron/trust/role-keys.ts';
import { signJson } from '../../../electron/trust/signed-json.ts';
import type { Signer } from '../../../electron/trust/key-store.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';
import { testSigner } from '../trust/keys-fixture.ts';
import { PACK, packZip, signedPackZip, trustManifest } from '../trust/course-fixture.ts';

type Json = Record<string, any>;  

let open: Backend[] = [];
afterEach(() => {
  for (const b of open) b.close();
  open = [];
});

function backend(dir = tempDataDir()): Backend {
  const b = openBackend(dir, 'cli', 'en-US');
  open.push(b);
  return b;
}

const publisher = testSigner('publisher');
const mentor = testSigner('mentor', 'mentor');
const MENTORS = [{ name: 'Bu Ratna', signer: mentor }];

/** A trainee's installation with the course installed and some progress made. */
async function trainee(pack?: string) {
  const b = backend();
  const call = callerOf(() => b);
  await call('course.install', { fileName: 'p.naskahpack', content: pack ?? (await signedPackZip(publisher, MENTORS)) });
  await call('course.record', { packId: PACK, kind: 'lesson_completed', itemId: 'format' });
  await call('course.startExercise', { packId: PACK, exerciseId: 'first-scene' });
  await call('course.record', { packId: PACK, kind: 'writing', itemId: 'first-scene', data: { words: 120, pages: 1 } });
  const report = async (name = 'Dewi Lestari') => (await call('course.exportReport', { packId: PACK, trainee: name, format: 'json' })).content;
  return { b, call, report, signer: installationSigner(b.ctx.dataDir) };
}

/** Edits a report and signs it again with `signer` — what a trainee in control of their own machine can do. */
function forge(content: string, edit: (r: Json) => void, signer: Signer | null): string {
  const { signature: _old, ...r } = JSON.parse(content) as Json;
  edit(r);
  return JSON.stringify(signer ? signJson('progress-report', r, signer) : { ...r, signature: _old });
}

let instructor: Backend;
let teach: ReturnType<typeof callerOf>;
beforeEach(async () => {
  instructor = backend();
  teach = callerOf(() => instructor);
  await teach('course.install', { fileName: 'p.naskahpack', content: await signedPackZip(publisher, MENTORS) });
});

const importOne = (fileName: string, content: string, packId?: string) => teach('course.importReports', { files: [{ fileName, content }], ...(packId ? { packId } : {}) });
const stored = () => (instructor.db.prepare('SELECT sha256, trainee, signer_key FROM class_reports ORDER BY sha256').all() as unknown[]);

describe('reports an instructor can trust', () => {
  it('accepts the signed report a trainee exports, and derives its row on the instructor’s side', async () => {
    const t = await trainee();
    const content = await t.report();
    const report = JSON.parse(content);
    expect(report).toMatchObject({ schema: 'naskah.progress-report/2', trainee: 'Dewi Lestari', pack: { id: PACK, revision: 1, publisherKey: publisher.publicKey }, signature: { key: t.signer.publicKey } });
    expect(report.days).toEqual([{ day: report.generatedAt.slice(0, 10), words: 120, pages: 1 }]);
    expect(report.summary).toEqual({ done: 1, total: 3, streakDays: 1, wordsWritten: 120 });
    expect(await importOne('dewi.naskahreport', content)).toMatchObject({ added: 1, refused: [], accepted: [{ fileName: 'dewi.naskahreport', status: 'added', trainee: 'Dewi Lestari', packId: PACK }] });
    const table = await teach('course.classTable', { packId: PACK });
    expect(table.rows).toEqual([
      {
        trainee: 'Dewi Lestari',
        version: '1.0.0',
        revision: 1,
        generatedAt: report.generatedAt,
        done: 1,
        total: 3,
        wordsWritten: 120,
        exercises: { 'first-scene': 'started', 'scene-review': 'todo' },
        approvals: {},
        quizzes: {},
        submissions: {
          'first-scene': { stage: 'started', attempts: [], reviews: 0, late: false },
          'scene-review': { stage: 'todo', attempts: [], reviews: 0, late: false },
        },
        reviews: {},
        modules: { basics: { done: 1, total: 3 } },
        // The lesson read just now is the latest thing the report shows.
        lastActivity: expect.stringMatching(new RegExp(`^${report.generatedAt.slice(0, 10)}T`)),
        removed: [],
        signedBy: { fingerprint: fingerprint(t.signer.publicKey) },
        otherClaims: [],
      },
    ]);
  });

  it('refuses dates in the future (a day of clock skew allowed) and dates that are not ISO, signed or not', async () => {
    const t = await trainee();
    const content = await t.report();
    const day = 24 * 60 * 60 * 1000;
    const refusal = async (edit: (r: Json) => void, signer: Signer | null = t.signer) => (await importOne('forged.naskahreport', forge(content, edit, signer))).refused[0]?.problem;

    expect(await refusal((r) => (r.generatedAt = '9999-12-31T23:59:59.000Z'))).toEqual({
      code: 'trust.report_date_future',
      params: { file: 'forged.naskahreport', field: 'generatedAt', value: '9999-12-31T23:59:59.000Z' },
    });
    expect((await refusal((r) => (r.generatedAt = new Date(Date.now() + 2 * day).toISOString())))?.code).toBe('trust.report_date_future');
    expect((await refusal((r) => (r.generatedAt = '2026-13-01T00:00:00.000Z')))?.code).toBe('trust.report_date_invalid');
    expect((await refusal((r) => (r.generatedAt = 'yesterday')))?.code).toBe('trust.report_date_invalid');
    expect(await refusal((r) => (r.activities[0].completedAt = '9999-01-01T00:00:00.000Z'))).toMatchObject({ code: 'trust.report_date_future', params: { field: 'activities[0].completedAt' } });
    expect(await refusal((r) => (r.days[0].day = '9999-01-01'))).toMatchObject({ code: 'trust.report_date_future', params: { field: 'days[0].day' } });
    expect(stored()).toEqual([]);

    // Within the skew: a trainee whose clock runs half a day fast is not refused.
    const fast = forge(content, (r) => (r.generatedAt = new Date(Date.now() + day / 2).toISOString()), t.signer);
    expect((await importOne('fast.naskahreport', fast)).added).toBe(1);
  });

  it('never lets a future-dated report stored before the checks freeze a row', async () => {
    const t = await trainee();
    const content = await t.report();
    await importOne('dewi.naskahreport', content);
    // What the old import let in: a row dated 9999 for the same trainee.
    const forged = forge(content, (r) => ((r.generatedAt = '9999-01-01T00:00:00.000Z'), (r.activities[2].status = 'done')), t.signer);
    instructor.db
      .prepare('INSERT INTO class_reports (sha256, pack_id, trainee, body, generated_at, imported_at, signer_key) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('f'.repeat(64), PACK, 'Dewi Lestari', forged, '9999-01-01T00:00:00.000Z', new Date().toISOString(), t.signer.publicKey);
    const [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row.generatedAt).toBe(JSON.parse(content).generatedAt);
  });

  it('recomputes every figure from the activities, refusing a summary that disagrees and a report changed after signing', async () => {
    const t = await trainee();
    const content = await t.report();
    const inflated = await importOne('inflated.naskahreport', forge(content, (r) => ((r.summary.done = 99), (r.summary.total = 1)), t.signer));
    expect(inflated.refused[0].problem).toEqual({ code: 'trust.report_summary_mismatch', params: { file: 'inflated.naskahreport', field: 'summary.done', stated: 99, derived: 1 } });
    const words = await importOne('words.naskahreport', forge(content, (r) => (r.summary.wordsWritten = 50_000), t.signer));
    expect(words.refused[0].problem).toMatchObject({ code: 'trust.report_summary_mismatch', params: { field: 'summary.wordsWritten', stated: 50_000, derived: 120 } });
    // Every activity marked done and the totals made to agree, but not signed again: the signature no longer matches.
    const tampered = forge(content, (r) => {
      for (const a of r.activities) {
        a.status = 'done';
        a.completedAt = r.generatedAt;
      }
      r.summary.done = r.activities.length;
    }, null);
    expect((await importOne('tampered.naskahreport', tampered)).refused[0].problem).toEqual({ code: 'trust.report_bad_signature', params: { file: 'tampered.naskahreport' } });
    expect(stored()).toEqual([]);
  });

  it('keeps look-alike names on one row, refuses mixed alphabets, and flags a second installation claiming a row', async () => {
    const t = await trainee();
    await importOne('dewi-1.naskahreport', await t.report('Dewi Lestari'));
    // Invisible characters, full-width letters and odd spaces: still Dewi Lestari.
    await importOne('dewi-2.naskahreport', forge(await t.report('Dewi\u200b Lestari'), () => {}, null));
    await importOne('dewi-3.naskahreport', await t.report('ＤＥＷＩ\u00a0\u00a0LESTARI\u2060'));
    expect(JSON.parse(await t.report('Dewi\u200b\u00ad Lestari')).trainee).toBe('Dewi Lestari');
    let table = await teach('course.classTable', { packId: PACK });
    expect(table.rows.map((r) => r.trainee)).toEqual(['DEWI LESTARI']);

    const cyrillic = await importOne('fake.naskahreport', forge(await t.report(), (r) => (r.trainee = 'D\u0435wi Lestari'), t.signer));
    expect(cyrillic.refused[0].problem).toEqual({ code: 'trust.report_name_mixed_scripts', params: { file: 'fake.naskahreport', name: 'D\u0435wi Lestari', word: 'D\u0435wi' } });

    // Another trainee's installation sends a report as "Dewi Lestari" with everything done.
    const other = await trainee();
    await other.call('course.record', { packId: PACK, kind: 'lesson_completed', itemId: 'format' });
    const claim = await importOne('claim.naskahreport', await other.report('dewi lestari\u200d'));
    expect(claim.added).toBe(1);
    table = await teach('course.classTable', { packId: PACK });
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      signedBy: { fingerprint: fingerprint(t.signer.publicKey) },
      otherClaims: [{ fingerprint: fingerprint(other.signer.publicKey), reports: 1 }],
    });
  });

  it('flags an unsigned report under a signed trainee’s name only when it is newer than the signed ones', async () => {
    const t = await trainee();
    const signed = JSON.parse(await t.report()) as Json;
    const v1 = (generatedAt: string) => {
      const { signature: _s, days: _d, approval: _a, ...rest } = signed;
      const activities = signed.activities.map(({ approval: _x, submission: _y, ...a }: Json) => ({ ...a, startedAt: a.startedAt && generatedAt, completedAt: a.completedAt && generatedAt }));
      return JSON.stringify({ ...rest, schema: 'naskah.progress-report/1', generatedAt, activities, pack: { id: PACK, version: '1.0.0', revision: 1, title: 'Test course' }, summary: { ...signed.summary, streakDays: 0, wordsWritten: 0 } });
    };
    const before = new Date(Date.parse(signed.generatedAt) - 7 * 86_400_000).toISOString();
    expect((await importOne('old.json', v1(before))).added).toBe(1);
    expect((await importOne('dewi.naskahreport', JSON.stringify(signed))).added).toBe(1);
    let [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row).toMatchObject({ signedBy: { fingerprint: fingerprint(t.signer.publicKey) }, otherClaims: [] });
    expect((await importOne('newer.json', v1(new Date(Date.parse(signed.generatedAt) + 60_000).toISOString()))).added).toBe(1);
    [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row).toMatchObject({ generatedAt: signed.generatedAt, otherClaims: [{ fingerprint: null, reports: 2 }] });
  });

  it('refuses a report for a course not installed, for another class, or made with another publisher’s pack — naming the course, changing nothing', async () => {
    const foreignPack = await packZip(trustManifest({ id: 'id.naskah.elsewhere', title: { en: 'Animation writing', id: 'Menulis animasi' } }));
    const elsewhere = backend();
    await callerOf(() => elsewhere)('course.install', { fileName: 'x', content: foreignPack });
    const report = (await callerOf(() => elsewhere)('course.exportReport', { packId: 'id.naskah.elsewhere', trainee: 'Budi', format: 'json' })).content;
    const before = await teach('course.classTable', { packId: PACK });
    expect((await importOne('budi.naskahreport', report)).refused[0].problem).toEqual({
      code: 'trust.report_course_not_installed',
      params: { file: 'budi.naskahreport', course: 'Animation writing', id: 'id.naskah.elsewhere' },
    });

    // Installed here, but not the class being viewed.
    await teach('course.install', { fileName: 'x', content: foreignPack });
    expect((await importOne('budi.naskahreport', report, PACK)).refused[0].problem).toEqual({
      code: 'trust.report_other_course',
      params: { file: 'budi.naskahreport', course: 'Animation writing', expected: 'Test course' },
    });

    // The same course id, but a copy signed by someone else (who lists themself as mentor).
    const impostor = testSigner('impostor');
    const t = await trainee(await signedPackZip(impostor, [{ name: 'Me', signer: impostor }]));
    expect((await importOne('dewi.naskahreport', await t.report())).refused[0].problem).toEqual({
      code: 'trust.report_other_publisher',
      params: { file: 'dewi.naskahreport', course: 'Test course', fingerprint: fingerprint(impostor.publicKey), pinned: fingerprint(publisher.publicKey) },
    });
    expect(stored()).toEqual([]);
    expect(await teach('course.classTable', { packId: PACK })).toEqual(before);
  });

  it('maps a report from another revision through migrations, shows its revision and what was removed', async () => {
    const t = await trainee();
    const content = await t.report();
    // The instructor's revision 2: first-scene renamed, the lesson removed, a new exercise added.
    const v2 = trustManifest({ revision: 2, version: '1.1.0', publisherKey: publisher.publicKey, mentors: [{ name: 'Bu Ratna', key: mentor.publicKey }], migrations: { 'first-scene': 'opening-scene' } }) as Json;
    v2.modules[0].lessons = [];
    v2.modules[0].exercises[0].id = 'opening-scene';
    v2.modules[0].exercises.push({ id: 'new-one', title: { en: 'New', id: 'Baru' }, prompt: { en: 'x', id: 'x' }, completion: 'viewed' });
    await teach('course.install', { fileName: 'p', content: await packZip(v2, [publisher]) });
    expect((await importOne('dewi.naskahreport', content)).added).toBe(1);
    const table = await teach('course.classTable', { packId: PACK });
    expect(table.exercises.map((e) => e.id)).toEqual(['opening-scene', 'scene-review', 'new-one']);
    expect(table.rows[0]).toMatchObject({
      revision: 1,
      exercises: { 'opening-scene': 'started', 'scene-review': 'todo', 'new-one': 'absent' },
      removed: [{ kind: 'lesson', id: 'format', status: 'done' }],
      done: 0,
      total: 3,
    });
  });

  it('imports a folder of report files from the command line: added, already there, refused with the reason', async () => {
    const t = await trainee();
    const dir = tempDataDir('naskah-reports-');
    fs.mkdirSync(path.join(dir, 'week-1'));
    fs.writeFileSync(path.join(dir, 'week-1', 'dewi.naskahreport'), await t.report());
    fs.writeFileSync(path.join(dir, 'week-1', 'copy.json'), fs.readFileSync(path.join(dir, 'week-1', 'dewi.naskahreport')));
    fs.writeFileSync(path.join(dir, 'forged.naskahreport'), forge(await t.report(), (r) => (r.generatedAt = '9999-01-01T00:00:00.000Z'), t.signer));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a report');
    let out = '';
    let err = '';
    const io = { stdout: (s: string | Uint8Array) => void (out += String(s)), stderr: (s: string) => void (err += s), env: { ...process.env, NASKAH_DATA_DIR: instructor.ctx.dataDir, NASKAH_LANG: 'en' }, cwd: REPO_ROOT };
    expect(await main(['report', 'import', dir], io)).toBe(1);
    expect(out).toBe('added: copy.json (Dewi Lestari)\nalready there: dewi.naskahreport (Dewi Lestari)\nReports added: 1; already there: 1; refused: 1.\n');
    expect(err).toMatch(/^naskah: refused: forged\.naskahreport — forged\.naskahreport: generatedAt is in the future \(9999-01-01T00:00:00\.000Z\)\./);
    out = '';
    expect(await main(['report', 'class', PACK, '--csv'], io)).toBe(0);
    // The submission columns, then the mentor score columns, come last, so the columns before them keep their letters.
    expect(out.split('\r\n')[0]).toBe(
      'trainee,revision,generated_at,done,total,words,signed_by,other_keys,first-scene,first-scene_approval,scene-review,scene-review_approval,first-scene_stage,first-scene_attempts,first-scene_late,scene-review_stage,scene-review_attempts,scene-review_late' +
        ',scene-review_score,scene-review_score_max,scene-review_verdict,scene-review_score_status,scene-review_mentor,scene-review_reviewed_at,scene-review_score_structure',
    );
    expect(out.split('\r\n')[1]).toMatch(new RegExp(`^"Dewi Lestari",1,"[^"]+",1,3,120,"${fingerprint(t.signer.publicKey)}",0,"started",,"todo",,"started",0,"false","todo",0,"false",,,,,,,$`));
  });
});
