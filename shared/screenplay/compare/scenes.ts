/** A draft cut into scenes: each scene heading starts one; what stands before the first is scene 0. */
import type { ScriptElement } from '../model.ts';

export interface SceneBlock {
  /** 0 for the lead-in before the first heading, then 1… in script order. */
  scene: number;
  /** Elements [from, to) of the draft; `from` is the heading's index. */
  from: number;
  to: number;
  heading: string;
  /** One key per element: equal keys mean the same element (type and text; emphasis is not compared). */
  keys: string[];
  /** The whole scene as one key: equal scenes have equal content keys. */
  content: string;
}

export function elementKey(e: ScriptElement): string {
  return `${e.type}\u0000${e.dual ? 'dual\u0000' : ''}${e.text}`;
}

/** Headings are compared as a writer reads them: case, spacing and the dash style aside. */
export function headingKey(text: string): string {
  return text.toUpperCase().replace(/[\s\u2013\u2014-]+/g, ' ').trim();
}

export function splitScenes(elements: readonly ScriptElement[]): SceneBlock[] {
  const blocks: SceneBlock[] = [];
  let start = 0;
  let scene = 0;
  const close = (to: number) => {
    if (to === start && scene === 0) return; // no lead-in
    const keys = elements.slice(start, to).map(elementKey);
    const heading = scene === 0 ? '' : elements[start].text;
    blocks.push({ scene, from: start, to, heading, keys, content: keys.join('\u0001') });
  };
  elements.forEach((e, i) => {
    if (e.type !== 'scene_heading') return;
    close(i);
    start = i;
    scene++;
  });
  close(elements.length);
  return blocks;
}
