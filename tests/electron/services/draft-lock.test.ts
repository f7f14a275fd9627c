/** Locked scene numbers survive autosave on a real SQLite file: the lock arrives in a whole save, every later patch keeps it. */
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../electron/host.ts';
import { getDraft } from '../../../electron/store/drafts.ts';
import type { ScriptElement } from '../../../shared/screenplay/model.ts';
import { tempDataDir } from '../temp.ts';
import { callerOf } from './call.ts';

let backend: Backend;
afterEach(() => backend?.close());
const call = callerOf(() => backend);
const heading = (text: string, sceneNumber: string): ScriptElement => ({ type: 'scene_heading', text, sceneNumber });

describe('draft lockedSceneNumbers', () => {
  it('a patch after a locked whole save keeps lockedSceneNumbers: true; an unlocking save drops it', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'Kunci' });
    const elements = [heading('INT. A - DAY', '1'), heading('INT. B - DAY', '2')];
    let rev = (await call('draft.save', { scriptId: s.id, screenplay: { version: 1, titlePage: [], elements, lockedSceneNumbers: true }, baseRevision: 0 })).revision;
    rev = (await call('draft.patch', { scriptId: s.id, baseRevision: rev, start: 1, deleteCount: 0, insert: [heading('INT. C - DAY', '1A')] })).revision;
    const draft = await call('draft.load', { scriptId: s.id });
    expect(draft.screenplay.lockedSceneNumbers).toBe(true);
    expect(draft.screenplay.elements.map((e) => e.sceneNumber)).toEqual(['1', '1A', '2']);
    expect(JSON.parse(getDraft(backend.db, s.id)!.body)).toEqual(draft.screenplay);
    await call('draft.save', { scriptId: s.id, screenplay: { version: 1, titlePage: [], elements }, baseRevision: rev });
    expect((await call('draft.load', { scriptId: s.id })).screenplay.lockedSceneNumbers).toBeUndefined();
  });

  it('revision mode, turned on by a whole save, is kept by every patch and dropped by a save with it off', async () => {
    backend = openBackend(tempDataDir(), 'cli', 'en-US');
    const s = await call('library.create', { title: 'Revisi' });
    const elements: ScriptElement[] = [{ type: 'action', text: 'Hujan.', revision: 1 }];
    const revisions = [{ set: 1, name: 'Biru', color: '#2f6fd6', date: '2026-12-02' }];
    let rev = (await call('draft.save', { scriptId: s.id, screenplay: { version: 1, titlePage: [], elements, revisions, revisionMode: true }, baseRevision: 0 })).revision;
    rev = (await call('draft.patch', { scriptId: s.id, baseRevision: rev, start: 1, deleteCount: 0, insert: [{ type: 'action', text: 'Angin.', revision: 1 }] })).revision;
    const draft = await call('draft.load', { scriptId: s.id });
    expect([draft.screenplay.revisionMode, draft.screenplay.revisions]).toEqual([true, revisions]);
    expect(JSON.parse(getDraft(backend.db, s.id)!.body)).toEqual(draft.screenplay);
    await call('draft.save', { scriptId: s.id, screenplay: { version: 1, titlePage: [], elements, revisions }, baseRevision: rev });
    expect((await call('draft.load', { scriptId: s.id })).screenplay.revisionMode).toBeUndefined();
  });
});
