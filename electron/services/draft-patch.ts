/**
 * Incremental autosave: the editor sends the splice that changed (shared/screenplay/draft-patch.ts)
 * and this applies it to the working draft. The service keeps, per open script, the draft's
 * elements with each one's JSON text and word count, so a save re-serialises and re-counts only
 * the changed elements; the stored body stays the same whole JSON document every reader expects.
 * The cache is keyed to the draft's revision: any other writer (a full save, a restore, another
 * process) bumps the revision and the next patch rebuilds it from the store.
 */
import { AppError } from '../../shared/errors.ts';
import { applyDraftPatch, type DraftPatch } from '../../shared/screenplay/draft-patch.ts';
import { wordsOf } from '../../shared/screenplay/counts.ts';
import type { RevisionSet, ScriptElement, TitleField } from '../../shared/screenplay/model.ts';
import type { ScriptLayout } from '../../shared/screenplay/script-layout.ts';
import { MODEL_LIMITS, screenplaySchema } from '../../shared/screenplay/schema.ts';
import { getDraft, putDraft } from '../store/drafts.ts';
import { nowIso } from '../store/ids.ts';
import { getScript, touchScript } from '../store/scripts.ts';
import type { ServiceContext } from './context.ts';

interface CachedDraft {
  revision: number;
  elements: ScriptElement[];
  json: string[];
  words: number[];
  titlePage: TitleField[];
  /** The script's own page layout (from Final Draft): the editor never sends it, a patch keeps it. */
  layout?: ScriptLayout;
  /** Locked scene numbers: changed by a whole save (the lock command), kept by every patch. */
  lockedSceneNumbers?: true;
  /** Revision sets: sent only when they change, kept between patches. */
  revisions?: RevisionSet[];
  /** Revision mode on: changed by a whole save (the toggle), kept by every patch. */
  revisionMode?: true;
}

const caches = new WeakMap<ServiceContext, Map<string, CachedDraft>>();

function cacheOf(ctx: ServiceContext): Map<string, CachedDraft> {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, (c = new Map()));
  return c;
}

function fromStore(scriptId: string, body: string, revision: number): CachedDraft {
  const parsed = screenplaySchema.safeParse(JSON.parse(body));
  if (!parsed.success) throw new AppError('library.damaged_draft', { id: scriptId });
  const elements = parsed.data.elements;
  return { revision, elements, json: elements.map((e) => JSON.stringify(e)), words: elements.map(wordsOf), titlePage: parsed.data.titlePage, layout: parsed.data.layout, lockedSceneNumbers: parsed.data.lockedSceneNumbers, revisions: parsed.data.revisions, revisionMode: parsed.data.revisionMode };
}

export function patchDraft(ctx: ServiceContext, scriptId: string, baseRevision: number, patch: DraftPatch): { revision: number; savedAt: string } {
  const at = nowIso();
  return ctx.db.transaction(() => {
    if (!getScript(ctx.db, scriptId)) throw new AppError('library.not_found', { id: scriptId });
    const row = getDraft(ctx.db, scriptId);
    const current = row?.revision ?? 0;
    // As with whole saves: two windows on one script never silently overwrite each other.
    if (!row || baseRevision !== current) throw new AppError('library.stale_draft', { expected: baseRevision, found: current });
    const cache = cacheOf(ctx);
    let draft = cache.get(scriptId);
    if (!draft || draft.revision !== current) draft = fromStore(scriptId, row.body, current);
    if (patch.start + patch.deleteCount > draft.elements.length) {
      throw new AppError('library.bad_patch', { start: patch.start, count: patch.deleteCount, length: draft.elements.length });
    }
    const elements = applyDraftPatch(draft.elements, patch.start, patch.deleteCount, patch.insert);
    if (elements.length > MODEL_LIMITS.elements) throw new AppError('library.bad_patch', { start: patch.start, count: patch.deleteCount, length: draft.elements.length });
    const json = applyDraftPatch(draft.json, patch.start, patch.deleteCount, patch.insert.map((e) => JSON.stringify(e)));
    const words = applyDraftPatch(draft.words, patch.start, patch.deleteCount, patch.insert.map(wordsOf));
    const titlePage = patch.titlePage ?? draft.titlePage;
    // The same document JSON.stringify(screenplay) writes, assembled from the cached pieces.
    const layout = draft.layout ? `,"layout":${JSON.stringify(draft.layout)}` : '';
    const locked = draft.lockedSceneNumbers ? ',"lockedSceneNumbers":true' : '';
    const revisions = patch.revisions ?? draft.revisions;
    const sets = revisions?.length ? `,"revisions":${JSON.stringify(revisions)}` : '';
    const mode = draft.revisionMode ? ',"revisionMode":true' : '';
    const body = `{"version":1,"titlePage":${JSON.stringify(titlePage)},"elements":[${json.join(',')}]${layout}${locked}${sets}${mode}}`;
    let scenes = 0;
    for (const e of elements) if (e.type === 'scene_heading') scenes++;
    const revision = current + 1;
    putDraft(ctx.db, { scriptId, body, revision, savedAt: at, sceneCount: scenes, wordCount: words.reduce((n, w) => n + w, 0) });
    touchScript(ctx.db, scriptId, at);
    cache.set(scriptId, { revision, elements, json, words, titlePage, layout: draft.layout, lockedSceneNumbers: draft.lockedSceneNumbers, revisions, revisionMode: draft.revisionMode });
    return { revision, savedAt: at };
  })();
}
