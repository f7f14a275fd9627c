/** toJsonModel (shared/screenplay/json.ts): contract 2 output never carries ids; a review's draft asks for them. */
import { describe, expect, it } from 'vitest';
import { toJsonModel } from '../../../shared/screenplay/json.ts';
import type { Screenplay } from '../../../shared/screenplay/model.ts';

const script: Screenplay = {
  version: 1,
  titlePage: [],
  elements: [
    { id: 'h1', type: 'scene_heading', text: 'INT. RUMAH - MALAM', sceneNumber: '1' },
    { type: 'action', text: 'Tanpa id.' },
  ],
};

describe('toJsonModel', () => {
  it('leaves ids out of contract 2 output and keeps them first when asked', () => {
    expect(toJsonModel(script).elements.map((e) => Object.keys(e))).toEqual([['type', 'text', 'sceneNumber'], ['type', 'text']]);
    expect(toJsonModel(script, { ids: true }).elements.map((e) => Object.keys(e))).toEqual([['id', 'type', 'text', 'sceneNumber'], ['type', 'text']]);
  });
});
