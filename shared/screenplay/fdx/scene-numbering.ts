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
import { isOmittedHeading } from '../scene-numbers/lock.ts';
import { parseSceneNumber } from '../scene-numbers/order.ts';

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
  return elements.some((el) => el.type === 'scene_heading' && el.sceneNumber !== undefined && (lettered(el.sceneNumber) || isOmittedHeading(el)));
}
