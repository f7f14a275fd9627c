/**
 * The submission workflow (issue 13, deliver 6) across a trainee's and a mentor's installations
 * that only exchange files: send for review (attempt 1, awaiting review) → returned with feedback →
 * revised and sent again (attempt 2, its own snapshot) → the mentor's scores reach the exercise's
 * pass mark, which signs the approval → approved; a checks exercise submitted with failing checks
 * says so; the report and the instructor's class table carry each step, late marked.
 */
import { describe, expect, it } from 'vitest';
import { mentorSigner } from '../../../electron/trust/role-keys.ts';
import type { ElementType } from '../../../shared/screenplay/model.ts';
import { callerOf } from './call.ts';
import { installations } from './installations.ts';
import { testSigner } from '../trust/keys-fixture.ts';
import { PACK, REVIEWED, signedPackZip, trustManifest } from '../trust/course-fixture.ts';
import { packZip } from '../trust/course-fixture.ts';

const { backend } = installations();

let n = 0;
const el = (type: ElementType, text: string) => ({ id: `w${++n}`, type, text });
const draft = (...actions: string[]) => ({ version: 1 as const, titlePage: [], elements: [el('scene_heading', 'INT. RUMAH - MALAM'), ...actions.map((a) => el('action', a))] });

describe('submission workflow', () => {
  it('goes submit → awaiting review → returned → resubmitted → approved by the pass mark, each step in the report and class table', async () => {
    const mentorApp = backend();
    const publisher = testSigner('programme');
    // The reviewed exercise is due in the past and approves at 3 of 5 on its rubric.
    const exercises = { due: '2020-01-01', passMark: 3 };
    const manifest = trustManifest({ publisherKey: publisher.publicKey, mentors: [{ name: 'Bu Ratna', key: mentorSigner(mentorApp.ctx.dataDir).publicKey }] }) as { modules: { exercises: Record<string, unknown>[] }[] };
    manifest.modules[0].exercises = manifest.modules[0].exercises.map((e) => (e.id === REVIEWED.id ? { ...e, ...exercises } : e));
    const pack = await packZip(manifest, [publisher]);
    const trainee = backend();
    const call = callerOf(() => trainee);
    const mentor = callerOf(() => mentorApp);
    await call('course.install', { fileName: 'p.naskahpack', content: pack });
    await call('review.setIdentity', { traineeName: 'Sari' });
    const stageOf = async () => (await call('course.get', { packId: PACK })).progress.items.find((i) => i.id === REVIEWED.id)!.submission!;

    const { scriptId } = await call('course.startExercise', { packId: PACK, exerciseId: REVIEWED.id });
    await call('draft.save', { scriptId, screenplay: draft('Sunyi.') });
    // The checks panel's submit runs the checks but does not submit a mentor-reviewed exercise.
    expect(await call('course.submitExercise', { packId: PACK, exerciseId: REVIEWED.id })).toMatchObject({ stage: 'started' });
    expect(await stageOf()).toMatchObject({ stage: 'started', overdue: true, attempts: [] });

    const first = await call('review.exportBundle', { scriptId });
    let s = await stageOf();
    expect(s).toMatchObject({ stage: 'awaiting_review', late: true, overdue: false, attempts: [{ attempt: 1, snapshotId: first.snapshotId, draftSha256: first.draftSha256, late: true }] });
    // Sending the same draft again is not a new attempt.
    await call('review.exportBundle', { scriptId });
    expect((await stageOf()).attempts).toHaveLength(1);

    // Returned: the mentor scores below the pass mark and gives no verdict of their own.
    let session = (await mentor('review.openBundle', { content: first.file.content })).session;
    await mentor('review.setRubric', { sessionId: session.id, scores: [{ criterionId: 'structure', score: 2, remark: 'Belum jelas.' }], reviewerName: 'Bu Ratna' });
    await call('review.importFeedback', { scriptId, content: (await mentor('review.exportFeedback', { sessionId: session.id })).content });
    expect(await stageOf()).toMatchObject({ stage: 'returned', reviews: 1 });

    await call('draft.save', { scriptId, screenplay: draft('Sunyi.', 'Hujan turun.') });
    const second = await call('review.exportBundle', { scriptId });
    s = await stageOf();
    expect(s).toMatchObject({ stage: 'awaiting_review', late: true, attempts: [{ attempt: 1 }, { attempt: 2, snapshotId: second.snapshotId }] });
    expect(second.snapshotId).not.toBe(first.snapshotId);
    expect((await call('snapshot.list', { scriptId })).map((x) => x.id)).toEqual(expect.arrayContaining([first.snapshotId, second.snapshotId]));

    // Approved by the pass mark: 4 of 5 with no verdict given is an approval the mentor's key signs.
    session = (await mentor('review.openBundle', { content: second.file.content })).session;
    await mentor('review.setRubric', { sessionId: session.id, scores: [{ criterionId: 'structure', score: 4, remark: 'Jelas.' }], reviewerName: 'Bu Ratna' });
    const feedback = JSON.parse((await mentor('review.exportFeedback', { sessionId: session.id })).content);
    expect(feedback.approval).toMatchObject({ schema: 'naskah.approval/1', exerciseId: REVIEWED.id });
    expect(await call('review.importFeedback', { scriptId, content: JSON.stringify(feedback) })).toMatchObject({ approved: true, approval: { status: 'verified' } });
    expect(await stageOf()).toMatchObject({ stage: 'approved', reviews: 2 });

    const report = JSON.parse((await call('course.exportReport', { packId: PACK, trainee: 'Sari', format: 'json' })).content);
    const activity = report.activities.find((a: { id: string }) => a.id === REVIEWED.id);
    expect(activity.submission).toMatchObject({ stage: 'approved', reviews: 2, late: true, attempts: [{ attempt: 1, late: true }, { attempt: 2, late: true }] });
    expect(activity.submission.attempts[0]).not.toHaveProperty('snapshotId');

    const instructor = backend();
    const teach = callerOf(() => instructor);
    await teach('course.install', { fileName: 'p.naskahpack', content: pack });
    expect((await teach('course.importReports', { files: [{ fileName: 'sari.naskahreport', content: JSON.stringify(report) }] })).added).toBe(1);
    const [row] = (await teach('course.classTable', { packId: PACK })).rows;
    expect(row.submissions[REVIEWED.id]).toMatchObject({ stage: 'approved', late: true });
    expect(row.approvals[REVIEWED.id]).toMatchObject({ status: 'verified', mentor: 'Bu Ratna' });
  });

  it('says a checks exercise submitted with failing checks is not done, then counts the passing attempt', async () => {
    const trainee = backend();
    const call = callerOf(() => trainee);
    await call('course.install', { fileName: 'p.naskahpack', content: await signedPackZip(testSigner('programme'), []) });
    const { scriptId } = await call('course.startExercise', { packId: PACK, exerciseId: 'first-scene' });
    await call('draft.save', { scriptId, screenplay: draft('Sunyi.') });
    expect(await call('course.submitExercise', { packId: PACK, exerciseId: 'first-scene' })).toMatchObject({ passed: false, attempt: 1, stage: 'checks_failing' });
    // The same draft again: the same attempt.
    expect(await call('course.submitExercise', { packId: PACK, exerciseId: 'first-scene' })).toMatchObject({ attempt: 1, stage: 'checks_failing' });
    await call('draft.save', { scriptId, screenplay: { version: 1, titlePage: [], elements: [...draft('Sunyi.').elements, el('scene_heading', 'EXT. JALAN - MALAM')] } });
    expect(await call('course.submitExercise', { packId: PACK, exerciseId: 'first-scene' })).toMatchObject({ passed: true, attempt: 2, stage: 'checks_passed' });
    const { progress } = await call('course.get', { packId: PACK });
    expect(progress.items.find((i) => i.id === 'first-scene')).toMatchObject({ status: 'done', submission: { attempts: [{ checksPassed: 0, checksTotal: 1 }, { checksPassed: 1, checksTotal: 1 }] } });
    expect((await call('snapshot.list', { scriptId })).map((x) => x.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Submission 1: First scene/), expect.stringMatching(/^Submission 2: First scene/)]));
  });
});
