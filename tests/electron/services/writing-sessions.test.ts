/**
 * Writing sessions recorded as they happen, on a real SQLite file: each record sets its session's
 * totals (a retry counts once, a late record changes nothing), and the dashboard's words per day,
 * the report's words written and the class table all count the sessions.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { FILES, manifestFor, rawZip } from '../course/pack-fixture.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);
const PACK = 'id.naskah.test-pack';

async function installed(): Promise<void> {
  backend = openBackend(tempDataDir(), 'cli', 'en-US');
  const entries = [{ name: 'course.json', data: JSON.stringify(manifestFor(FILES)) }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))];
  await call('course.install', { fileName: 'p.naskahpack', content: (await rawZip(entries)).toString('base64') });
  await call('course.startExercise', { packId: PACK, exerciseId: 'first-scene' });
}

const today = () => new Date().toISOString().slice(0, 10);

describe('writing sessions', () => {
  it('keeps the latest totals of each session, counts a retry once and ignores a late record', async () => {
    await installed();
    const record = (sessionId: string, words: number, seconds: number) => call('course.recordWriting', { packId: PACK, exerciseId: 'first-scene', sessionId, words, pages: 0, seconds });
    expect(await record('sesi-a', 12, 5)).toEqual({ recorded: true });
    expect(await record('sesi-a', 40, 15)).toEqual({ recorded: true });
    expect(await record('sesi-a', 40, 15)).toEqual({ recorded: true });
    // Sent before the 40-word record but arrived after it: older, so it changes nothing.
    expect(await record('sesi-a', 30, 10)).toEqual({ recorded: false });
    expect(await record('sesi-b', 7, 3)).toEqual({ recorded: true });
    const { progress } = await call('course.get', { packId: PACK });
    expect(progress.perDay).toEqual([{ day: today(), words: 47, pages: 0 }]);
  });

  it('is what the report and the class table count, beside writing events recorded the old way', async () => {
    await installed();
    await call('course.record', { packId: PACK, kind: 'writing', itemId: 'first-scene', data: { words: 10, pages: 0, seconds: 60 } });
    await call('course.recordWriting', { packId: PACK, exerciseId: 'first-scene', sessionId: 'sesi-c', words: 25, pages: 1, seconds: 90 });
    const { progress } = await call('course.get', { packId: PACK });
    expect(progress.perDay).toEqual([{ day: today(), words: 35, pages: 1 }]);
    expect(progress.streakDays).toBe(1);
    const file = await call('course.exportReport', { packId: PACK, trainee: 'Dewi Lestari', format: 'json' });
    expect(JSON.parse(file.content).summary.wordsWritten).toBe(35);
    await call('course.importReports', { files: [{ fileName: file.fileName, content: file.content }] });
    const table = await call('course.classTable', { packId: PACK });
    expect(table.rows).toEqual([expect.objectContaining({ trainee: 'Dewi Lestari', wordsWritten: 35 })]);
  });

  it('refuses a record for an exercise the pack does not have, a session moved to another exercise, and bad figures', async () => {
    await installed();
    await expect(call('course.recordWriting', { packId: PACK, exerciseId: 'format', sessionId: 's1', words: 1, pages: 0, seconds: 1 })).rejects.toMatchObject({ code: 'pack.unknown_item' });
    await expect(call('course.recordWriting', { packId: 'id.naskah.other', exerciseId: 'first-scene', sessionId: 's1', words: 1, pages: 0, seconds: 1 })).rejects.toMatchObject({ code: 'pack.not_installed' });
    for (const bad of [{ words: -1 }, { seconds: 1.5 }, { sessionId: 'has space' }, { pages: 1e9 }]) {
      await expect(call('course.recordWriting', { packId: PACK, exerciseId: 'first-scene', sessionId: 's1', words: 1, pages: 0, seconds: 1, ...bad })).rejects.toMatchObject({ code: 'common.invalid_input' });
    }
    expect((await call('course.get', { packId: PACK })).progress.perDay).toEqual([]);
  });

  it('follows an exercise renamed by a pack update', async () => {
    await installed();
    await call('course.recordWriting', { packId: PACK, exerciseId: 'first-scene', sessionId: 'sesi-d', words: 9, pages: 0, seconds: 20 });
    const v2 = manifestFor(FILES, { version: '1.1.0', revision: 2, migrations: { 'first-scene': 'opening-scene' } });
    (v2.modules as { exercises: { id: string }[] }[])[0].exercises[0].id = 'opening-scene';
    const content = (await rawZip([{ name: 'course.json', data: JSON.stringify(v2) }, ...Object.entries(FILES).map(([name, data]) => ({ name, data }))])).toString('base64');
    await call('course.install', { fileName: 'p', content });
    // The same session goes on under the new id.
    expect(await call('course.recordWriting', { packId: PACK, exerciseId: 'opening-scene', sessionId: 'sesi-d', words: 14, pages: 0, seconds: 30 })).toEqual({ recorded: true });
    expect((await call('course.get', { packId: PACK })).progress.perDay[0].words).toBe(14);
  });
});
