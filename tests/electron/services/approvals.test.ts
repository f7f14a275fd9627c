/**
 * Approvals that cannot be forged, across three installations with their own data directories and
 * only files passing between them — as a programme runs it without a server: the mentor's key is
 * listed in the signed pack; the trainee's bundle names the trainee's installation; the mentor's
 * signed approval completes the exercise on the trainee's side and verifies in the instructor's
 * class table. A trainee's hand-written or self-signed approval, a verdict flipped in the file, a
 * review continued under another key, and an approval pasted from another trainee all fail —
 * refused or shown unverified, with nothing already stored changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type Backend } from '../../../electron/host.ts';
import { buildBundle, readBundle } from '../../../electron/review/bundle.ts';
import { fingerprint } from '../../../electron/trust/ed25519.ts';
import { installationSigner, mentorKey, mentorSigner } from '../../../electron/trust/role-keys.ts';
import { signJson } from '../../../electron/trust/signed-json.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';
import { installations } from './installations.ts';
import { testSigner } from '../trust/keys-fixture.ts';
import { PACK, signedPackZip } from '../trust/course-fixture.ts';

type Json = Record<string, any>;  

const { backend } = installations();

const files = tempDataDir('naskah-approval-files-');
/** Every hand-over is a real file on disk, read back by the receiver. */
function handOver(name: string, content: string, encoding: 'utf8' | 'base64' = 'utf8'): string {
  fs.writeFileSync(path.join(files, name), Buffer.from(content, encoding));
  return fs.readFileSync(path.join(files, name)).toString(encoding);
}

const publisher = testSigner('programme');
let instructor: Backend;
let mentorApp: Backend;
let pack: string;
const teach = callerOf(() => instructor);
const mentor = callerOf(() => mentorApp);

async function traineeWithDraft() {
  const b = backend();
  const call = callerOf(() => b);
  await call('course.install', { fileName: 'p.naskahpack', content: pack });
  await call('review.setIdentity', { traineeName: 'Sari' });
  const { scriptId } = await call('course.startExercise', { packId: PACK, exerciseId: 'scene-review' });
  const bundle = await call('review.exportBundle', { scriptId });
  return { b, call, scriptId, bundle: handOver('sari.naskahreview', bundle.file.content, 'base64') };
}

async function mentorApproves(bundle: string, approved: boolean | null = true): Promise<string> {
  const { session } = await mentor('review.openBundle', { content: bundle });
  await mentor('review.addComment', { sessionId: session.id, anchor: { kind: 'general' }, body: 'Struktur sudah jelas.' });
  await mentor('review.setRubric', { sessionId: session.id, approved, reviewerName: 'Bu Ratna' });
  return handOver('sari.naskahfeedback', (await mentor('review.exportFeedback', { sessionId: session.id })).content);
}

const status = async (call: ReturnType<typeof callerOf>, id: string) => (await call('course.get', { packId: PACK })).progress.items.find((i) => i.id === id)?.status;

beforeEach(async () => {
  mentorApp = backend();
  // The mentor sends their public key to the instructor, who lists it in the signed pack.
  const key = mentorKey(mentorApp.ctx.dataDir);
  pack = handOver('course.naskahpack', await signedPackZip(publisher, [{ name: 'Bu Ratna', signer: mentorSigner(mentorApp.ctx.dataDir) }]), 'base64');
  instructor = backend();
  await teach('course.install', { fileName: 'p.naskahpack', content: pack });
  expect(key.role).toBe('mentor');
});

describe('approvals that cannot be forged', () => {
  it('a listed mentor’s signed approval completes the exercise and verifies in the class table', async () => {
    const t = await traineeWithDraft();
    const feedback = await mentorApproves(t.bundle);
    const file = JSON.parse(feedback);
    expect(file.signature.key).toBe(mentorKey(mentorApp.ctx.dataDir).publicKey);
    expect(file.approval).toMatchObject({ schema: 'naskah.approval/1', packId: PACK, exerciseId: 'scene-review', feedbackId: file.feedbackId, traineeKey: installationSigner(t.b.ctx.dataDir).publicKey });

    const imported = await t.call('review.importFeedback', { scriptId: t.scriptId, content: feedback });
    expect(imported).toMatchObject({
      approved: true,
      progress: ['mentor_reviewed', 'mentor_approved'],
      approval: { status: 'verified', mentor: 'Bu Ratna' },
      signer: { fingerprint: fingerprint(file.signature.key), mentor: 'Bu Ratna', demo: false },
    });
    expect(await status(t.call, 'scene-review')).toBe('done');

    const report = handOver('sari.naskahreport', (await t.call('course.exportReport', { packId: PACK, trainee: 'Sari', format: 'json' })).content);
    expect(JSON.parse(report).activities.find((a: Json) => a.id === 'scene-review').approval).toEqual(file.approval);
    expect((await teach('course.importReports', { files: [{ fileName: 'sari.naskahreport', content: report }] })).added).toBe(1);
    const [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row).toMatchObject({ trainee: 'Sari', exercises: { 'scene-review': 'done' }, approvals: { 'scene-review': { status: 'verified', mentor: 'Bu Ratna' } }, done: 1 });
  });

  it('refuses a hand-written approval and a verdict flipped in the file, changing nothing', async () => {
    const t = await traineeWithDraft();
    const genuine = JSON.parse(await mentorApproves(t.bundle, false)) as Json;
    expect(genuine.approval).toBeNull();
    const before = await t.call('course.get', { packId: PACK });

    // The trainee writes "approved": true into the mentor's file (signature left as it was)…
    const flipped = JSON.stringify({ ...genuine, approved: true });
    await expect(t.call('review.importFeedback', { scriptId: t.scriptId, content: flipped })).rejects.toMatchObject({ code: 'trust.feedback_bad_signature' });
    // …or writes a feedback file of their own, unsigned.
    const { signature: _s, ...handWritten } = { ...genuine, approved: true, reviewer: { name: 'Bu Ratna' } } as Json;
    await expect(t.call('review.importFeedback', { scriptId: t.scriptId, content: JSON.stringify(handWritten) })).rejects.toMatchObject({
      code: 'trust.feedback_unsigned',
      params: { reviewer: 'Bu Ratna', fileTitle: genuine.scriptTitle },
    });
    expect(await t.call('review.listFeedback', { scriptId: t.scriptId })).toEqual([]);
    expect(await t.call('course.get', { packId: PACK })).toEqual(before);
  });

  it('does not count an approval the trainee signed with a key of their own', async () => {
    const t = await traineeWithDraft();
    const genuine = JSON.parse(await mentorApproves(t.bundle, false)) as Json;
    // The trainee's own installation acts as "mentor": a valid signature, by a key the pack does not list.
    const own = mentorSigner(t.b.ctx.dataDir);
    const { signature: _s, ...rest } = genuine;
    const approval = signJson('approval', { schema: 'naskah.approval/1', packId: PACK, exerciseId: 'scene-review', feedbackId: genuine.feedbackId, draftSha256: genuine.draftSha256, traineeKey: installationSigner(t.b.ctx.dataDir).publicKey, approvedAt: new Date().toISOString() }, own);
    const selfSigned = JSON.stringify(signJson('feedback', { ...rest, feedbackId: 'self-made-review', approved: true, approval: { ...approval, feedbackId: 'self-made-review' } }, own));
    const imported = await t.call('review.importFeedback', { scriptId: t.scriptId, content: selfSigned });
    expect(imported).toMatchObject({ progress: ['mentor_reviewed'], approval: { status: 'bad_signature' }, signer: { mentor: null } });
    const resigned = signJson('approval', { ...approval, feedbackId: 'self-made-2', signature: undefined } as Json, own);
    const second = JSON.stringify(signJson('feedback', { ...rest, feedbackId: 'self-made-2', approved: true, approval: resigned }, own));
    expect(await t.call('review.importFeedback', { scriptId: t.scriptId, content: second })).toMatchObject({ progress: ['mentor_reviewed'], approval: { status: 'mentor_not_listed', mentor: null } });
    expect(await status(t.call, 'scene-review')).toBe('started');

    // Claimed as done in a report anyway (edited and signed again by the trainee's installation): not verified, not counted.
    const report = JSON.parse((await t.call('course.exportReport', { packId: PACK, trainee: 'Sari', format: 'json' })).content) as Json;
    const { signature: _r, ...body } = report;
    const activity = body.activities.find((a: Json) => a.id === 'scene-review');
    Object.assign(activity, { status: 'done', completedAt: body.generatedAt, approval: resigned });
    body.summary.done += 1;
    const forged = JSON.stringify(signJson('progress-report', body, installationSigner(t.b.ctx.dataDir)));
    expect((await teach('course.importReports', { files: [{ fileName: 'sari.naskahreport', content: forged }] })).added).toBe(1);
    const [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row).toMatchObject({ exercises: { 'scene-review': 'done' }, approvals: { 'scene-review': { status: 'mentor_not_listed', mentor: null } }, done: 0 });
  });

  it('lets only the same mentor key replace a review’s feedback', async () => {
    const t = await traineeWithDraft();
    const genuine = await mentorApproves(t.bundle, null);
    await t.call('review.importFeedback', { scriptId: t.scriptId, content: genuine });
    const comments = await t.call('review.listComments', { scriptId: t.scriptId });
    // Someone holding the file rewrites the comment and the verdict and signs with their own key.
    const other = testSigner('someone', 'mentor');
    const { signature: _s, ...rest } = JSON.parse(genuine) as Json;
    rest.comments[0].body = 'Semua salah.';
    rest.comments[0].updatedAt = new Date(Date.now() + 1000).toISOString();
    rest.approved = false;
    await expect(t.call('review.importFeedback', { scriptId: t.scriptId, content: JSON.stringify(signJson('feedback', rest, other)) })).rejects.toMatchObject({
      code: 'trust.feedback_other_key',
      params: { reviewer: 'Bu Ratna', fingerprint: fingerprint(other.publicKey), pinned: fingerprint(mentorKey(mentorApp.ctx.dataDir).publicKey) },
    });
    expect(await t.call('review.listComments', { scriptId: t.scriptId })).toEqual(comments);
    expect((await t.call('review.listFeedback', { scriptId: t.scriptId }))[0]).toMatchObject({ approved: null, signer: fingerprint(mentorKey(mentorApp.ctx.dataDir).publicKey) });
    // The mentor's own newer export still replaces it.
    const [session] = await mentor('review.listSessions', {});
    await mentor('review.updateComment', { sessionId: session.id, commentId: comments[0].id, body: 'Struktur sudah jelas sekali.' });
    expect(await t.call('review.importFeedback', { scriptId: t.scriptId, content: (await mentor('review.exportFeedback', { sessionId: session.id })).content })).toMatchObject({ updated: 1 });
  });

  it('refuses a bundle sent in another trainee’s name, so a mentor’s approval cannot be steered to them', async () => {
    const sari = await traineeWithDraft();
    const budi = await traineeWithDraft();
    const read = await readBundle(Buffer.from(budi.bundle, 'base64'));
    if (!read.ok) throw new Error(read.error.code);
    // Budi's draft, claiming Sari's installation key (which anyone who saw her files knows).
    const meta = { ...read.value.meta, traineeKey: installationSigner(sari.b.ctx.dataDir).publicKey, traineeName: 'Sari' };
    const forged = (await buildBundle({ meta, screenplay: read.value.screenplay, pdf: new Uint8Array(0) })).toString('base64');
    await expect(mentor('review.openBundle', { content: forged })).rejects.toMatchObject({ code: 'trust.bundle_bad_signature', params: { trainee: 'Sari' } });
    expect(await mentor('review.listSessions', {})).toEqual([]);
  });

  it('does not verify an approval pasted into another trainee’s report', async () => {
    const sari = await traineeWithDraft();
    const feedback = JSON.parse(await mentorApproves(sari.bundle)) as Json;
    await sari.call('review.importFeedback', { scriptId: sari.scriptId, content: JSON.stringify(feedback) });

    // Budi copies Sari's signed approval into his own report and signs it with his installation.
    const budi = backend();
    const call = callerOf(() => budi);
    await call('course.install', { fileName: 'p', content: pack });
    await call('course.startExercise', { packId: PACK, exerciseId: 'scene-review' });
    const { signature: _s, ...body } = JSON.parse((await call('course.exportReport', { packId: PACK, trainee: 'Budi', format: 'json' })).content) as Json;
    Object.assign(body.activities.find((a: Json) => a.id === 'scene-review'), { status: 'done', completedAt: body.generatedAt, approval: feedback.approval });
    body.summary.done += 1;
    const forged = JSON.stringify(signJson('progress-report', body, installationSigner(budi.ctx.dataDir)));
    await teach('course.importReports', { files: [{ fileName: 'budi.naskahreport', content: forged }] });
    const [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row).toMatchObject({ trainee: 'Budi', approvals: { 'scene-review': { status: 'other_trainee', mentor: 'Bu Ratna' } }, done: 0 });
  });
});
