import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { OPENED_FILES_KEY, OPENED_FILES_LIMIT, listOpenedFiles } from '../../../electron/store/opened-files.ts';
import { writeSettings } from '../../../electron/store/settings.ts';
import { callerOf } from './call.ts';
import { tempDataDir } from '../temp.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);

const KOPI = 'Title: Kopi Pagi\n\nINT. DAPUR - PAGI\n\nAir mendidih.\n';
const PATH = '/home/sari/Unduhan/kopi.fountain';

describe('desktop.openScript (real SQLite)', () => {
  it('imports a file once; opening that very file again shows the same script', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const first = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH });
    expect(first).toMatchObject({ reused: false, script: { title: 'Kopi Pagi', sceneCount: 1 } });
    const again = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH });
    expect(again).toEqual({ reused: true, script: first.script });
    expect(await call('library.list', {})).toHaveLength(1);
  });

  it('an edited file, or the same content at another path, is imported anew', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const first = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH });
    const edited = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI + '\nSari masuk.\n', source: PATH });
    const copied = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: '/media/usb/kopi.fountain' });
    expect(edited.reused).toBe(false);
    expect(copied.reused).toBe(false);
    expect(new Set([first.script.id, edited.script.id, copied.script.id]).size).toBe(3);
    // The original is still remembered after the others.
    expect((await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH })).script.id).toBe(first.script.id);
  });

  it('a dropped file (no path) is known by its name and content', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const dropped = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI });
    expect((await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI })).script.id).toBe(dropped.script.id);
    expect((await call('desktop.openScript', { fileName: 'kopi-2.fountain', content: KOPI })).reused).toBe(false);
  });

  it('a script moved to the Trash no longer stands for the file: the file is imported again', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const first = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH });
    await call('library.delete', { id: first.script.id });
    const again = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH });
    expect(again.reused).toBe(false);
    expect(again.script.id).not.toBe(first.script.id);
    expect((await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH })).script.id).toBe(again.script.id);
  });

  it('a dropped screenplay PDF (real bytes from the PDF export) is imported by PDF import', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const made = await call('library.import', { fileName: 'kopi.fountain', content: KOPI });
    const pdf = await call('library.export', { id: made.id, format: 'pdf' });
    const opened = await call('desktop.openScript', { fileName: 'kopi.pdf', content: pdf.content });
    expect(opened.reused).toBe(false);
    const draft = await call('draft.load', { scriptId: opened.script.id });
    expect(draft.screenplay.elements.map((e) => [e.type, e.text])).toEqual([
      ['scene_heading', 'INT. DAPUR - PAGI'],
      ['action', 'Air mendidih.'],
    ]);
  });

  it('refuses what is not a script, and a broken file, changing nothing', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    await expect(call('desktop.openScript', { fileName: 'model.json', content: '{}' })).rejects.toMatchObject({ code: 'desktop.unsupported_file', params: { file: 'model.json' } });
    await expect(call('desktop.openScript', { fileName: 'kelas.naskahpack', content: 'UEsDBA==' })).rejects.toMatchObject({ code: 'desktop.unsupported_file' });
    await expect(call('desktop.openScript', { fileName: 'rusak.fdx', content: '<FinalDraft><Content>' })).rejects.toMatchObject({ code: 'screenplay.fdx_truncated' });
    expect(await call('library.list', {})).toEqual([]);
    expect(listOpenedFiles(backend.db)).toEqual([]);
  });

  it('keeps at most OPENED_FILES_LIMIT entries and survives a damaged stored value', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const db = backend.db;
    writeSettings(db, { [OPENED_FILES_KEY]: 'not a list' });
    const first = await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: PATH });
    expect(listOpenedFiles(db)).toHaveLength(1);
    const many = Array.from({ length: OPENED_FILES_LIMIT + 10 }, (_, i) => ({ place: `/p/${i}`, sha256: 'x', scriptId: first.script.id, at: '2026-01-01T00:00:00Z' }));
    writeSettings(db, { [OPENED_FILES_KEY]: [{ notAnEntry: true }, ...many] });
    await call('desktop.openScript', { fileName: 'kopi.fountain', content: KOPI, source: '/other/kopi.fountain' });
    const kept = listOpenedFiles(db);
    expect(kept).toHaveLength(OPENED_FILES_LIMIT);
    expect(kept[0].place).toBe('/other/kopi.fountain');
    // settings.get still answers: the entries are no setting.
    expect(await call('settings.get', {})).not.toHaveProperty(OPENED_FILES_KEY);
  });
});
