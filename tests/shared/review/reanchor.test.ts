import { describe, expect, it } from 'vitest';
import type { Anchor, TextAnchor } from '../../../shared/review/anchor.ts';
import { buildDocText } from '../../../shared/review/doc-text.ts';
import { anchorFor, makeSceneAnchor } from '../../../shared/review/make-anchor.ts';
import { reanchor, reanchorAll } from '../../../shared/review/reanchor.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';
import { el, findById, insertedBefore, reIded, rewrittenScriptWithComments, sampleScript, sceneMovedToEnd, withText, without } from './fixtures.ts';

const frozen = sampleScript();

/** An anchor on the first occurrence of `quote` in element `id` of the frozen draft. */
function anchorOn(id: string, quote: string, script: Screenplay = frozen): TextAnchor {
  const text = findById(script, id).text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in ${id}`);
  const made = anchorFor(script, id, start, start + quote.length);
  if (!made.ok) throw new Error(made.error.code);
  return made.value;
}

/** The text a placement covers in `script`. */
function placedText(script: Screenplay, anchor: Anchor): { status: string; elementId: string | null; text: string } {
  const { placement } = reanchor(script, anchor);
  const element = placement.elementId ? findById(script, placement.elementId) : undefined;
  const text = element && placement.start !== null && placement.end !== null ? element.text.slice(placement.start, placement.end) : '';
  return { status: placement.status, elementId: placement.elementId, text };
}

describe('makeTextAnchor', () => {
  it('keeps quote, context across neighbouring lines, and the scene', () => {
    const a = anchorOn('d1', 'belum pulang');
    expect(a).toMatchObject({ elementId: 'd1', start: 4, end: 16, quote: 'belum pulang', sceneHeadingText: 'INT. RUMAH BUDI - MALAM', sceneIndex: 0 });
    expect(a.prefix.endsWith('BUDI\nIbu ')).toBe(true);
    expect(a.suffix.startsWith(' juga?\nSITI')).toBe(true);
  });

  it('refuses offsets outside the element and unknown ids', () => {
    expect(anchorFor(frozen, 'd1', 0, 999).ok).toBe(false);
    expect(anchorFor(frozen, 'nope', 0, 1).ok).toBe(false);
  });
});

describe('reanchor by element id', () => {
  it('is exact on an unchanged draft', () => {
    expect(placedText(frozen, anchorOn('a2', 'kios yang tutup'))).toEqual({ status: 'exact', elementId: 'a2', text: 'kios yang tutup' });
  });

  it('follows the quote when text is inserted before it inside the line', () => {
    const edited = withText(frozen, 'a2', 'Malam itu hujan turun deras sekali. Ibu berlari di antara kios yang tutup, membawa kantong plastik.');
    const r = reanchor(edited, anchorOn('a2', 'kios yang tutup'));
    expect(r.placement).toMatchObject({ status: 'moved', elementId: 'a2', similarity: 1 });
    expect(placedText(edited, anchorOn('a2', 'kios yang tutup')).text).toBe('kios yang tutup');
    // The refreshed anchor points at the new offsets, so the next edit starts from there.
    expect(r.anchor).toMatchObject({ kind: 'text', elementId: 'a2', quote: 'kios yang tutup', start: edited.elements[7].text.indexOf('kios') });
  });

  it('is unaffected by whole lines inserted before it', () => {
    const edited = insertedBefore(frozen, 'h1', el('n1', 'action', 'Hujan.'), el('n2', 'scene_heading', 'EXT. JALAN - SORE'));
    expect(placedText(edited, anchorOn('d2', 'hujan deras'))).toEqual({ status: 'exact', elementId: 'd2', text: 'hujan deras' });
  });

  it('finds a quote that was edited inside (text inserted within it)', () => {
    const edited = withText(frozen, 'a2', 'Hujan turun deras. Ibu berlari di antara kios-kios kecil yang tutup, membawa kantong plastik.');
    const got = placedText(edited, anchorOn('a2', 'berlari di antara kios yang tutup'));
    expect(got.status).toBe('fuzzy');
    expect(got.elementId).toBe('a2');
    expect(got.text).toBe('berlari di antara kios-kios kecil yang tutup');
  });

  it('finds a rewritten line approximately and keeps a heavily rewritten one on its line', () => {
    const light = withText(frozen, 'a1', 'Budi duduk sendiri di meja makan. Lampunya berkedip.');
    const lightHit = placedText(light, anchorOn('a1', 'Budi duduk sendirian di meja makan.'));
    expect(lightHit.status).toBe('fuzzy');
    expect(lightHit.text).toBe('Budi duduk sendiri di meja makan.');

    const heavy = withText(frozen, 'a1', 'Sunyi. Hanya jam dinding yang terdengar.');
    const r = reanchor(heavy, anchorOn('a1', 'Budi duduk sendirian di meja makan.'));
    expect(r.placement).toMatchObject({ status: 'element', elementId: 'a1', start: 0, end: heavy.elements[1].text.length });
    // The original quote is kept, so the next import can still look for it.
    expect(r.anchor).toMatchObject({ quote: 'Budi duduk sendirian di meja makan.' });
  });

  it('picks the occurrence whose context matches when a quote repeats inside a line', () => {
    const script = withText(frozen, 'a3', 'Pintu terbuka. Ibu masuk. Pintu terbuka lagi, angin masuk.');
    const a = anchorFor(script, 'a3', 26, 39); // the second "Pintu terbuka"
    if (!a.ok) throw new Error('anchor');
    const edited = withText(script, 'a3', 'Sunyi. Pintu terbuka. Ibu masuk. Pintu terbuka lagi, angin masuk.');
    const r = reanchor(edited, a.value);
    expect(r.placement).toMatchObject({ status: 'moved', elementId: 'a3', start: 33, end: 46 });
  });
});

describe('reanchor when the element is gone', () => {
  it('finds the exact quote in a retyped line (new id) by quote', () => {
    const edited = reIded(frozen, 'a2', 'zz9');
    expect(placedText(edited, anchorOn('a2', 'kios yang tutup'))).toEqual({ status: 'moved', elementId: 'zz9', text: 'kios yang tutup' });
  });

  it('follows a moved scene', () => {
    const moved = reIded(sceneMovedToEnd(frozen, 'h2'), 'a2', 'new-a2');
    const got = placedText(moved, anchorOn('a2', 'membawa kantong plastik'));
    expect(got).toEqual({ status: 'moved', elementId: 'new-a2', text: 'membawa kantong plastik' });
    // Scene notes follow the heading by id wherever the scene went.
    const sceneNote = makeSceneAnchor(buildDocText(frozen), 'a2');
    if (!sceneNote.ok) throw new Error('scene anchor');
    expect(reanchor(moved, sceneNote.value).placement).toMatchObject({ status: 'exact', elementId: 'h2' });
  });

  it('finds a retyped and reworded line approximately', () => {
    const edited = reIded(frozen, 'a2', 'q1', 'Hujan turun deras. Ibu berlari melewati kios yang tutup sambil membawa kantong plastik.');
    const got = placedText(edited, anchorOn('a2', 'Ibu berlari di antara kios yang tutup, membawa kantong plastik.'));
    expect(got.status).toBe('fuzzy');
    expect(got.elementId).toBe('q1');
    expect(got.text).toContain('Ibu berlari melewati kios yang tutup');
  });

  it('falls back to the scene when the commented line was deleted', () => {
    const edited = without(frozen, 'a2');
    expect(placedText(edited, anchorOn('a2', 'kios yang tutup'))).toEqual({ status: 'scene', elementId: 'h2', text: '' });
  });

  it('finds the scene by its heading text when the heading was retyped', () => {
    const edited = reIded(without(frozen, 'a2'), 'h2', 'h2b', 'EXT. PASAR LAMA - MALAM');
    const got = placedText(edited, anchorOn('a2', 'kios yang tutup'));
    expect(got).toEqual({ status: 'scene', elementId: 'h2b', text: '' });
  });

  it('is detached, not dropped, when neither line nor scene survives', () => {
    const edited = without(frozen, 'h2', 'a2', 'c3', 'd3');
    const r = reanchor(edited, anchorOn('a2', 'kios yang tutup'));
    expect(r.placement.status).toBe('detached');
    expect(r.anchor).toMatchObject({ quote: 'kios yang tutup' });
  });

  it('places a duplicated short quote by its context, and refuses to guess without context', () => {
    // "Ya." is both d3 (Ibu, at the market) and d4 (Budi, at home).
    const a = anchorOn('d4', 'Ya.');
    const retyped = reIded(frozen, 'd4', 'd4b');
    expect(placedText(retyped, a)).toEqual({ status: 'moved', elementId: 'd4b', text: 'Ya.' });
    // With its cue and neighbours rewritten, a three-letter quote is not placed on some other "Ya.".
    const rewritten = reIded(withText(withText(frozen, 'c4', 'SITI'), 'a3', 'Ibu masuk.'), 'd4', 'd4c', 'Tidak.');
    expect(placedText(rewritten, a).status).toBe('scene');
  });
});

describe('reanchor notes without text', () => {
  it('keeps general notes general and scene notes on their heading', () => {
    const doc = buildDocText(frozen);
    const scene = makeSceneAnchor(doc, 'd4');
    if (!scene.ok) throw new Error('scene');
    expect(scene.value).toMatchObject({ elementId: 'h3', sceneIndex: 2 });
    const results = reanchorAll(frozen, [{ kind: 'general' }, scene.value]);
    expect(results.map((r) => r.placement.status)).toEqual(['general', 'exact']);
  });

  it('finds a scene note by heading text after the heading was retyped, choosing the nearer of equal headings', () => {
    const doc = buildDocText(frozen);
    const scene = makeSceneAnchor(doc, 'a3');
    if (!scene.ok) throw new Error('scene');
    // h1 and h3 share "INT. RUMAH BUDI - MALAM"; the note was on the third scene.
    const edited = reIded(frozen, 'h3', 'h3x');
    expect(reanchor(edited, scene.value).placement).toMatchObject({ status: 'moved', elementId: 'h3x' });
  });
});

describe('reanchor on a long script', () => {
  // How long this takes is bench:limits' figure. Here the budget is unlimited, so what is checked
  // is where the comments land, whatever the machine's load; the budget's own effect is checked
  // below with a budget of zero.
  it('re-anchors 200 rewritten comments in a 120-scene script, each on its own line', () => {
    const { edited, anchors } = rewrittenScriptWithComments();
    const results = reanchorAll(edited, anchors, Infinity);
    expect(results.filter((r) => r.placement.status === 'fuzzy' || r.placement.status === 'moved').length).toBe(200);
    expect(results.every((r, i) => r.placement.elementId === `x${(anchors[i] as TextAnchor).elementId}`)).toBe(true);

    // With no time budget left, approximate search is skipped but nothing is lost: each comment
    // still lands on its scene.
    const rushed = reanchorAll(edited, anchors, 0);
    expect(rushed.every((r) => r.placement.status === 'scene')).toBe(true);
  });
});
