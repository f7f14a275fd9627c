/**
 * Course services on a real SQLite file: install, update with a visible diff, anti-rollback,
 * renamed ids carrying progress, refused packs changing nothing, exercises from their starter,
 * progress reports exported and imported once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';
import { FILES, manifestFor, packEntries, rawZip } from '../course/pack-fixture.ts';

let backend: Backend;
afterEach(() => backend?.close());

const call = callerOf(() => backend);

async function packB64(over: Record<string, unknown> = {}, files = FILES): Promise<string> {
  const entries = [{ name: 'course.json', data: JSON.stringify(manifestFor(files, over)) }, ...Object.entries(files).map(([name, data]) => ({ name, data }))];
  return (await rawZip(entries)).toString('base64');
}

const fresh = () => (backend = openBackend(tempDataDir(), 'cli', 'en-US'));

describe('course services', () => {
  it('inspects then installs a pack; the same revision again changes nothing', async () => {
    fresh();
    const content = await packB64();
    expect(await call('course.inspect', { fileName: 'p.naskahpack', content })).toMatchObject({ status: 'new', pack: { id: 'id.naskah.test-pack', revision: 1 } });
    const installed = await call('course.install', { fileName: 'p.naskahpack', content });
    expect(installed).toMatchObject({ id: 'id.naskah.test-pack', version: '1.0.0', done: 0, total: 2 });
    expect((await call('course.inspect', { fileName: 'p.naskahpack', content })).status).toBe('same');
    await call('course.install', { fileName: 'p.naskahpack', content });
    expect(await call('course.list', {})).toHaveLength(1);
    const lesson = await call('course.file', { packId: 'id.naskah.test-pack', path: 'lessons/format.id.md' });
    expect(lesson).toMatchObject({ encoding: 'utf8', content: FILES['lessons/format.id.md'] });
    await expect(call('course.file', { packId: 'id.naskah.test-pack', path: '../naskah.db' })).rejects.toMatchObject({ code: 'pack.unknown_file' });
  });

  it('refuses the same revision with different content, naming the reason', async () => {
    fresh();
    await call('course.install', { fileName: 'p', content: await packB64() });
    const changed = await packB64({}, { ...FILES, 'lessons/format.en.md': '# Screenplay format\n\nRewritten, revision not raised.\n' });
    const inspected = await call('course.inspect', { fileName: 'p', content: changed });
    expect(inspected).toMatchObject({ status: 'refused', problems: [{ code: 'pack.same_revision_changed' }] });
    await expect(call('course.install', { fileName: 'p', content: changed })).rejects.toMatchObject({ code: 'pack.same_revision_changed' });
    expect((await call('course.file', { packId: 'id.naskah.test-pack', path: 'lessons/format.en.md' })).content).toBe(FILES['lessons/format.en.md']);
  });

  it('shows what an update changes, keeps progress through a rename, and refuses an older revision', async () => {
    fresh();
    await call('course.install', { fileName: 'p', content: await packB64() });
    await call('course.record', { packId: 'id.naskah.test-pack', kind: 'lesson_completed', itemId: 'format' });
    const started = await call('course.startExercise', { packId: 'id.naskah.test-pack', exerciseId: 'first-scene' });

    const v2 = manifestFor(FILES, { version: '1.1.0', revision: 2, migrations: { format: 'page-format' } });
    const mod = (v2.modules as { lessons: { id: string; title: { en: string; id: string } }[] }[])[0];
    mod.lessons[0].id = 'page-format';
    mod.lessons.push({ ...mod.lessons[0], id: 'new-lesson', title: { en: 'New', id: 'Baru' } } as never);
    const content = (await rawZip([{ name: 'course.json', data: JSON.stringify(v2) }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))])).toString('base64');
    const inspected = await call('course.inspect', { fileName: 'p', content });
    expect(inspected.status).toBe('update');
    if (inspected.status === 'refused') return;
    expect(inspected.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'lesson', id: 'page-format', change: 'renamed', from: 'format' }),
        expect.objectContaining({ kind: 'lesson', id: 'new-lesson', change: 'added' }),
      ]),
    );
    await call('course.install', { fileName: 'p', content });
    const after = await call('course.get', { packId: 'id.naskah.test-pack' });
    expect(after.manifest.revision).toBe(2);
    expect(after.progress.items.find((i) => i.id === 'page-format')?.status).toBe('done');
    expect(after.links['first-scene']).toBe(started.scriptId);

    const older = await packB64();
    expect((await call('course.inspect', { fileName: 'p', content: older })).status).toBe('older');
    await expect(call('course.install', { fileName: 'p', content: older })).rejects.toMatchObject({ code: 'pack.older_revision' });
    expect((await call('course.get', { packId: 'id.naskah.test-pack' })).manifest.revision).toBe(2);
  });

  it('refuses a broken update and leaves the installed pack and its progress as they were', async () => {
    fresh();
    await call('course.install', { fileName: 'p', content: await packB64() });
    await call('course.record', { packId: 'id.naskah.test-pack', kind: 'lesson_viewed', itemId: 'format' });
    const broken = (await rawZip(packEntries({ revision: 5 }).filter((e) => e.name !== 'lessons/format.en.md'))).toString('base64');
    await expect(call('course.install', { fileName: 'p', content: broken })).rejects.toMatchObject({ code: 'pack.missing_file' });
    const still = await call('course.get', { packId: 'id.naskah.test-pack' });
    expect(still.manifest.revision).toBe(1);
    expect(still.progress.items.find((i) => i.id === 'format')?.status).toBe('started');
    expect((await call('course.file', { packId: 'id.naskah.test-pack', path: 'lessons/format.en.md' })).content).toBe(FILES['lessons/format.en.md']);
  });

  it('starts an exercise from its starter once, runs its checks into the report, and imports a report once', async () => {
    fresh();
    await call('course.install', { fileName: 'p', content: await packB64() });
    const a = await call('course.startExercise', { packId: 'id.naskah.test-pack', exerciseId: 'first-scene' });
    const b = await call('course.startExercise', { packId: 'id.naskah.test-pack', exerciseId: 'first-scene' });
    expect(a.created).toBe(true);
    expect(b).toEqual({ scriptId: a.scriptId, created: false });
    const draft = await call('draft.load', { scriptId: a.scriptId });
    expect(draft.screenplay.elements.map((e) => e.type)).toEqual(['scene_heading', 'action']);
    expect(await call('course.exerciseForScript', { scriptId: a.scriptId })).toEqual({ packId: 'id.naskah.test-pack', exerciseId: 'first-scene' });

    // Submitting runs the checks on the saved draft: one scene, two required — submitted, not passed.
    expect(await call('course.submitExercise', { packId: 'id.naskah.test-pack', exerciseId: 'first-scene' })).toMatchObject({ passed: false, checks: [{ id: 'two-scenes', kind: 'scenes', passed: false }] });
    // The UI cannot claim a pass (or a mentor's verdict) on its own word.
    await expect(call('course.record', { packId: 'id.naskah.test-pack', kind: 'checks_passed' as never, itemId: 'first-scene' })).rejects.toMatchObject({ code: 'common.invalid_input' });

    const file = await call('course.exportReport', { packId: 'id.naskah.test-pack', trainee: 'Dewi Lestari', format: 'json' });
    expect(file.fileName).toMatch(/^report-dewi-lestari-\d{4}-\d{2}-\d{2}T\d{4}\.naskahreport$/);
    const report = JSON.parse(file.content);
    const exercise = report.activities.find((x: { id: string }) => x.id === 'first-scene');
    expect(exercise).toMatchObject({ status: 'started', checksPassed: 0, checksTotal: 1, checks: [{ id: 'two-scenes', passed: false }] });
    const submitted = JSON.parse(file.content).activities.find((x: { id: string }) => x.id === 'first-scene');
    expect(submitted.status).toBe('started');
    expect(exercise.draftSha256).toMatch(/^[0-9a-f]{64}$/);
    const csv = await call('course.exportReport', { packId: 'id.naskah.test-pack', trainee: 'Dewi Lestari', format: 'csv' });
    expect(csv.content.split('\r\n')[0]).toContain('checks_passed');
    expect(csv.content).toMatch(/"first-scene","basics","started",.*,0,1,\d+,1,/);

    const first = await call('course.importReports', { files: [{ fileName: file.fileName, content: file.content }, { fileName: 'x.json', content: '{"schema":1}' }] });
    expect(first).toMatchObject({ added: 1, duplicates: 0, refused: [{ fileName: 'x.json', problem: { code: 'pack.report_invalid' } }] });
    const again = await call('course.importReports', { files: [{ fileName: file.fileName, content: file.content }] });
    expect(again).toMatchObject({ added: 0, duplicates: 1 });
    const table = await call('course.classTable', { packId: 'id.naskah.test-pack' });
    expect(table.rows).toEqual([expect.objectContaining({ trainee: 'Dewi Lestari', done: 0, total: 2, exercises: { 'first-scene': 'started' } })]);
  });
});
