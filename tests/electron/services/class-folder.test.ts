/**
 * The class folder end to end on real SQLite files and a real folder: a trainee's app publishes
 * its signed report there, the instructor's app (another data directory) picks it up by polling,
 * once, and lists what it refused with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';
import { packEntries, rawZip } from '../course/pack-fixture.ts';

const PACK = 'id.naskah.test-pack';
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function app(dataDir = tempDataDir()): Promise<ReturnType<typeof callerOf>> {
  const backend = openBackend(dataDir, 'cli', 'en-US');
  open.push(backend);
  const call = callerOf(() => backend);
  await call('course.install', { fileName: 'p.naskahpack', content: (await rawZip(packEntries())).toString('base64') });
  return call;
}

/** Dated an hour ahead, so "untouched long enough" never applies and the test needs no clock. */
function justWritten(dir: string): void {
  const soon = new Date(Date.now() + 3_600_000);
  for (const name of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, name), soon, soon);
}

/** A trainee (named Sari Dewi) and a mentor sharing one new class folder. */
async function traineeAndMentor(mentorDir = tempDataDir()) {
  const dir = tempDataDir('naskah-class-');
  const trainee = await app();
  const mentor = await app(mentorDir);
  await trainee('classFolder.set', { path: dir });
  await mentor('classFolder.set', { path: dir });
  await trainee('review.setIdentity', { traineeName: 'Sari Dewi' });
  return { dir, trainee, mentor };
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => 'no error',
    (err: unknown) => err,
  );
}

describe('class folder', () => {
  it('checks the path it is given and keeps it', async () => {
    const call = await app();
    const dir = tempDataDir('naskah-class-');
    expect(await call('classFolder.get', {})).toEqual({ path: null });
    expect(await failure(call('classFolder.set', { path: 'relative/folder' }))).toMatchObject({ code: 'classfolder.not_absolute' });
    expect(await failure(call('classFolder.set', { path: path.join(dir, 'missing') }))).toMatchObject({ code: 'classfolder.not_found', params: { path: path.join(dir, 'missing') } });
    fs.writeFileSync(path.join(dir, 'file.txt'), 'x');
    expect(await failure(call('classFolder.set', { path: path.join(dir, 'file.txt') }))).toMatchObject({ code: 'classfolder.not_folder' });
    expect(await call('classFolder.get', {})).toEqual({ path: null });
    expect(await call('classFolder.set', { path: ` ${dir} ` })).toEqual({ path: dir });
    expect(await call('classFolder.get', {})).toEqual({ path: dir });
    expect(await call('classFolder.set', { path: null })).toEqual({ path: null });
    expect(await failure(call('classFolder.poll', {}))).toMatchObject({ code: 'classfolder.not_set' });
  });

  it('carries a trainee report to the instructor once, and lists refused files with reasons', async () => {
    const dir = tempDataDir('naskah-class-');
    const trainee = await app();
    const instructor = await app();
    await trainee('classFolder.set', { path: dir });
    await instructor('classFolder.set', { path: dir });
    await trainee('review.setIdentity', { traineeName: 'Sari Dewi' });

    const published = await trainee('classFolder.publish', { packId: PACK });
    expect(published.fileName).toBe('report-sari-dewi-id-naskah-test-pack.naskahreport');
    expect(fs.readdirSync(dir)).toEqual([published.fileName]);
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ not json');
    fs.writeFileSync(path.join(dir, '.syncthing.other.json.tmp'), 'partial');
    justWritten(dir);

    // Just written: the first poll sees the files, the second (nothing changed) takes them.
    expect(await instructor('classFolder.poll', {})).toEqual({ path: dir, added: 0, duplicates: 0, waiting: 2, refused: [] });
    const taken = await instructor('classFolder.poll', {});
    expect(taken).toEqual({ path: dir, added: 1, duplicates: 0, waiting: 0, refused: [{ fileName: 'broken.json', problem: { code: 'pack.report_not_json', params: { file: 'broken.json' } } }] });
    expect(await instructor('classFolder.poll', {})).toMatchObject({ added: 0, duplicates: 0, waiting: 0, refused: [{ fileName: 'broken.json' }] });
    const table = await instructor('course.classTable', { packId: PACK });
    expect(table.rows.map((r) => r.trainee)).toEqual(['Sari Dewi']);

    // A newer report replaces the file in place; the instructor takes the new one.
    await trainee('classFolder.publish', { packId: PACK });
    expect(fs.readdirSync(dir).sort()).toEqual(['.syncthing.other.json.tmp', 'broken.json', published.fileName]);
    justWritten(dir);
    expect(await instructor('classFolder.poll', {})).toMatchObject({ added: 0, waiting: 2 });
    expect(await instructor('classFolder.poll', {})).toMatchObject({ added: 1, duplicates: 0, waiting: 0, refused: [{ fileName: 'broken.json' }] });
  });

  it('carries a trainee review bundle to the mentor as a review session, once', async () => {
    const { dir, trainee, mentor } = await traineeAndMentor();
    const script = await trainee('library.create', { title: 'Pulang' });
    const published = await trainee('classFolder.publishBundle', { scriptId: script.id });
    expect(published.fileName).toMatch(/\.naskahreview$/);
    fs.writeFileSync(path.join(dir, 'fake.naskahreview'), 'not a zip');
    justWritten(dir);
    expect(await mentor('classFolder.pollBundles', {})).toMatchObject({ added: 0, waiting: 2 });
    const taken = await mentor('classFolder.pollBundles', {});
    expect(taken).toMatchObject({ added: 1, duplicates: 0, waiting: 0, refused: [{ fileName: 'fake.naskahreview', problem: { params: { file: 'fake.naskahreview' } } }] });
    expect((await mentor('review.listSessions', {})).map((s) => [s.scriptTitle, s.traineeName])).toEqual([['Pulang', 'Sari Dewi']]);
    expect(await mentor('classFolder.pollBundles', {})).toMatchObject({ added: 0, duplicates: 0 });
    // Reports and bundles are polled apart: the instructor's poll ignores the bundle.
    expect(await mentor('classFolder.poll', {})).toMatchObject({ added: 0, waiting: 0, refused: [] });
  });

  it('keeps both of two scripts of one title sent in the same minute; the same script sent again takes its place', async () => {
    const { dir, trainee, mentor } = await traineeAndMentor();
    const first = await trainee('library.create', { title: 'Pulang' });
    const second = await trainee('library.create', { title: 'Pulang' });
    // Names go by the minute: started early enough in one that the three sends (milliseconds) fall in it.
    const seconds = new Date().getSeconds();
    if (seconds >= 50) await new Promise((resolve) => setTimeout(resolve, (61 - seconds) * 1000));
    const a = await trainee('classFolder.publishBundle', { scriptId: first.id });
    const b = await trainee('classFolder.publishBundle', { scriptId: second.id });
    // The second script's bundle gets a name of its own; the same script sent again takes its file's place.
    expect(b.fileName).toBe(a.fileName.replace(/\.naskahreview$/, ' (2).naskahreview'));
    const again = await trainee('classFolder.publishBundle', { scriptId: second.id });
    expect(again.path).toBe(b.path);
    justWritten(dir);
    await mentor('classFolder.pollBundles', {});
    await mentor('classFolder.pollBundles', {});
    const sessions = await mentor('review.listSessions', {});
    expect(new Set(sessions.map((s) => s.scriptId))).toEqual(new Set([first.id, second.id]));
  });

  it('returns the mentor’s feedback to the trainee whose script it reviews, once, and to nobody else', async () => {
    const dir = tempDataDir('naskah-class-');
    const traineeDir = tempDataDir();
    const trainee = await app(traineeDir);
    const mentor = await app();
    const classmate = await app();
    for (const call of [trainee, mentor, classmate]) await call('classFolder.set', { path: dir });
    await trainee('review.setIdentity', { traineeName: 'Sari Dewi' });
    const script = await trainee('library.create', { title: 'Pulang' });

    // Off until the mentor turns it on; kept with the settings.
    expect(await mentor('classFolder.watchBundles', {})).toEqual({ watch: false });
    expect(await mentor('classFolder.watchBundles', { watch: true })).toEqual({ watch: true });
    expect(await mentor('classFolder.watchBundles', {})).toEqual({ watch: true });

    await trainee('classFolder.publishBundle', { scriptId: script.id });
    justWritten(dir);
    await mentor('classFolder.pollBundles', {});
    const polled = await mentor('classFolder.pollBundles', {});
    expect(polled.sessions).toHaveLength(1);
    const { sessionId, resumed } = polled.sessions[0];
    expect(resumed).toBe(false);
    expect(sessionId).toBe((await mentor('review.listSessions', {}))[0].id);

    await mentor('review.addComment', { sessionId, anchor: { kind: 'general' }, body: 'Tambahkan satu adegan lagi.' });
    const sent = await mentor('classFolder.publishFeedback', { sessionId });
    expect(sent.fileName).toBe(`Sari Dewi - Pulang - feedback ${sessionId.slice(0, 8)}.naskahfeedback`);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    fs.writeFileSync(path.join(dir, 'broken.naskahfeedback'), '{ half');
    fs.writeFileSync(path.join(dir, 'Budi - Pulang - feedback x.naskahfeedback.part'), '{');
    justWritten(dir);

    expect(await trainee('classFolder.pollFeedback', {})).toMatchObject({ added: 0, waiting: 2, imported: [] });
    const taken = await trainee('classFolder.pollFeedback', {});
    expect(taken).toMatchObject({
      added: 1,
      duplicates: 0,
      waiting: 0,
      imported: [{ fileName: sent.fileName, scriptId: script.id, scriptTitle: 'Pulang', approved: null }],
      refused: [{ fileName: 'broken.naskahfeedback', problem: { code: 'review.feedback_not_json', params: { file: 'broken.naskahfeedback' } } }],
    });
    expect((await trainee('review.listComments', { scriptId: script.id })).map((c) => c.body)).toEqual(['Tambahkan satu adegan lagi.']);
    expect(await trainee('classFolder.pollFeedback', {})).toMatchObject({ added: 0, duplicates: 0, imported: [] });

    // A classmate's app sees the same file and leaves it: not its script, and not an error.
    await classmate('classFolder.pollFeedback', {});
    expect(await classmate('classFolder.pollFeedback', {})).toMatchObject({ added: 0, duplicates: 0, imported: [], refused: [{ fileName: 'broken.naskahfeedback' }] });

    // The mentor adds to the review and sends it again: the same file, replaced; the trainee takes the update.
    await mentor('review.addComment', { sessionId, anchor: { kind: 'general' }, body: 'Dan judulnya?' });
    expect((await mentor('classFolder.publishFeedback', { sessionId })).fileName).toBe(sent.fileName);
    justWritten(dir);
    await trainee('classFolder.pollFeedback', {});
    expect(await trainee('classFolder.pollFeedback', {})).toMatchObject({ added: 1, imported: [{ fileName: sent.fileName }] });
    expect(await trainee('review.listComments', { scriptId: script.id })).toHaveLength(2);

    // After a restart the poll's memory is gone: the folder is read again, nothing is imported twice.
    open.shift()!.close();
    const again = await app(traineeDir);
    await again('classFolder.pollFeedback', {});
    expect(await again('classFolder.pollFeedback', {})).toMatchObject({ added: 0, duplicates: 1, imported: [] });
    expect(await again('review.listComments', { scriptId: script.id })).toHaveLength(2);
  });

  it('leaves a review the mentor deleted deleted after a restart, and still takes the trainee’s next bundle', async () => {
    const mentorDir = tempDataDir();
    const pair = await traineeAndMentor(mentorDir);
    const { dir, trainee } = pair;
    let { mentor } = pair;
    const script = await trainee('library.create', { title: 'Pulang' });
    const first = await trainee('classFolder.publishBundle', { scriptId: script.id });
    // Sent again within the minute, the next bundle replaces this file under the same name: keep its bytes.
    const firstBytes = fs.readFileSync(first.path);
    justWritten(dir);
    await mentor('classFolder.pollBundles', {});
    const taken = await mentor('classFolder.pollBundles', {});
    expect(taken).toMatchObject({ added: 1, refused: [] });
    await mentor('review.deleteSession', { sessionId: taken.sessions[0].sessionId });
    expect(await mentor('review.listSessions', {})).toEqual([]);

    // A restart forgets the poll's memory: the folder is read again, and the bundle is still there.
    const restart = async () => {
      open.splice(open.length - 1, 1)[0].close();
      mentor = await app(mentorDir);
      justWritten(dir);
      await mentor('classFolder.pollBundles', {});
      return mentor('classFolder.pollBundles', {});
    };
    expect(fs.existsSync(first.path)).toBe(true);
    expect(await restart()).toMatchObject({ added: 0, duplicates: 0, waiting: 0, refused: [], sessions: [] });
    expect(await mentor('review.listSessions', {})).toEqual([]);

    // The trainee sends the script again (a new snapshot, so other content): that one arrives.
    const second = await trainee('classFolder.publishBundle', { scriptId: script.id });
    expect(second.snapshotId).not.toBe(first.snapshotId);
    justWritten(dir);
    await mentor('classFolder.pollBundles', {});
    const next = await mentor('classFolder.pollBundles', {});
    expect(next).toMatchObject({ added: 1, refused: [] });
    expect((await mentor('review.listSessions', {})).map((s) => s.snapshotId)).toEqual([second.snapshotId]);

    // Opening the deleted bundle's file by hand is the mentor's own choice: it opens, and from then on
    // the folder's copy resumes that session like any other.
    const reopened = await mentor('review.openBundle', { content: firstBytes.toString('base64') });
    expect(reopened).toMatchObject({ resumed: false, session: { snapshotId: first.snapshotId } });
    fs.writeFileSync(path.join(dir, 'Sari Dewi - Pulang - first.naskahreview'), firstBytes);
    const bundles = fs.readdirSync(dir).filter((n) => n.endsWith('.naskahreview'));
    expect(await restart()).toMatchObject({ added: 0, duplicates: bundles.length, refused: [] });
    expect((await mentor('review.listSessions', {})).map((s) => s.snapshotId).sort()).toEqual([first.snapshotId, second.snapshotId].sort());
  });

  it('says so when the folder has gone (a stick pulled out)', async () => {
    const dir = tempDataDir('naskah-class-');
    const call = await app();
    await call('classFolder.set', { path: dir });
    fs.rmSync(dir, { recursive: true });
    expect(await failure(call('classFolder.poll', {}))).toMatchObject({ code: 'classfolder.not_found', params: { path: dir } });
    expect(await failure(call('classFolder.publish', { packId: PACK }))).toMatchObject({ code: 'classfolder.not_found' });
  });
});
