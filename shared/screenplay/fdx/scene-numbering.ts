/**
 * Locked scene numbers in Final Draft files. What real files show: each Scene Heading paragraph
 * carries its number as a `Number` attribute ("12A"), an omitted scene is a Scene Heading whose
 * text is "OMITTED" with its number (Final Draft nests the cut scene in <OmittedScene>, which we
 * do not keep), and <SceneNumberOptions> at the top level says where the numbers print
 * (ShowNumbersOnLeft/Right, NumberScheme="1A" for A/B scenes).
 *
 * No attribute in those files says "locked", so the writer adds Naskah's own `NaskahLocked="Yes"`
 * (Final Draft ignores attributes it does not know) and the reader also takes a file as locked
 * when its numbers can only come from locking: an A/B number or an OMITTED scene.
 */
import type { Screenplay, ScriptElement } from '../model.ts';
import { isOmittedHeading, printsSceneNumber } from '../scene-numbers/lock.ts';
import { compareSceneNumbers, parseSceneNumber } from '../scene-numbers/order.ts';

/**
 * The <SceneNumberOptions> line: a locked script's, and the places of a script from Final Draft that
 * moved its numbers (layout.sceneNumbers); none otherwise (Final Draft's defaults apply).
 */
export function sceneNumberOptionsXml(script: Screenplay): string[] {
  const at = script.layout?.sceneNumbers;
  const places = (at?.left !== undefined ? ` LeftLocation="${at.left.toFixed(2)}"` : '') + (at?.right !== undefined ? ` RightLocation="${at.right.toFixed(2)}"` : '');
  if (script.lockedSceneNumbers) return [`  <SceneNumberOptions${places} ShowNumbersOnLeft="Yes" ShowNumbersOnRight="Yes" NumberScheme="1A" NaskahLocked="Yes"/>`];
  return places ? [`  <SceneNumberOptions${places}/>`] : [];
}

function lettered(n: string): boolean {
  const parts = parseSceneNumber(n);
  return parts !== null && (parts.prefix !== '' || parts.suffix !== '');
}

/** Whether a read file's scene numbers are locked: `naskahLocked` is the NaskahLocked attribute as read. */
export function readLocked(naskahLocked: string | undefined, elements: readonly ScriptElement[]): boolean {
  if (naskahLocked === 'Yes') return true;
  return elements.some((el) => printsSceneNumber(el) && el.sceneNumber !== undefined && (lettered(el.sceneNumber) || isOmittedHeading(el)));
}

/**
 * An unlocked file's numbers as Final Draft prints them. Unlocked, Final Draft numbers its scene
 * headings and numbered shots 1, 2, 3 … in order, whatever `Number` the file last saved: a Final
 * Draft 12 print numbered a heading saved as 132 "134", after two shots saved as 132 and 133. So
 * where the saved numbers of an unlocked file repeat or go backwards, every heading and numbered
 * shot is numbered again in order, from the first saved number (a whole number: a file with A/B
 * numbers is read as locked). Numbers that only ever go up are kept (a file where none repeats
 * was never seen printed otherwise, and a writer's own numbers round-trip).
 */
export function renumberStale(elements: ScriptElement[]): void {
  const numbered = elements.filter(printsSceneNumber);
  let before: string | undefined;
  let stale = false;
  for (const el of numbered) {
    if (el.sceneNumber === undefined) continue;
    if (before !== undefined && (compareSceneNumbers(before, el.sceneNumber) ?? -1) >= 0) stale = true;
    before = el.sceneNumber;
  }
  if (!stale) return;
  const first = numbered.find((el) => el.sceneNumber !== undefined)?.sceneNumber;
  let n = parseSceneNumber(first ?? '')?.n ?? 1;
  for (const el of numbered) el.sceneNumber = String(n++);
}
