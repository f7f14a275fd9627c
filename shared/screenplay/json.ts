/** The JSON screenplay model (ARCHITECTURE.md contract 2): reader and writer. */
import { fail, ok, type Result } from '../errors.ts';
import type { Screenplay, ScriptElement } from './model.ts';
import { screenplaySchema } from './schema.ts';
import { checkRevisions } from './revisions/check.ts';
import { normaliseRevision } from './revisions/runs.ts';

export function parseJsonModel(text: string): Result<Screenplay> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    // One line: the engine's message can quote the input, newlines and all.
    return fail('screenplay.bad_json', { detail: String((err as Error).message).replace(/\s+/g, ' ').slice(0, 200) });
  }
  if (data && typeof data === 'object' && 'version' in data && (data as { version: unknown }).version !== 1) {
    return fail('screenplay.unsupported_version', { version: String((data as { version: unknown }).version) });
  }
  const parsed = screenplaySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('screenplay.bad_model', { path: issue.path.join('.') || '(root)', problem: issue.message });
  }
  for (const [i, el] of parsed.data.elements.entries()) {
    for (const m of el.marks ?? []) {
      if (m.end > el.text.length) return fail('screenplay.bad_model', { path: `elements.${i}.marks`, problem: 'mark outside text' });
    }
  }
  const revisions = checkRevisions(parsed.data);
  if (revisions) return revisions;
  // Ids are internal to the app: an imported file gets fresh ones; revision fields in their canonical form.
  return ok({ ...parsed.data, elements: parsed.data.elements.map(({ id: _id, ...rest }) => normaliseRevision(rest)) });
}

export interface JsonModelOptions {
  /**
   * Keep element ids, first in each element. Contract 2 output has none (ids are internal to the
   * app); a review's frozen draft keeps them, because comments point at elements by id.
   */
  ids?: boolean;
}

/** Contract 2 output: fixed key order, no ids (unless asked for), optional fields only when set. */
export function toJsonModel(script: Screenplay, options: JsonModelOptions = {}): Screenplay {
  return {
    version: 1,
    titlePage: script.titlePage.map(({ key, value }) => ({ key, value })),
    elements: script.elements.map((el) => {
      const out: ScriptElement = options.ids && el.id !== undefined ? { id: el.id, type: el.type, text: el.text } : { type: el.type, text: el.text };
      if (el.marks?.length) out.marks = el.marks.map(({ start, end, style }) => ({ start, end, style }));
      if (el.sceneNumber !== undefined) out.sceneNumber = el.sceneNumber;
      if (el.depth !== undefined) out.depth = el.depth;
      if (el.dual) out.dual = true;
      if (el.fdxType !== undefined) out.fdxType = el.fdxType;
      if (el.revision !== undefined) out.revision = el.revision;
      if (el.revisionMarks?.length) out.revisionMarks = el.revisionMarks.map(({ start, end, set }) => ({ start, end, set }));
      return out;
    }),
    ...(script.layout ? { layout: script.layout } : {}),
    ...(script.lockedSceneNumbers ? { lockedSceneNumbers: true as const } : {}),
    ...(script.revisions?.length ? { revisions: script.revisions.map(({ set, name, color, date }) => (date === undefined ? { set, name, color } : { set, name, color, date })) } : {}),
    // Revision mode is kept only with a set to mark with.
    ...(script.revisionMode && script.revisions?.length ? { revisionMode: true as const } : {}),
  };
}

export function writeJsonModel(script: Screenplay): string {
  return JSON.stringify(toJsonModel(script), null, 2) + '\n';
}
