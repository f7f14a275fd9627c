/**
 * A trainee who has done everything in the signed trust-fixture pack, through the contract as the
 * app does it: the lesson completed, two scenes written and submitted, and the listed mentor's
 * signed approval and rubric score (structure 4 of 5) imported from a real feedback file. The early refusal of a certificate is
 * checked on the way (one item of three done).
 */
import { expect } from 'vitest';
import type { Backend } from '../../../electron/host.ts';
import type { ElementType } from '../../../shared/screenplay/model.ts';
import { mentorSigner } from '../../../electron/trust/role-keys.ts';
import { testSigner } from '../trust/keys-fixture.ts';
import { PACK, signedPackZip } from '../trust/course-fixture.ts';
import { callerOf } from './call.ts';

const el = (type: ElementType, text: string) => ({ id: `e${Math.random().toString(36).slice(2, 10)}`, type, text });

/** `backend()` opens a fresh installation (the caller closes them); the pack comes back as base64 for the instructor. */
export async function finishedTrainee(backend: () => Backend) {
  const mentorApp = backend();
  const pack = await signedPackZip(testSigner('programme'), [{ name: 'Bu Ratna', signer: mentorSigner(mentorApp.ctx.dataDir) }]);
  const trainee = backend();
  const call = callerOf(() => trainee);
  const mentor = callerOf(() => mentorApp);
  await call('course.install', { fileName: 'p.naskahpack', content: pack });
  await call('review.setIdentity', { traineeName: 'Sari Dewi' });
  await call('course.record', { packId: PACK, kind: 'lesson_completed', itemId: 'format' });

  await expect(call('course.certificate', { packId: PACK, trainee: 'Sari Dewi' })).rejects.toMatchObject({ code: 'certificate.incomplete', params: { done: 1, total: 3 } });

  const first = await call('course.startExercise', { packId: PACK, exerciseId: 'first-scene' });
  await call('draft.save', { scriptId: first.scriptId, screenplay: { version: 1, titlePage: [], elements: [el('scene_heading', 'INT. RUMAH - MALAM'), el('action', 'Sunyi.'), el('scene_heading', 'EXT. JALAN - MALAM'), el('action', 'Hujan.')] } });
  expect(await call('course.submitExercise', { packId: PACK, exerciseId: 'first-scene' })).toMatchObject({ passed: true });

  const review = await call('course.startExercise', { packId: PACK, exerciseId: 'scene-review' });
  const bundle = await call('review.exportBundle', { scriptId: review.scriptId });
  const { session } = await mentor('review.openBundle', { content: bundle.file.content });
  await mentor('review.setRubric', { sessionId: session.id, scores: [{ criterionId: 'structure', score: 4, remark: '' }], approved: true, reviewerName: 'Bu Ratna' });
  const feedback = await mentor('review.exportFeedback', { sessionId: session.id });
  await call('review.importFeedback', { scriptId: review.scriptId, content: feedback.content });
  return { trainee, call, pack };
}
