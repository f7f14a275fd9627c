/**
 * The canonical text of a reviewed draft: the JSON model WITH element ids (anchors need them),
 * keys in a fixed order, two-space indentation. Its sha256 names the draft in bundle and feedback,
 * so both sides must produce byte-identical text from the same screenplay.
 */
import type { Screenplay, ScriptElement } from '../screenplay/model.ts';

export function canonicalDraft(script: Screenplay): Screenplay {
  return {
    version: 1,
    titlePage: script.titlePage.map(({ key, value }) => ({ key, value })),
    elements: script.elements.map((el) => {
      const out: ScriptElement = el.id !== undefined ? { id: el.id, type: el.type, text: el.text } : { type: el.type, text: el.text };
      if (el.marks?.length) out.marks = el.marks.map(({ start, end, style }) => ({ start, end, style }));
      if (el.sceneNumber !== undefined) out.sceneNumber = el.sceneNumber;
      if (el.depth !== undefined) out.depth = el.depth;
      if (el.dual) out.dual = true;
      return out;
    }),
  };
}

export function canonicalDraftJson(script: Screenplay): string {
  return JSON.stringify(canonicalDraft(script), null, 2) + '\n';
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
