/**
 * Review ↔ course: a script started from an exercise carries its pack, checks (in both languages)
 * and rubric into the review bundle's metadata; importing feedback records "mentor reviewed", and
 * "mentor approved" only when the exercise's completion rule asks for it and the mentor approves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { exerciseContextFor, recordReviewProgress } from '../../../electron/review/course-link.ts';
import { FILES, manifestFor, rawZip } from '../course/pack-fixture.ts';
import { tempDataDir } from '../temp.ts';

let backend: Backend;
afterEach(() => backend?.close());

async function install(completion: string) {
  backend = openBackend(tempDataDir(), 'cli', 'en-US');
  const manifest = manifestFor(FILES) as { modules: { exercises: Record<string, unknown>[] }[] };
  Object.assign(manifest.modules[0].exercises[0], { completion, rubric: [{ id: 'structure', label: { en: 'Structure', id: 'Struktur' }, max: 5 }] });
  const content = (await rawZip([{ name: 'course.json', data: JSON.stringify(manifest) }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))])).toString('base64');
  await backend.handlers['course.install']({ fileName: 'p.naskahpack', content });
  return backend.handlers['course.startExercise']({ packId: 'id.naskah.test-pack', exerciseId: 'first-scene' });
}

describe('review and course', () => {
  it('puts the exercise, its checks in both languages and its rubric into the bundle context', async () => {
    const { scriptId } = await install('mentor_approved');
    const context = exerciseContextFor(backend.ctx, scriptId);
    expect(context?.link).toMatchObject({ packId: 'id.naskah.test-pack', exerciseId: 'first-scene', completionRule: 'mentor_approved' });
    expect(context?.checks).toEqual([{ id: 'two-scenes', passed: false, message: { en: expect.stringMatching(/\d/), id: expect.stringMatching(/\d/) } }]);
    expect(JSON.stringify(context?.checks)).not.toContain('course:checks');
    expect(context?.rubric).toEqual({ criteria: [{ id: 'structure', title: { en: 'Structure', id: 'Struktur' }, maxScore: 5 }] });
    const lib = await backend.handlers['library.create']({ title: 'Not an exercise' });
    expect(exerciseContextFor(backend.ctx, lib.id)).toBeNull();
  });

  it('records mentor reviewed, and mentor approved only when approved under that rule', async () => {
    const { scriptId } = await install('mentor_approved');
    expect(recordReviewProgress(backend.ctx, scriptId, { feedbackId: 'f1', approved: null, at: new Date().toISOString() })).toEqual(['mentor_reviewed']);
    let items = (await backend.handlers['course.get']({ packId: 'id.naskah.test-pack' })).progress.items;
    expect(items.find((i) => i.id === 'first-scene')?.status).toBe('started');
    recordReviewProgress(backend.ctx, scriptId, { feedbackId: 'f2', approved: true, at: new Date().toISOString() });
    items = (await backend.handlers['course.get']({ packId: 'id.naskah.test-pack' })).progress.items;
    expect(items.find((i) => i.id === 'first-scene')?.status).toBe('done');
  });

  it('does not complete a submitted-rule exercise on approval', async () => {
    const { scriptId } = await install('submitted');
    expect(recordReviewProgress(backend.ctx, scriptId, { feedbackId: 'f1', approved: true, at: new Date().toISOString() })).toEqual(['mentor_reviewed']);
  });
});
