/** Contract of the script library: scripts, working drafts, snapshots, import and export. */
import { z } from 'zod';
import { elementSchema, MODEL_LIMITS, revisionSetSchema, screenplaySchema, titleFieldSchema } from '../screenplay/schema.ts';
import { method } from './define.ts';

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const titleSchema = z.string().trim().min(1).max(200);

export const scriptSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Soft-deleted scripts are hidden from the list but can be restored (undo). */
  deleted: z.boolean(),
  sceneCount: z.number().int(),
  wordCount: z.number().int(),
});
export type ScriptSummary = z.infer<typeof scriptSummarySchema>;

export const draftSchema = z.object({
  scriptId: idSchema,
  screenplay: screenplaySchema,
  /** Increases by one with each save; lets the UI detect a stale writer. */
  revision: z.number().int().min(0),
  savedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

export const snapshotSchema = z.object({
  id: idSchema,
  scriptId: idSchema,
  name: z.string(),
  createdAt: z.string(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const importFormatSchema = z.enum(['fountain', 'fdx', 'json']);
export const exportFormatSchema = z.enum(['fountain', 'fdx', 'json', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** A file travelling through the contract: text as-is, binary (PDF) as base64. */
export const filePayloadSchema = z.object({
  fileName: z.string().max(255),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type FilePayload = z.infer<typeof filePayloadSchema>;

const ok = z.object({ ok: z.literal(true) });

export const libraryApi = {
  'library.list': method(z.object({ includeDeleted: z.boolean().optional() }), z.array(scriptSummarySchema)),
  /** A new script; `elements` is the template it starts from (none: a blank script). */
  'library.create': method(
    z.object({ title: titleSchema, elements: z.array(elementSchema).max(MODEL_LIMITS.elements).optional() }),
    scriptSummarySchema,
  ),
  'library.rename': method(z.object({ id: idSchema, title: titleSchema }), scriptSummarySchema),
  'library.duplicate': method(z.object({ id: idSchema, title: titleSchema.optional() }), scriptSummarySchema),
  'library.delete': method(z.object({ id: idSchema }), ok),
  'library.restore': method(z.object({ id: idSchema }), scriptSummarySchema),
  /** Imports the text of a Fountain/FDX/JSON file (picked in the UI) as a new script. */
  /** Fountain, FDX or JSON as text; a screenplay PDF (.pdf) as base64. */
  'library.import': method(
    z.object({ fileName: z.string().min(1).max(255), content: z.string().max(20_000_000) }),
    scriptSummarySchema,
  ),
  'library.export': method(
    z.object({
      id: idSchema,
      format: exportFormatSchema,
      paper: z.enum(['letter', 'a4']).optional(),
      /** PDF only: print the title page (default: when the script has one) and scene numbers on both margins (default: no). */
      titlePage: z.boolean().optional(),
      sceneNumbers: z.boolean().optional(),
      /** PDF and FDX: automatic (CONT'D) for this export (default: the script's own from Final Draft, else the app's setting). */
      automaticContd: z.boolean().optional(),
      /** PDF only: just the pages that hold revised text (default: every page). */
      revisedOnly: z.boolean().optional(),
    }),
    filePayloadSchema,
  ),
  /** One character's numbered lines with cues, from the saved working draft (same as `naskah sides`). */
  'library.sides': method(
    z.object({
      id: idSchema,
      character: z.string().trim().min(1).max(200),
      format: z.enum(['text', 'pdf']),
      paper: z.enum(['letter', 'a4']).optional(),
    }),
    filePayloadSchema,
  ),
  /** Incremental autosave: elements [start, start + deleteCount) replaced by `insert` (and the title page, when sent). */
  'draft.patch': method(
    z.object({
      scriptId: idSchema,
      baseRevision: z.number().int().min(0),
      start: z.number().int().min(0).max(MODEL_LIMITS.elements),
      deleteCount: z.number().int().min(0).max(MODEL_LIMITS.elements),
      insert: z.array(elementSchema).max(MODEL_LIMITS.elements),
      titlePage: z.array(titleFieldSchema).max(MODEL_LIMITS.titleFields).optional(),
      /** The script's revision sets, when they changed. */
      revisions: z.array(revisionSetSchema).max(999).optional(),
    }),
    z.object({ revision: z.number().int(), savedAt: z.string() }),
  ),
  'draft.load': method(z.object({ scriptId: idSchema }), draftSchema),
  'draft.save': method(
    z.object({ scriptId: idSchema, screenplay: screenplaySchema, baseRevision: z.number().int().min(0).optional() }),
    z.object({ revision: z.number().int(), savedAt: z.string() }),
  ),
  'snapshot.list': method(z.object({ scriptId: idSchema }), z.array(snapshotSchema)),
  'snapshot.create': method(z.object({ scriptId: idSchema, name: z.string().trim().min(1).max(200) }), snapshotSchema),
  'snapshot.load': method(z.object({ id: idSchema }), z.object({ snapshot: snapshotSchema, screenplay: screenplaySchema })),
  /** Makes a snapshot the working draft again (the current draft is snapshotted first). */
  'snapshot.restore': method(z.object({ id: idSchema }), draftSchema),
};
