/**
 * One open draft's saving, end to end in Node: a writer typing without pause has the store at
 * most a second behind; while saves fail the journal is at most a second behind; the save state
 * says what is true at each moment. Fake timers and deferred promises, no sleeps.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveState } from '../../../renderer/autosave/autosave.ts';
import { DraftAutosave } from '../../../renderer/autosave/draft-autosave.ts';
import { recoverableJournal } from '../../../renderer/autosave/journal.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { fakeStore, memoryStorage } from './fakes.ts';

afterEach(() => {
  vi.useRealTimers();
});

const loaded: Screenplay = { version: 1, titlePage: [], elements: [{ type: 'scene_heading', text: 'INT. WARUNG - MALAM' }, { type: 'action', text: '' }] };
const typed = (text: string): Screenplay => ({ ...loaded, elements: [loaded.elements[0], { type: 'action', text }] });
const storedText = (s: Screenplay) => s.elements[1].text;

function setup() {
  vi.useFakeTimers();
  const { store, transport } = fakeStore(loaded);
  const storage = memoryStorage();
  const states: SaveState[] = [];
  const committed: string[] = [];
  const work = new DraftAutosave({
    scriptId: 's1',
    loaded: { screenplay: loaded, revision: 1 },
    transport,
    storage,
    onState: (s) => states.push(s),
    onSaved: (m) => committed.push(storedText(m)),
  });
  return { store, storage, states, committed, work };
}

/** Types `seconds` of keys 40–90 ms apart, calling `check` before each key with the text typed so far. */
async function typeSteadily(work: DraftAutosave, seconds: number, check: (history: { at: number; text: string }[]) => void) {
  const history: { at: number; text: string }[] = [];
  const start = Date.now();
  let text = '';
  for (let i = 0; Date.now() - start < seconds * 1000; i++) {
    check(history);
    text += i % 6 === 5 ? ' ' : 'k';
    const snapshot = typed(text);
    history.push({ at: Date.now(), text });
    work.edit(() => snapshot);
    await vi.advanceTimersByTimeAsync(40 + ((i * 29) % 51));
  }
  return { history, text };
}

describe('DraftAutosave', () => {
  it('keeps the store at most a second behind a writer who never pauses', async () => {
    const { store, work, committed } = setup();
    let worst = 0;
    const { text } = await typeSteadily(work, 9, (history) => {
      // Were the renderer to die now: how long ago was the first key the store does not have?
      const have = storedText(store.draft).length;
      const firstMissing = history.find((k) => k.text.length > have);
      if (firstMissing) worst = Math.max(worst, Date.now() - firstMissing.at);
    });
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(1000);
    expect(store.calls.every((c) => c.method === 'patch')).toBe(true);
    expect(committed.length).toBeGreaterThanOrEqual(10);
    await vi.advanceTimersByTimeAsync(600);
    expect(storedText(store.draft)).toBe(text);
    expect(work.state).toBe('saved');
  });

  it('says "saving" only while a save is out and "saved" only when the store has everything', async () => {
    const { store, work, states } = setup();
    store.hold = true;
    work.edit(() => typed('a'));
    expect(work.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(600);
    expect(work.state).toBe('saving');
    work.edit(() => typed('ab'));
    // An edit made during the save: not saved, whatever the save in flight does.
    expect(work.state).toBe('unsaved');
    store.waiting.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(storedText(store.draft)).toBe('a');
    expect(work.state).toBe('saving');
    store.hold = false;
    store.waiting.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(storedText(store.draft)).toBe('ab');
    expect(work.state).toBe('saved');
    expect(states).toEqual(['unsaved', 'saving', 'unsaved', 'unsaved', 'saving', 'saved']);
  });

  it('journals the newest edits at most a second behind while saves fail, and saves them once the store recovers', async () => {
    const { store, storage, work } = setup();
    store.failWith = new AppError('store.disk_full', {});
    let worst = 0;
    const { text } = await typeSteadily(work, 5, (history) => {
      if (work.state !== 'error') return;
      const journaled = recoverableJournal(storage, 's1', store.draft);
      // recoverableJournal clears an entry it cannot use; this one must always be usable.
      expect(journaled, 'journal usable').not.toBeNull();
      const have = storedText(journaled!.screenplay).length;
      const firstMissing = history.find((k) => k.text.length > have);
      if (firstMissing) worst = Math.max(worst, Date.now() - firstMissing.at);
    });
    expect(work.state).toBe('error');
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(1000);
    // The burst ended: within a second its last keys are journaled too.
    await vi.advanceTimersByTimeAsync(1000);
    expect(storedText(recoverableJournal(storage, 's1', store.draft)!.screenplay)).toBe(text);
    store.failWith = null;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(storedText(store.draft)).toBe(text);
    expect(work.state).toBe('saved');
    expect(storage.map.size).toBe(0);
  });

  it('flush saves at once and says whether it worked; dispose stops every timer', async () => {
    const { store, work } = setup();
    work.edit(() => typed('now'));
    await expect(work.flush()).resolves.toBe(true);
    expect(storedText(store.draft)).toBe('now');
    store.failWith = new Error('gone');
    work.edit(() => typed('now and then'));
    await expect(work.flush()).resolves.toBe(false);
    work.dispose();
    const calls = store.calls.length;
    store.failWith = null;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.calls.length).toBe(calls);
  });
});
