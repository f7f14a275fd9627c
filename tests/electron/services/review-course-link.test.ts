/**
 * Review ↔ course: a script started from an exercise carries its pack, checks (in both languages)
 * and rubric into the review bundle's metadata; importing feedback records "mentor reviewed", and
 * "mentor approved" only when the exercise's completion rule asks for it, the mentor approves,
 * and the approval is signed by a mentor the pack lists, for this exercise and this installation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { exerciseContextFor, recordReviewProgress } from '../../../electron/services/review-course-link.ts';
import { installationKey } from '../../../electron/trust/role-keys.ts';
import { signJson } from '../../../electron/trust/signed-json.ts';
import type { Signer } from '../../../electron/trust/key-store.ts';
import { APPROVAL_SCHEMA } from '../../../shared/trust/approval.ts';
import { tempDataDir } from '../temp.ts';
import { testSigner } from '../trust/keys-fixture.ts';
import { PACK, signedPackZip } from '../trust/course-fixture.ts';

let backend: Backend;
afterEach(() => backend?.close());

const publisher = testSigner('publisher');
const mentor = testSigner('mentor', 'mentor');

async function install(exerciseId: string) {
  backend = openBackend(tempDataDir(), 'cli', 'en-US');
  await backend.handlers['course.install']({ fileName: 'p.naskahpack', content: await signedPackZip(publisher, [{ name: 'Bu Ratna', signer: mentor }]) });
  return backend.handlers['course.startExercise']({ packId: PACK, exerciseId });
}

function approvalBy(signer: Signer, over: Record<string, unknown> = {}) {
  return signJson('approval', { schema: APPROVAL_SCHEMA, packId: PACK, exerciseId: 'scene-review', feedbackId: 'f1', draftSha256: 'a'.repeat(64), traineeKey: installationKey(backend.ctx.dataDir).publicKey, approvedAt: new Date().toISOString(), ...over }, signer);
}

const status = async (id: string) => (await backend.handlers['course.get']({ packId: PACK })).progress.items.find((i) => i.id === id)?.status;

describe('review and course', () => {
  it('puts the exercise, its checks in both languages and its rubric into the bundle context', async () => {
    const { scriptId } = await install('first-scene');
    const context = exerciseContextFor(backend.ctx, scriptId);
    expect(context?.link).toMatchObject({ packId: PACK, exerciseId: 'first-scene', completionRule: 'checks_passed' });
    expect(context?.checks).toEqual([{ id: 'two-scenes', passed: false, message: { en: expect.stringMatching(/\d/), id: expect.stringMatching(/\d/) } }]);
    expect(JSON.stringify(context?.checks)).not.toContain('course:checks');
    const reviewed = exerciseContextFor(backend.ctx, (await backend.handlers['course.startExercise']({ packId: PACK, exerciseId: 'scene-review' })).scriptId);
    expect(reviewed?.rubric).toEqual({ criteria: [{ id: 'structure', title: { en: 'Structure', id: 'Struktur' }, maxScore: 5 }] });
    const lib = await backend.handlers['library.create']({ title: 'Not an exercise' });
    expect(exerciseContextFor(backend.ctx, lib.id)).toBeNull();
  });

  it('records mentor approved only with a signed approval from a listed mentor, for this exercise and trainee', async () => {
    const { scriptId } = await install('scene-review');
    const at = new Date().toISOString();
    const feedback = (approval: ReturnType<typeof approvalBy> | null) => ({ feedbackId: 'f1', draftSha256: 'a'.repeat(64), approval });
    expect(recordReviewProgress(backend.ctx, scriptId, { feedback: feedback(null), signer: mentor.publicKey, approved: null, at })).toEqual({ events: ['mentor_reviewed'], approval: null });
    // Approved, but: no signed approval; signed by someone the pack does not list; for another
    // trainee; for another exercise; for another review than this file's.
    const intruder = testSigner('intruder', 'mentor');
    const cases: [ReturnType<typeof approvalBy> | null, string, string][] = [
      [null, mentor.publicKey, 'missing'],
      [approvalBy(intruder), intruder.publicKey, 'mentor_not_listed'],
      [approvalBy(mentor, { traineeKey: testSigner('x', 'installation').publicKey }), mentor.publicKey, 'other_trainee'],
      [approvalBy(mentor, { exerciseId: 'first-scene' }), mentor.publicKey, 'other_exercise'],
      [approvalBy(mentor, { feedbackId: 'another-review' }), mentor.publicKey, 'other_exercise'],
      [{ ...approvalBy(mentor), approvedAt: '2020-01-01T00:00:00.000Z' }, mentor.publicKey, 'bad_signature'],
    ];
    for (const [approval, signer, expected] of cases) {
      const r = recordReviewProgress(backend.ctx, scriptId, { feedback: feedback(approval), signer, approved: true, at });
      expect(r, expected).toEqual({ events: ['mentor_reviewed'], approval: { status: expected, mentor: expected === 'mentor_not_listed' || expected === 'missing' || expected === 'bad_signature' ? null : 'Bu Ratna' } });
      expect(await status('scene-review')).toBe('started');
    }
    const good = recordReviewProgress(backend.ctx, scriptId, { feedback: feedback(approvalBy(mentor)), signer: mentor.publicKey, approved: true, at });
    expect(good).toEqual({ events: ['mentor_reviewed', 'mentor_approved'], approval: { status: 'verified', mentor: 'Bu Ratna' } });
    expect(await status('scene-review')).toBe('done');
  });

  it('does not complete an exercise of another rule on approval', async () => {
    const { scriptId } = await install('first-scene');
    const r = recordReviewProgress(backend.ctx, scriptId, { feedback: { feedbackId: 'f1', draftSha256: 'a'.repeat(64), approval: null }, signer: mentor.publicKey, approved: true, at: new Date().toISOString() });
    expect(r).toEqual({ events: ['mentor_reviewed'], approval: null });
  });
});
