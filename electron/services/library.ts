/**
 * Library use cases: scripts, their autosaved working draft, snapshots, import and export.
 * Every change that touches more than one row runs in one transaction, so a failure leaves the
 * library exactly as it was.
 */
import type { FilePayload, libraryApi, ScriptSummary } from '../../shared/api/library.ts';
import { AppError } from '../../shared/errors.ts';
import { countScenes, countWords } from '../../shared/screenplay/counts.ts';
import { isPdfFileName, readScript } from '../../shared/screenplay/formats.ts';
import { withIds } from '../../shared/screenplay/ids.ts';
import { emptyScreenplay, type Screenplay } from '../../shared/screenplay/model.ts';
import { libraryTitle } from '../../shared/screenplay/rules/title.ts';
import { screenplaySchema } from '../../shared/screenplay/schema.ts';
import { patchDraft } from './draft-patch.ts';
import { exportScript } from './export.ts';
import { sidesFile } from './sides.ts';
import { getDraft, putDraft } from '../store/drafts.ts';
import { newId, nowIso } from '../store/ids.ts';
import {
  getScript,
  insertScript,
  listScripts,
  setDeleted,
  setTitle,
  touchScript,
  type ScriptRow,
} from '../store/scripts.ts';
import { copySnapshots, getSnapshot, insertSnapshot, listSnapshots } from '../store/snapshots.ts';
import type { ServiceContext } from './context.ts';
import type { HandlersFor } from './handlers.ts';
import { currentSettings } from './settings.ts';
import { translate } from '../i18n.ts';

/** A stored script as the contract shows it (the Trash's items extend it). */
export { summary as scriptSummary };

function summary(row: ScriptRow): ScriptSummary {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted: row.deleted_at !== null,
    sceneCount: row.scene_count,
    wordCount: row.word_count,
  };
}

function requireScript(ctx: ServiceContext, id: string): ScriptRow {
  const row = getScript(ctx.db, id);
  if (!row) throw new AppError('library.not_found', { id });
  return row;
}

function parseBody(body: string, what: string): Screenplay {
  const parsed = screenplaySchema.safeParse(JSON.parse(body));
  if (!parsed.success) throw new AppError('library.damaged_draft', { id: what });
  return parsed.data;
}

function writeDraft(ctx: ServiceContext, scriptId: string, screenplay: Screenplay, revision: number, at: string): void {
  putDraft(ctx.db, {
    scriptId,
    body: JSON.stringify(screenplay),
    revision,
    savedAt: at,
    sceneCount: countScenes(screenplay),
    wordCount: countWords(screenplay),
  });
}

/**
 * A rename in the library is also the title page's Title (as editing the title page renames the
 * library entry): a new revision of the working draft when it has a Title field that differs. A
 * script without one gets none — adding a title page would change what its PDF prints.
 */
function renameTitlePage(ctx: ServiceContext, scriptId: string, title: string, at: string): void {
  const row = getDraft(ctx.db, scriptId);
  if (!row) return;
  const screenplay = parseBody(row.body, scriptId);
  const field = screenplay.titlePage.find((f) => f.key.toLowerCase() === 'title');
  if (!field || field.value === title) return;
  field.value = title;
  writeDraft(ctx, scriptId, screenplay, row.revision + 1, at);
}

/** Creates a script with a draft in one transaction; used by create, import and duplicate. */
export function createScript(ctx: ServiceContext, title: string, screenplay: Screenplay): ScriptSummary {
  const id = newId();
  const at = nowIso();
  ctx.db.transaction(() => {
    insertScript(ctx.db, { id, title, at });
    writeDraft(ctx, id, withIds(screenplay), 0, at);
  })();
  return summary(requireScript(ctx, id));
}

export function loadDraft(ctx: ServiceContext, scriptId: string) {
  requireScript(ctx, scriptId);
  const row = getDraft(ctx.db, scriptId);
  if (!row) return { scriptId, screenplay: emptyScreenplay(), revision: 0, savedAt: nowIso() };
  return { scriptId, screenplay: parseBody(row.body, scriptId), revision: row.revision, savedAt: row.saved_at };
}

/** The editor never sends the script's own page layout (from Final Draft): a save without one keeps the stored one. */
function withStoredLayout(ctx: ServiceContext, scriptId: string, screenplay: Screenplay): Screenplay {
  if (screenplay.layout) return screenplay;
  const body = getDraft(ctx.db, scriptId)?.body;
  if (!body?.includes('"layout"')) return screenplay;
  const stored = parseBody(body, scriptId).layout;
  return stored ? { ...screenplay, layout: stored } : screenplay;
}

function saveDraft(ctx: ServiceContext, scriptId: string, screenplay: Screenplay, baseRevision?: number) {
  const at = nowIso();
  let revision = 0;
  ctx.db.transaction(() => {
    requireScript(ctx, scriptId);
    const current = getDraft(ctx.db, scriptId)?.revision ?? 0;
    // Two windows on one script must never silently overwrite each other's work.
    if (baseRevision !== undefined && baseRevision !== current) {
      throw new AppError('library.stale_draft', { expected: baseRevision, found: current });
    }
    revision = current + 1;
    writeDraft(ctx, scriptId, withStoredLayout(ctx, scriptId, screenplay), revision, at);
    touchScript(ctx.db, scriptId, at);
  })();
  return { revision, savedAt: at };
}

export function importScript(ctx: ServiceContext, fileName: string, content: string): ScriptSummary {
  if (/\.naskahpack$/i.test(fileName)) throw new AppError('library.course_pack_in_library', { file: fileName });
  // Parse completely before touching the store: a broken file changes nothing.
  const parsed = readScript(fileName, content);
  if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.params);
  return createScript(ctx, libraryTitle(parsed.value, fileName, translate('library', 'untitled', {}, currentSettings(ctx).language)), parsed.value);
}

/** A screenplay PDF (content is base64): its text is read back into elements (electron/pdf-import). */
export async function importPdf(ctx: ServiceContext, fileName: string, base64: string): Promise<ScriptSummary> {
  // pdf.js is large: loaded on the first PDF import, not at start-up.
  const { readPdfScript } = await import('../pdf-import/read-pdf.ts');
  const parsed = await readPdfScript(Buffer.from(base64, 'base64'));
  if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.params);
  return createScript(ctx, libraryTitle(parsed.value, fileName, translate('library', 'untitled', {}, currentSettings(ctx).language)), parsed.value);
}

export function libraryHandlers(
  ctx: ServiceContext,
): HandlersFor<typeof libraryApi> {
  return {
    'library.list': ({ includeDeleted }) => listScripts(ctx.db, includeDeleted).map(summary),
    'library.create': ({ title, elements }) =>
      createScript(ctx, title, { ...emptyScreenplay(), ...(elements?.length ? { elements } : {}), titlePage: [{ key: 'Title', value: title }] }),
    'library.rename': ({ id, title }) => {
      requireScript(ctx, id);
      const at = nowIso();
      ctx.db.transaction(() => {
        setTitle(ctx.db, id, title, at);
        renameTitlePage(ctx, id, title, at);
      })();
      return summary(requireScript(ctx, id));
    },
    'library.duplicate': ({ id, title }) => {
      const source = requireScript(ctx, id);
      const draft = loadDraft(ctx, id);
      let created!: ScriptSummary;
      ctx.db.transaction(() => {
        created = createScript(ctx, title ?? `${source.title} (2)`, draft.screenplay);
        copySnapshots(ctx.db, id, created.id, newId);
      })();
      return created;
    },
    'library.delete': ({ id }) => {
      requireScript(ctx, id);
      setDeleted(ctx.db, id, nowIso());
      return { ok: true };
    },
    'library.restore': ({ id }) => {
      requireScript(ctx, id);
      setDeleted(ctx.db, id, null);
      return summary(requireScript(ctx, id));
    },
    'library.import': ({ fileName, content }) => (isPdfFileName(fileName) ? importPdf(ctx, fileName, content) : importScript(ctx, fileName, content)),
    'library.export': async ({ id, format, paper, titlePage, sceneNumbers, automaticContd, revisedOnly }): Promise<FilePayload> => {
      const row = requireScript(ctx, id);
      const draft = loadDraft(ctx, id);
      const settings = currentSettings(ctx);
      return exportScript(draft.screenplay, row.title, format, paper ?? settings.paper, { titlePage, sceneNumbers, automaticContd, defaultAutomaticContd: settings.automaticContd, revisedOnly });
    },
    'library.sides': async ({ id, character, format, paper }): Promise<FilePayload> => {
      const draft = loadDraft(ctx, id);
      const settings = currentSettings(ctx);
      return sidesFile(draft.screenplay, character, format, paper ?? settings.paper, settings.language);
    },
    'draft.load': ({ scriptId }) => loadDraft(ctx, scriptId),
    'draft.save': ({ scriptId, screenplay, baseRevision }) => saveDraft(ctx, scriptId, screenplay, baseRevision),
    'draft.patch': ({ scriptId, baseRevision, start, deleteCount, insert, titlePage, revisions }) => patchDraft(ctx, scriptId, baseRevision, { start, deleteCount, insert, titlePage, revisions }),
    'snapshot.list': ({ scriptId }) => {
      requireScript(ctx, scriptId);
      return listSnapshots(ctx.db, scriptId).map((s) => ({ id: s.id, scriptId: s.script_id, name: s.name, createdAt: s.created_at }));
    },
    'snapshot.create': ({ scriptId, name }) => {
      const draft = loadDraft(ctx, scriptId);
      const snap = { id: newId(), scriptId, name, body: JSON.stringify(draft.screenplay), at: nowIso() };
      insertSnapshot(ctx.db, snap);
      return { id: snap.id, scriptId, name, createdAt: snap.at };
    },
    'snapshot.load': ({ id }) => {
      const s = getSnapshot(ctx.db, id);
      if (!s) throw new AppError('library.snapshot_not_found', { id });
      return {
        snapshot: { id: s.id, scriptId: s.script_id, name: s.name, createdAt: s.created_at },
        screenplay: parseBody(s.body, id),
      };
    },
    'snapshot.restore': ({ id }) => {
      const s = getSnapshot(ctx.db, id);
      if (!s) throw new AppError('library.snapshot_not_found', { id });
      const restored = parseBody(s.body, id);
      ctx.db.transaction(() => {
        // The current draft is kept as a snapshot first, so restoring never loses work.
        const current = loadDraft(ctx, s.script_id);
        insertSnapshot(ctx.db, {
          id: newId(),
          scriptId: s.script_id,
          // Stored text the user reads later: in the UI language of the moment.
          name: translate('library', 'snapshotBeforeRestore', { name: s.name }, currentSettings(ctx).language),
          body: JSON.stringify(current.screenplay),
          at: nowIso(),
        });
        saveDraft(ctx, s.script_id, restored);
      })();
      return loadDraft(ctx, s.script_id);
    },
  };
}
