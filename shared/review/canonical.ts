/**
 * The canonical text of a reviewed draft: the JSON model WITH element ids (anchors need them), in
 * toJsonModel's fixed key order, two-space indentation. Its sha256 names the draft in bundle and
 * feedback, matches feedback to the trainee's snapshot and is carried by signed reports, so both
 * sides must produce byte-identical text from the same screenplay, and a draft that exists must
 * keep its hash (tests/shared/review/canonical.test.ts pins the bytes).
 *
 * What enters the hash — what the reviewer reads and comments point at: title page, every element
 * (synopses and Note elements included) with its id, type, text, marks, scene number, section
 * depth and dual flag. What stays out:
 * - `layout` (a Final Draft script's page and element settings): it changes where lines fall, not
 *   what the draft says; the same words printed on other paper are the same draft.
 * - `fdxType` (the Final Draft element type an element was read from): a detail for writing the
 *   file back to Final Draft, invisible in the draft.
 * Both were in the model before the hash took in every field, so hashing them would also rename
 * every existing draft imported from Final Draft and orphan its feedback, snapshots and approvals.
 * A field added to toJsonModel later enters the hash (no existing draft has it, so no hash
 * changes); one that is not about what the draft says is added to the list below, with its reason.
 * docs/review-format.md says the same for people who write their own reader.
 */
import { toJsonModel } from '../screenplay/json.ts';
import type { Screenplay } from '../screenplay/model.ts';

export function canonicalDraft(script: Screenplay): Screenplay {
  const { layout: _layout, elements, ...rest } = toJsonModel(script, { ids: true });
  return { ...rest, elements: elements.map(({ fdxType: _fdxType, ...el }) => el) };
}

export function canonicalDraftJson(script: Screenplay): string {
  return JSON.stringify(canonicalDraft(script), null, 2) + '\n';
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
