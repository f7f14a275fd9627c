import type { Screenplay } from '../../shared/screenplay/model.ts';

export interface SceneOf {
  headingId: string;
  heading: string;
}

/** For every element id, the scene it belongs to (its heading's id and text); none before the first heading. */
export function scenesByElement(script: Screenplay): Map<string, SceneOf> {
  const out = new Map<string, SceneOf>();
  let current: SceneOf | null = null;
  for (const el of script.elements) {
    if (el.type === 'scene_heading' && el.id) current = { headingId: el.id, heading: el.text };
    if (current && el.id) out.set(el.id, current);
  }
  return out;
}
