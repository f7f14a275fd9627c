/**
 * Locking and unlocking a script's scene numbers (contract 2: top-level `lockedSceneNumbers:
 * true`, `sceneNumber` on every heading).
 *
 * - Lock: every heading keeps the number it prints now (its own, or its place) and the script is
 *   marked locked; from then on new scenes get A/B numbers (assign.ts) and a deleted scene stays
 *   as an "OMITTED" heading with its number, as production drafts print it.
 * - Unlock: the numbers go and the OMITTED placeholders with them; the scenes number 1, 2, 3 …
 *   in their order again (Final Draft's "unlock" followed by "renumber").
 */
import type { Screenplay, ScriptElement } from '../model.ts';
import { numberHeadings } from './assign.ts';
import { compareSceneNumbers } from './order.ts';

/** The heading text of a scene that was deleted while the numbers were locked (as Final Draft prints it). */
export const OMITTED_TEXT = 'OMITTED';

export function isOmittedHeading(el: Pick<ScriptElement, 'type' | 'text' | 'sceneNumber'>): boolean {
  return el.type === 'scene_heading' && el.sceneNumber !== undefined && el.text.trim().toUpperCase() === OMITTED_TEXT;
}

/**
 * Whether an element prints a scene number: every scene heading, and a shot that carries one.
 * Final Draft numbers a Shot paragraph that has a `Number` (a shot numbered as a scene) in the same
 * sequence as the headings, and leaves a shot without one unnumbered.
 */
export function printsSceneNumber(el: Pick<ScriptElement, 'type' | 'sceneNumber'>): boolean {
  return el.type === 'scene_heading' || (el.type === 'shot' && el.sceneNumber !== undefined);
}

/** The number each heading (and numbered shot) prints, by element index (locked or not: see assign.ts). */
export function sceneNumbersOf(elements: readonly ScriptElement[], locked: boolean): Map<number, string> {
  const at: number[] = [];
  const headings: ScriptElement[] = [];
  elements.forEach((el, i) => {
    if (!printsSceneNumber(el)) return;
    at.push(i);
    headings.push(el);
  });
  const numbers = numberHeadings(headings, locked);
  return new Map(at.map((i, k) => [i, numbers[k]]));
}

export function lockSceneNumbers(script: Screenplay): Screenplay {
  const numbers = sceneNumbersOf(script.elements, script.lockedSceneNumbers === true);
  const elements = script.elements.map((el, i) => {
    const n = numbers.get(i);
    return n === undefined || el.sceneNumber === n ? el : { ...el, sceneNumber: n };
  });
  return { ...script, elements, lockedSceneNumbers: true };
}

export function unlockSceneNumbers(script: Screenplay): Screenplay {
  const elements = script.elements
    .filter((el) => !isOmittedHeading(el))
    .map((el) => {
      if (el.sceneNumber === undefined) return el;
      const { sceneNumber: _dropped, ...rest } = el;
      return rest;
    });
  const { lockedSceneNumbers: _off, ...rest } = script;
  return { ...rest, elements };
}

/**
 * Where the OMITTED heading of a deleted scene numbered `number` goes: just before the first
 * heading whose number comes after it (the end of the script if none does).
 */
export function omittedIndex(elements: readonly Pick<ScriptElement, 'type' | 'sceneNumber'>[], number: string): number {
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.type !== 'scene_heading' || el.sceneNumber === undefined) continue;
    if ((compareSceneNumbers(el.sceneNumber, number) ?? -1) > 0) return i;
  }
  return elements.length;
}

/** The heading that stands for a deleted scene while the numbers are locked. */
export function omittedHeading(number: string): ScriptElement {
  return { type: 'scene_heading', text: OMITTED_TEXT, sceneNumber: number };
}
