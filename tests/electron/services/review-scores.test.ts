/**
 * Mentor rubric scores that reach the class view as the mentor signed them (issue 13, deliver 5),
 * across a mentor's, a trainee's and an instructor's installations passing only files: the
 * feedback file carries a signed score card; the trainee's app keeps the latest per exercise and
 * puts it in the report; the instructor's class table verifies it against the pack's mentors and
 * shows it criterion by criterion, in the CSV too. A score the trainee edits (report signed again
 * with their own key) shows as unverified; edited without signing again, the report is refused;
 * a card the trainee signed themselves, or one pasted from another trainee, never verifies; a
 * report without scores (older, or never reviewed) still imports.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import { type Backend } from '../../../electron/host.ts';
import { installationSigner, mentorSigner } from '../../../electron/trust/role-keys.ts';
import { signJson } from '../../../electron/trust/signed-json.ts';
import { classCsv } from '../../../shared/course/class-csv.ts';
import { callerOf } from './call.ts';
import { installations } from './installations.ts';
import { testSigner } from '../trust/keys-fixture.ts';
import { PACK, signedPackZip } from '../trust/course-fixture.ts';

type Json = Record<string, any>;

const { backend } = installations();
const publisher = testSigner('programme');
let instructor: Backend;
let mentorApp: Backend;
let pack: string;
const teach = callerOf(() => instructor);
const mentor = callerOf(() => mentorApp);

beforeEach(async () => {
  mentorApp = backend();
  pack = await signedPackZip(publisher, [{ name: 'Bu Ratna', signer: mentorSigner(mentorApp.ctx.dataDir) }]);
  instructor = backend();
  await teach('course.install', { fileName: 'p.naskahpack', content: pack });
});

async function trainee(name: string) {
  const b = backend();
  const call = callerOf(() => b);
  await call('course.install', { fileName: 'p.naskahpack', content: pack });
  await call('review.setIdentity', { traineeName: name });
  const { scriptId } = await call('course.startExercise', { packId: PACK, exerciseId: 'scene-review' });
  const { file } = await call('review.exportBundle', { scriptId });
  const report = async () => JSON.parse((await call('course.exportReport', { packId: PACK, trainee: name, format: 'json' })).content) as Json;
  return { b, call, scriptId, bundle: file.content, report };
}

/** The mentor scores the draft (structure, out of 5) and returns the feedback file. */
async function mentorScores(bundle: string, score: number, approved: boolean | null): Promise<string> {
  const { session } = await mentor('review.openBundle', { content: bundle });
  await mentor('review.setRubric', { sessionId: session.id, scores: [{ criterionId: 'structure', score, remark: '' }], approved, reviewerName: 'Bu Ratna' });
  return (await mentor('review.exportFeedback', { sessionId: session.id })).content;
}

const importReport = (name: string, body: Json) => teach('course.importReports', { files: [{ fileName: `${name}.naskahreport`, content: JSON.stringify(body) }] });
const resign = (report: Json, b: Backend, edit: (r: Json) => void) => {
  const { signature: _s, ...body } = structuredClone(report);
  edit(body);
  return signJson('progress-report', body, installationSigner(b.ctx.dataDir));
};
const activity = (r: Json) => r.activities.find((a: Json) => a.id === 'scene-review');

describe('mentor scores in the class view', () => {
  it('carries the mentor’s signed scores from feedback file to report to a verified class row, CSV included', async () => {
    const t = await trainee('Sari');
    const feedback = JSON.parse(await mentorScores(t.bundle, 3, false)) as Json;
    expect(feedback.scoreCard).toMatchObject({
      schema: 'naskah.review-score/1', packId: PACK, exerciseId: 'scene-review', feedbackId: feedback.feedbackId, traineeKey: installationSigner(t.b.ctx.dataDir).publicKey,
      reviewer: 'Bu Ratna', verdict: 'not_approved', criteria: [{ id: 'structure', score: 3, max: 5 }], total: 3, maxTotal: 5, passingScore: null,
      signature: { key: feedback.signature.key },
    });
    await t.call('review.importFeedback', { scriptId: t.scriptId, content: JSON.stringify(feedback) });
    const report = await t.report();
    expect(activity(report).review).toEqual(feedback.scoreCard);

    expect((await importReport('sari', report)).added).toBe(1);
    const table = await teach('course.classTable', { packId: PACK });
    expect(table.exercises.find((e) => e.id === 'scene-review')?.rubric).toEqual([{ id: 'structure', label: { en: 'Structure', id: 'Struktur' }, max: 5 }]);
    expect(table.rows[0].reviews).toEqual({
      'scene-review': { status: 'verified', mentor: 'Bu Ratna', verdict: 'not_approved', total: 3, maxTotal: 5, passingScore: null, reviewedAt: feedback.scoreCard.reviewedAt, criteria: [{ id: 'structure', score: 3, max: 5 }] },
    });
    const [head, line] = classCsv(table).trim().split('\r\n');
    const cells = Object.fromEntries(head.split(',').map((h, i) => [h, line.split(',')[i]]));
    expect(cells).toMatchObject({
      'scene-review_score': '3', 'scene-review_score_max': '5', 'scene-review_verdict': '"not_approved"', 'scene-review_score_status': '"verified"',
      'scene-review_mentor': '"Bu Ratna"', 'scene-review_score_structure': '3',
    });
  });

  it('keeps the latest review’s scores when the mentor scores again', async () => {
    const t = await trainee('Sari');
    const first = await mentorScores(t.bundle, 2, false);
    await t.call('review.importFeedback', { scriptId: t.scriptId, content: first });
    // The mentor reconsiders in the same review session and exports again.
    const again = JSON.parse(await mentorScores(t.bundle, 5, true)) as Json;
    await t.call('review.importFeedback', { scriptId: t.scriptId, content: JSON.stringify(again) });
    // Importing the older file again does not bring the older scores back.
    await t.call('review.importFeedback', { scriptId: t.scriptId, content: first }).catch(() => undefined);
    const report = await t.report();
    expect(activity(report).review).toMatchObject({ total: 5, verdict: 'approved', signature: again.scoreCard.signature });
    await importReport('sari', report);
    expect((await teach('course.classTable', { packId: PACK })).rows[0].reviews['scene-review']).toMatchObject({ status: 'verified', total: 5, verdict: 'approved' });
  });

  it('shows a score the trainee edited as unverified, and refuses a report edited without signing it again', async () => {
    const t = await trainee('Sari');
    await t.call('review.importFeedback', { scriptId: t.scriptId, content: await mentorScores(t.bundle, 2, false) });
    const report = await t.report();

    const edited = structuredClone(report);
    Object.assign(activity(edited).review, { total: 5, verdict: 'approved' });
    activity(edited).review.criteria[0].score = 5;
    expect((await importReport('sari', edited)).refused[0]?.problem.code).toBe('trust.report_bad_signature');

    // The trainee signs the edited report again with their own installation key: the report verifies, the card does not.
    const forged = resign(report, t.b, (r) => {
      Object.assign(activity(r).review, { total: 5, verdict: 'approved' });
      activity(r).review.criteria[0].score = 5;
    });
    expect((await importReport('sari', forged)).added).toBe(1);
    const [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row.reviews['scene-review']).toMatchObject({ status: 'bad_signature', mentor: null, total: 5, verdict: 'approved' });
  });

  it('never verifies a card the trainee signed with a key of their own, or one pasted from another trainee', async () => {
    const sari = await trainee('Sari');
    const feedback = JSON.parse(await mentorScores(sari.bundle, 4, true)) as Json;
    const budi = await trainee('Budi');
    const budiReport = await budi.report();

    // Budi pastes Sari's genuine card into his report.
    await importReport('budi', resign(budiReport, budi.b, (r) => (activity(r).review = feedback.scoreCard)));
    // Citra writes a card of her own and signs it with her installation acting as "mentor".
    const citra = await trainee('Citra');
    const { signature: _s, ...card } = { ...feedback.scoreCard, traineeKey: installationSigner(citra.b.ctx.dataDir).publicKey } as Json;
    const own = signJson('review-score', card, mentorSigner(citra.b.ctx.dataDir));
    await importReport('citra', resign(await citra.report(), citra.b, (r) => (activity(r).review = own)));

    const rows = (await teach('course.classTable', { packId: PACK })).rows;
    const by = (n: string) => rows.find((r) => r.trainee === n)!;
    expect(by('Budi').reviews['scene-review']).toMatchObject({ status: 'other_trainee', mentor: 'Bu Ratna' });
    expect(by('Citra').reviews['scene-review']).toMatchObject({ status: 'mentor_not_listed', mentor: null });
  });

  it('imports a report without scores (never reviewed, or from before scores travelled) with no review figures', async () => {
    const t = await trainee('Sari');
    const report = await t.report();
    expect(activity(report).review).toBeUndefined();
    expect((await importReport('sari', report)).added).toBe(1);
    const [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row.reviews).toEqual({});
    expect(classCsv(await teach('course.classTable', { packId: PACK })).split('\r\n')[1]).toMatch(/,,,,,,$/);
  });
});
