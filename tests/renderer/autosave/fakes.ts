/** Stand-ins for the autosave's surroundings: a Map for localStorage and a store that applies patches as the service does. */
import { AppError } from '../../../shared/errors.ts';
import { applyDraftPatch, type DraftPatch } from '../../../shared/screenplay/draft-patch.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import type { DraftTransport } from '../../../renderer/autosave/draft-saver.ts';
import type { JournalStorage } from '../../../renderer/autosave/journal.ts';

export function memoryStorage(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

export interface Deferred {
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * The store's draft.patch / draft.save rules (stale revision, a patch that does not fit) on an
 * in-memory draft, copied through JSON as the wire would. With `hold`, each call waits until the
 * test releases it (deferred promises, no sleeps).
 */
export function fakeStore(initial: Screenplay) {
  const store = {
    draft: structuredClone(initial),
    revision: 1,
    calls: [] as { method: 'patch' | 'save'; body: string }[],
    hold: false,
    failWith: null as unknown,
    waiting: [] as Deferred[],
  };
  const gate = async () => {
    if (store.hold) await new Promise<void>((resolve, reject) => store.waiting.push({ resolve, reject }));
    if (store.failWith) throw store.failWith;
  };
  const transport: DraftTransport = {
    async patch(input: { scriptId: string; baseRevision: number } & DraftPatch) {
      store.calls.push({ method: 'patch', body: JSON.stringify(input) });
      await gate();
      const p = JSON.parse(JSON.stringify(input)) as typeof input;
      if (p.baseRevision !== store.revision) throw new AppError('library.stale_draft', { expected: p.baseRevision, found: store.revision });
      if (p.start + p.deleteCount > store.draft.elements.length) throw new AppError('library.bad_patch', {});
      store.draft = { ...store.draft, titlePage: p.titlePage ?? store.draft.titlePage, elements: applyDraftPatch(store.draft.elements, p.start, p.deleteCount, p.insert) };
      return { revision: ++store.revision };
    },
    async save(input: { scriptId: string; baseRevision: number; screenplay: Screenplay }) {
      store.calls.push({ method: 'save', body: JSON.stringify(input) });
      await gate();
      if (input.baseRevision !== store.revision) throw new AppError('library.stale_draft', { expected: input.baseRevision, found: store.revision });
      store.draft = structuredClone(input.screenplay);
      return { revision: ++store.revision };
    },
  };
  return { store, transport };
}
