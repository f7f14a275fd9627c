import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../../shared/screenplay/fountain/parse.ts';
import { withIds } from '../../../shared/screenplay/ids.ts';
import { scenesByElement } from '../../../renderer/review/scene-index.ts';

describe('scenesByElement', () => {
  it('maps every element to the heading of its scene, and nothing before the first heading', () => {
    const parsed = parseFountain('A cold open.\n\nINT. RUMAH - MALAM\n\nLampu berkedip.\n\nEXT. PASAR - PAGI\n\nIbu berlari.\n');
    if (!parsed.ok) throw new Error(parsed.error.code);
    const script = withIds(parsed.value);
    expect(script.elements.map((e) => e.type)).toEqual(['action', 'scene_heading', 'action', 'scene_heading', 'action']);
    const [open, h1, a1, h2, a2] = script.elements;
    const scenes = scenesByElement(script);
    expect(scenes.has(open.id as string)).toBe(false);
    expect(scenes.get(h1.id as string)).toEqual({ headingId: h1.id, heading: 'INT. RUMAH - MALAM' });
    expect(scenes.get(a1.id as string)?.headingId).toBe(h1.id);
    expect(scenes.get(h2.id as string)?.headingId).toBe(h2.id);
    expect(scenes.get(a2.id as string)).toEqual({ headingId: h2.id, heading: 'EXT. PASAR - PAGI' });
  });
});
