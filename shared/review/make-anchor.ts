/**
 * Builds anchors from a selection in a draft: the mentor's UI sends element id + offsets and the
 * back end fills in quote, context and scene from the frozen draft, so anchors never disagree with
 * the text they point at.
 */
import { fail, ok, type Result } from '../errors.ts';
import type { Screenplay } from '../screenplay/model.ts';
import type { SceneAnchor, TextAnchor } from './anchor.ts';
import { buildDocText, type DocText } from './doc-text.ts';
import { REVIEW_LIMITS } from './limits.ts';

export function makeTextAnchor(doc: DocText, elementId: string, start: number, end: number): Result<TextAnchor> {
  const entry = doc.byId.get(elementId);
  if (!entry) return fail('review.bad_anchor', { elementId });
  const length = entry.element.text.length;
  if (start > end || end > length) return fail('review.bad_anchor', { elementId });
  const from = entry.offset + start;
  const to = entry.offset + end;
  const scene = entry.sceneIndex === null ? undefined : doc.scenes[entry.sceneIndex];
  return ok({
    kind: 'text',
    elementId,
    start,
    end,
    quote: entry.element.text.slice(start, end).slice(0, REVIEW_LIMITS.quoteChars),
    prefix: doc.text.slice(Math.max(0, from - REVIEW_LIMITS.contextChars), from),
    suffix: doc.text.slice(to, to + REVIEW_LIMITS.contextChars),
    sceneHeadingText: scene ? scene.heading : null,
    sceneIndex: entry.sceneIndex,
  });
}

/** A scene note: pinned to the heading of the scene that contains `elementId`. */
export function makeSceneAnchor(doc: DocText, elementId: string): Result<SceneAnchor> {
  const entry = doc.byId.get(elementId);
  if (!entry || entry.sceneIndex === null) return fail('review.bad_anchor', { elementId });
  const scene = doc.scenes[entry.sceneIndex];
  if (!scene.elementId) return fail('review.bad_anchor', { elementId });
  return ok({ kind: 'scene', elementId: scene.elementId, sceneHeadingText: scene.heading, sceneIndex: scene.index });
}

export function anchorFor(script: Screenplay, elementId: string, start: number, end: number): Result<TextAnchor> {
  return makeTextAnchor(buildDocText(script), elementId, start, end);
}
