/** A small screenplay with fixed ids, and helpers to edit it the way a trainee would. */
import type { Anchor } from '../../../shared/review/anchor.ts';
import { anchorFor } from '../../../shared/review/make-anchor.ts';
import type { ElementType, Screenplay, ScriptElement } from '../../../shared/screenplay/model.ts';

const el = (id: string, type: ElementType, text: string): ScriptElement => ({ id, type, text });

export function sampleScript(): Screenplay {
  return {
    version: 1,
    titlePage: [{ key: 'Title', value: 'Pulang' }],
    elements: [
      el('h1', 'scene_heading', 'INT. RUMAH BUDI - MALAM'),
      el('a1', 'action', 'Budi duduk sendirian di meja makan. Lampu berkedip.'),
      el('c1', 'character', 'BUDI'),
      el('d1', 'dialogue', 'Ibu belum pulang juga?'),
      el('c2', 'character', 'SITI'),
      el('d2', 'dialogue', 'Belum. Katanya hujan deras di pasar.'),
      el('h2', 'scene_heading', 'EXT. PASAR - MALAM'),
      el('a2', 'action', 'Hujan turun deras. Ibu berlari di antara kios yang tutup, membawa kantong plastik.'),
      el('c3', 'character', 'IBU'),
      el('d3', 'dialogue', 'Ya.'),
      el('h3', 'scene_heading', 'INT. RUMAH BUDI - MALAM'),
      el('a3', 'action', 'Pintu terbuka. Ibu masuk, basah kuyup.'),
      el('c4', 'character', 'BUDI'),
      el('d4', 'dialogue', 'Ya.'),
    ],
  };
}

export function findById(script: Screenplay, id: string): ScriptElement {
  const found = script.elements.find((e) => e.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
}

export function withText(script: Screenplay, id: string, text: string): Screenplay {
  return { ...script, elements: script.elements.map((e) => (e.id === id ? { ...e, text } : e)) };
}

export function without(script: Screenplay, ...ids: string[]): Screenplay {
  return { ...script, elements: script.elements.filter((e) => !e.id || !ids.includes(e.id)) };
}

export function insertedBefore(script: Screenplay, id: string, ...added: ScriptElement[]): Screenplay {
  const i = script.elements.findIndex((e) => e.id === id);
  return { ...script, elements: [...script.elements.slice(0, i), ...added, ...script.elements.slice(i)] };
}

/** Moves the scene starting at heading `id` (up to the next heading) to the end of the script. */
export function sceneMovedToEnd(script: Screenplay, id: string): Screenplay {
  const start = script.elements.findIndex((e) => e.id === id);
  let end = start + 1;
  while (end < script.elements.length && script.elements[end].type !== 'scene_heading') end++;
  const scene = script.elements.slice(start, end);
  return { ...script, elements: [...script.elements.slice(0, start), ...script.elements.slice(end), ...scene] };
}

/** Same element with a new id: what happens when a line is cut and retyped. */
export function reIded(script: Screenplay, id: string, newId: string, text?: string): Screenplay {
  return { ...script, elements: script.elements.map((e) => (e.id === id ? { ...e, id: newId, text: text ?? e.text } : e)) };
}

/**
 * A 120-scene script with 200 comments, then every commented line retyped with a small rewrite:
 * re-anchoring's slowest path (approximate search over the whole draft). The re-anchor test and
 * `npm run bench:limits` use it.
 */
export function rewrittenScriptWithComments(): { edited: Screenplay; anchors: Anchor[] } {
  const big: Screenplay = { version: 1, titlePage: [], elements: [] };
  for (let s = 0; s < 120; s++) {
    big.elements.push(el(`h${s}`, 'scene_heading', `INT. RUANG ${s} - SIANG`));
    for (let k = 0; k < 8; k++) big.elements.push(el(`a${s}_${k}`, 'action', `Adegan ${s} baris ${k}: seseorang berjalan ke jendela dan melihat keluar ke arah jalan ${s * 10 + k}.`));
  }
  const anchors: Anchor[] = [];
  for (let i = 0; i < 200; i++) {
    const s = (i * 7) % 120;
    const made = anchorFor(big, `a${s}_${i % 8}`, 10, 60);
    if (made.ok) anchors.push(made.value);
  }
  const edited: Screenplay = {
    ...big,
    elements: big.elements.map((e) => (e.type === 'action' ? { ...e, id: `x${e.id}`, text: e.text.replace('berjalan', 'melangkah') } : e)),
  };
  return { edited, anchors };
}

export { el };
