/**
 * How one save reaches the store: the splice from the draft the store holds to the editor's
 * model (draft.patch), journaled before it leaves and cleared once committed; the whole draft
 * (draft.save) only when the store says the patch does not fit. Elements compare by identity
 * first and by value where identity fails: the editor hands out the same object for an unchanged
 * block, so a save after a keystroke walks the draft once and deep-compares one element; after
 * opening (or a restore) the editor's objects are new, and comparing by value still finds that
 * only the edited elements changed. Transport and storage are injected: the app passes `invoke`
 * and localStorage, tests pass fakes.
 */
import type { DraftPatch } from '../../shared/screenplay/draft-patch.ts';
import { diffDrafts } from '../../shared/screenplay/draft-patch.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { clearJournal, patchEntry, wholeEntry, writeJournal, type JournalStorage } from './journal.ts';

export interface DraftTransport {
  patch(input: { scriptId: string; baseRevision: number } & DraftPatch): Promise<{ revision: number }>;
  save(input: { scriptId: string; baseRevision: number; screenplay: Screenplay }): Promise<{ revision: number }>;
}

const codeOf = (err: unknown) => (err as { code?: unknown } | null)?.code;

export class DraftSaver {
  /** The draft the store holds (as far as this window knows) and its revision. */
  private stored: Screenplay;
  private revision: number;
  /** Another window saved this script: from now on only the whole draft can be journaled. */
  private stale = false;

  private readonly scriptId: string;
  private readonly transport: DraftTransport;
  private readonly storage: JournalStorage;

  constructor(scriptId: string, loaded: { screenplay: Screenplay; revision: number }, transport: DraftTransport, storage: JournalStorage) {
    this.scriptId = scriptId;
    this.transport = transport;
    this.storage = storage;
    this.stored = loaded.screenplay;
    this.revision = loaded.revision;
  }

  private changeTo(model: Screenplay): DraftPatch {
    return diffDrafts(this.stored, model, { byValue: true });
  }

  /** Journals `model` as a change to the stored draft without saving it (while saves are failing). */
  journal(model: Screenplay): void {
    writeJournal(this.storage, this.stale ? wholeEntry(this.scriptId, this.revision, model) : patchEntry(this.scriptId, this.revision, this.stored, this.changeTo(model)));
  }

  private async saveWhole(model: Screenplay, baseRevision: number): Promise<{ revision: number }> {
    writeJournal(this.storage, wholeEntry(this.scriptId, baseRevision, model));
    const result = await this.transport.save({ scriptId: this.scriptId, baseRevision, screenplay: model }).catch((err: unknown) => {
      if (codeOf(err) === 'library.stale_draft') this.stale = true;
      throw err;
    });
    clearJournal(this.storage, this.scriptId);
    this.accept(model, result.revision);
    return result;
  }

  /** Saves `model` on top of `baseRevision`; resolves with the new revision. */
  async save(model: Screenplay, baseRevision: number): Promise<{ revision: number }> {
    // Locking or unlocking the scene numbers, or turning revision mode on or off, changes the draft's top level, which a patch does not carry: save it whole.
    if ((this.stored.lockedSceneNumbers ?? false) !== (model.lockedSceneNumbers ?? false)) return this.saveWhole(model, baseRevision);
    if ((this.stored.revisionMode ?? false) !== (model.revisionMode ?? false)) return this.saveWhole(model, baseRevision);
    const patch = this.changeTo(model);
    if (patch.deleteCount === 0 && patch.insert.length === 0 && !patch.titlePage && !patch.revisions && baseRevision === this.revision) {
      // Typed and undone: the store already holds exactly this.
      this.accept(model, baseRevision);
      return { revision: baseRevision };
    }
    writeJournal(this.storage, patchEntry(this.scriptId, baseRevision, this.stored, patch));
    let result: { revision: number };
    try {
      result = await this.transport.patch({ scriptId: this.scriptId, baseRevision, ...patch }).catch((err: unknown) => {
        // A patch that does not fit the stored draft is never forced: the whole draft is saved instead.
        if (codeOf(err) !== 'library.bad_patch') throw err;
        writeJournal(this.storage, wholeEntry(this.scriptId, baseRevision, model));
        return this.transport.save({ scriptId: this.scriptId, baseRevision, screenplay: model });
      });
    } catch (err) {
      // Another window saved this script: a patch against our stored draft would never apply to
      // theirs, so the journal keeps the whole draft to offer back.
      if (codeOf(err) === 'library.stale_draft') {
        this.stale = true;
        writeJournal(this.storage, wholeEntry(this.scriptId, baseRevision, model));
      }
      throw err;
    }
    clearJournal(this.storage, this.scriptId);
    this.accept(model, result.revision);
    return result;
  }

  private accept(model: Screenplay, revision: number): void {
    this.stored = model;
    this.revision = revision;
  }
}
