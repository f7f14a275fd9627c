/** One save's route to the store: a patch, journaled; the whole draft when the patch does not fit; the whole draft journaled when another window saved. */
import { describe, expect, it } from 'vitest';
import { DraftSaver } from '../../../renderer/autosave/draft-saver.ts';
import { recoverableJournal } from '../../../renderer/autosave/journal.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';
import { fakeStore, memoryStorage } from './fakes.ts';

const el = (text: string, id?: string): ScriptElement => ({ id, type: 'action', text });
const script = (n: number): Screenplay => ({ version: 1, titlePage: [], elements: Array.from({ length: n }, (_, i) => el(`line ${i}`, `e${i}`)) });
/** What the editor hands over: new objects with the same content, one element edited. */
const rebuilt = (s: Screenplay, at: number, text: string): Screenplay => ({ ...s, elements: s.elements.map((e, i) => (i === at ? { ...e, text } : { ...e })) });

describe('DraftSaver', () => {
  it('sends the first save after opening as a one-element patch, though every object is new', async () => {
    const loaded = script(3000);
    const { store, transport } = fakeStore(loaded);
    const storage = memoryStorage();
    const saver = new DraftSaver('s1', { screenplay: loaded, revision: 1 }, transport, storage);
    const model = rebuilt(loaded, 1200, 'line 1200 and more');
    store.hold = true;
    const saving = saver.save(model, 1);
    // While the save is out, the journal holds the change, small, and it rebuilds the model.
    const journal = storage.map.get('naskah.journal.s1')!;
    expect(journal.length).toBeLessThan(400);
    expect(recoverableJournal(memoryStorage(), 's1', loaded)).toBeNull();
    const copy = memoryStorage();
    copy.setItem('naskah.journal.s1', journal);
    expect(recoverableJournal(copy, 's1', loaded)!.screenplay).toEqual(model);
    store.hold = false;
    store.waiting.shift()!.resolve();
    await expect(saving).resolves.toEqual({ revision: 2 });
    expect(store.calls.map((c) => c.method)).toEqual(['patch']);
    expect(JSON.parse(store.calls[0].body)).toMatchObject({ start: 1200, deleteCount: 1, insert: [{ text: 'line 1200 and more' }] });
    expect(store.draft).toEqual(model);
    expect(storage.map.size).toBe(0);

    // The next keystroke: one new object, compared by identity.
    const next = { ...model, elements: model.elements.map((e, i) => (i === 5 ? { ...e, text: 'line 5!' } : e)) };
    await saver.save(next, 2);
    expect(JSON.parse(store.calls[1].body)).toMatchObject({ start: 5, deleteCount: 1 });
    expect(store.draft).toEqual(next);
  });

  it('saves the whole draft when the store says the patch does not fit', async () => {
    const loaded = script(3);
    const { store, transport } = fakeStore(script(1));
    const saver = new DraftSaver('s1', { screenplay: loaded, revision: 1 }, transport, memoryStorage());
    const model = rebuilt(loaded, 2, 'end');
    await saver.save(model, 1);
    expect(store.calls.map((c) => c.method)).toEqual(['patch', 'save']);
    expect(store.draft).toEqual(model);
  });

  it('keeps the change journaled when a save fails, and journals the newest model on request', async () => {
    const loaded = script(10);
    const { store, transport } = fakeStore(loaded);
    const storage = memoryStorage();
    const saver = new DraftSaver('s1', { screenplay: loaded, revision: 1 }, transport, storage);
    store.failWith = new AppError('store.disk_full', {});
    const first = rebuilt(loaded, 3, 'first try');
    await expect(saver.save(first, 1)).rejects.toMatchObject({ code: 'store.disk_full' });
    expect(recoverableJournal(storage, 's1', store.draft)!.screenplay).toEqual(first);
    const newer = rebuilt(first, 8, 'typed while failing');
    saver.journal(newer);
    expect(recoverableJournal(storage, 's1', store.draft)!.screenplay).toEqual(newer);
  });

  it('journals the whole draft once another window has saved (a patch would never apply to theirs)', async () => {
    const loaded = script(4);
    const { store, transport } = fakeStore(loaded);
    const storage = memoryStorage();
    const saver = new DraftSaver('s1', { screenplay: loaded, revision: 1 }, transport, storage);
    store.draft = rebuilt(loaded, 0, 'their edit');
    store.revision = 2;
    const mine = rebuilt(loaded, 3, 'my edit');
    await expect(saver.save(mine, 1)).rejects.toMatchObject({ code: 'library.stale_draft' });
    expect(recoverableJournal(storage, 's1', store.draft)!.screenplay).toEqual(mine);
    const later = rebuilt(mine, 2, 'more of mine');
    saver.journal(later);
    expect(recoverableJournal(storage, 's1', store.draft)!.screenplay).toEqual(later);
  });

  it('sends nothing when the model is what the store holds (typed and undone)', async () => {
    const loaded = script(5);
    const { store, transport } = fakeStore(loaded);
    const saver = new DraftSaver('s1', { screenplay: loaded, revision: 1 }, transport, memoryStorage());
    await expect(saver.save(rebuilt(loaded, 0, 'line 0'), 1)).resolves.toEqual({ revision: 1 });
    expect(store.calls).toEqual([]);
  });

  it('saves the whole draft when the scene numbers are locked or unlocked (a patch carries no top level)', async () => {
    const loaded = script(3);
    const { store, transport } = fakeStore(loaded);
    const saver = new DraftSaver('s1', { screenplay: loaded, revision: 1 }, transport, memoryStorage());
    const locked: Screenplay = { ...loaded, lockedSceneNumbers: true };
    await saver.save(locked, 1);
    expect(store.calls.map((c) => c.method)).toEqual(['save']);
    expect(store.draft).toEqual(locked);
    await saver.save(rebuilt(locked, 0, 'changed'), 2);
    expect(store.calls.map((c) => c.method)).toEqual(['save', 'patch']);
  });

  it('saves the whole draft when revision mode is turned on or off', async () => {
    const loaded: Screenplay = { ...script(3), revisions: [{ set: 1, name: 'Blue', color: '#2f6fd6' }] };
    const { store, transport } = fakeStore(loaded);
    const saver = new DraftSaver('s1', { screenplay: loaded, revision: 1 }, transport, memoryStorage());
    const on: Screenplay = { ...loaded, revisionMode: true };
    await saver.save(on, 1);
    expect(store.calls.map((c) => c.method)).toEqual(['save']);
    expect(store.draft).toEqual(on);
    await saver.save(rebuilt(on, 0, 'changed'), 2);
    await saver.save(loaded, 3);
    expect(store.calls.map((c) => c.method)).toEqual(['save', 'patch', 'save']);
  });
});
