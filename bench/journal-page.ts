/**
 * The page half of bench/journal.ts, bundled by Vite and run in Chromium: journal writes as the
 * autosave makes them (DraftSaver.journal: the diff against the stored draft, the entry, and
 * localStorage.setItem), against the whole-draft entry written before, on a generated script.
 */
import { DraftSaver } from '../renderer/autosave/draft-saver.ts';
import { clearJournal } from '../renderer/autosave/journal.ts';
import type { Screenplay } from '../shared/screenplay/model.ts';
import { generateBlocks } from './generate.ts';

export interface JournalFigures {
  blocks: number;
  draftKb: number;
  firstMs: number;
  patchMs: number[];
  patchBytes: number;
  wholeMs: number[];
}

export function run(blocks: number, writes: number): JournalFigures {
  const stored = generateBlocks(blocks);
  const never = () => Promise.reject(new Error('not sent in this benchmark'));
  const saver = new DraftSaver('bench', { screenplay: stored, revision: 1 }, { patch: never, save: never }, localStorage);
  // The editor's model after opening: every element a new object with the same content.
  let model: Screenplay = { ...stored, elements: stored.elements.map((e) => ({ ...e })) };
  const at = Math.floor(blocks / 2);
  const key = (m: Screenplay, i: number): Screenplay => ({ ...m, elements: m.elements.map((e, j) => (j === at ? { ...e, text: `${e.text}${i % 7 === 6 ? ' ' : 'a'}` } : e)) });

  model = key(model, 0);
  let t = performance.now();
  saver.journal(model); // the first after opening compares by value
  const firstMs = performance.now() - t;

  const patchMs: number[] = [];
  for (let i = 1; i <= writes; i++) {
    model = key(model, i);
    t = performance.now();
    saver.journal(model);
    patchMs.push(performance.now() - t);
  }
  const patchBytes = localStorage.getItem('naskah.journal.bench')?.length ?? 0;

  // Before: the whole draft, stringified and stored, on every save.
  const wholeMs: number[] = [];
  for (let i = 0; i < writes; i++) {
    model = key(model, i);
    t = performance.now();
    localStorage.setItem('naskah.journal.bench', JSON.stringify({ scriptId: 'bench', baseRevision: 1, at: new Date().toISOString(), screenplay: model }));
    wholeMs.push(performance.now() - t);
  }
  const draftKb = (localStorage.getItem('naskah.journal.bench')?.length ?? 0) / 1024;
  clearJournal(localStorage, 'bench');
  return { blocks, draftKb, firstMs, patchMs, patchBytes, wholeMs };
}
