/** Deterministic generated screenplays for benchmarks: feature-like rhythm of scenes and speeches. */
import { paginate } from '../shared/screenplay/layout/paginate.ts';
import type { PaperProfile } from '../shared/screenplay/layout/profiles.ts';
import type { Screenplay, ScriptElement } from '../shared/screenplay/model.ts';

const NAMES = ['SARI', 'BUDI', 'DEWI', 'RAKA', 'IBU RATNA', 'PAK HARJO'];
const PLACES = ['WARUNG', 'JALAN RAYA', 'RUMAH SARI', 'PASAR', 'KANTOR POLISI', 'STASIUN'];
const TIMES = ['MALAM', 'PAGI', 'SIANG', 'SORE', 'DAY', 'NIGHT'];
const ACTION = 'Rain drums on the tin roof while the neon sign outside flickers, throwing red light over the empty tables.';
const LINES = ['We are closed.', 'Not for me you are not. I came all the way from Bandung in this weather.', 'Sit down. I will make you tea, and then you will tell me why.', 'I had nowhere else to go.'];

/** Exactly `blocks` elements (the editor's unit of work). */
export function generateBlocks(blocks: number): Screenplay {
  const elements: ScriptElement[] = [];
  let scene = 0;
  while (elements.length < blocks) {
    elements.push({ type: 'scene_heading', text: `${scene % 3 ? 'INT.' : 'EXT.'} ${PLACES[scene % PLACES.length]} - ${TIMES[scene % TIMES.length]}` });
    elements.push({ type: 'action', text: ACTION });
    for (let k = 0; k < 4; k++) {
      elements.push({ type: 'character', text: NAMES[(scene + k) % NAMES.length] });
      if (k === 2) elements.push({ type: 'parenthetical', text: '(quietly)' });
      elements.push({ type: 'dialogue', text: LINES[(scene + k) % LINES.length] });
    }
    elements.push({ type: 'action', text: ACTION.slice(0, 60) });
    scene++;
  }
  return { version: 1, titlePage: [{ key: 'Title', value: `Bench ${blocks}` }], elements: elements.slice(0, blocks) };
}

/** About `scenes` scenes of a feature film (~190 scenes ≈ 120 pages). */
export function generateFeature(scenes: number): Screenplay {
  return generateBlocks(scenes * 13);
}

/**
 * The smallest generated script that lays out to exactly `pages` pages on `profile`, found by
 * bisection on the block count and confirmed with the layout engine the editor and PDF share.
 */
export function generatePages(pages: number, profile: PaperProfile, generate: (blocks: number) => Screenplay = generateBlocks): { screenplay: Screenplay; pages: number } {
  const count = (blocks: number) => paginate(generate(blocks), profile).pages.length;
  let lo = 1;
  let hi = 64;
  while (count(hi) < pages) hi *= 2;
  // Invariant: count(lo) < pages <= count(hi) (pages only grow with blocks).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (count(mid) < pages) lo = mid;
    else hi = mid;
  }
  const screenplay = generate(hi);
  const laid = paginate(screenplay, profile).pages.length;
  if (laid !== pages) throw new Error(`generatePages: ${hi} blocks lay out to ${laid} pages, not ${pages}`);
  return { screenplay, pages: laid };
}

const LONG_LINE = 'I waited at the station until the last train left. Nobody came, and the guard asked me to go home. ';

/**
 * Exactly `blocks` elements like generateBlocks, with what the page view draws around the text in
 * every scene: a long speech that splits across pages with (MORE) and CONT'D, a character who
 * speaks again after action (automatic CONT'D), and dual dialogue.
 */
export function generateMarkedBlocks(blocks: number): Screenplay {
  const elements: ScriptElement[] = [];
  let scene = 0;
  while (elements.length < blocks) {
    const who = NAMES[scene % NAMES.length];
    const other = NAMES[(scene + 1) % NAMES.length];
    elements.push({ type: 'scene_heading', text: `${scene % 3 ? 'INT.' : 'EXT.'} ${PLACES[scene % PLACES.length]} - ${TIMES[scene % TIMES.length]}` });
    elements.push({ type: 'action', text: ACTION });
    elements.push({ type: 'character', text: who });
    elements.push({ type: 'dialogue', text: LONG_LINE.repeat(1 + (scene % 4)).trim() });
    elements.push({ type: 'action', text: ACTION.slice(0, 60) });
    elements.push({ type: 'character', text: who });
    elements.push({ type: 'dialogue', text: LINES[scene % LINES.length] });
    elements.push({ type: 'character', text: other });
    elements.push({ type: 'dialogue', text: LINES[(scene + 1) % LINES.length] });
    elements.push({ type: 'character', text: NAMES[(scene + 2) % NAMES.length], dual: true });
    elements.push({ type: 'dialogue', text: LINES[(scene + 2) % LINES.length], dual: true });
    scene++;
  }
  return { version: 1, titlePage: [{ key: 'Title', value: `Bench marks ${blocks}` }], elements: elements.slice(0, blocks) };
}
