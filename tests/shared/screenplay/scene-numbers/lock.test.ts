import { describe, expect, it } from 'vitest';
import { parseJsonModel, writeJsonModel } from '../../../../shared/screenplay/json.ts';
import type { Screenplay } from '../../../../shared/screenplay/model.ts';
import { isOmittedHeading, lockSceneNumbers, omittedHeading, omittedIndex, sceneNumbersOf, unlockSceneNumbers } from '../../../../shared/screenplay/scene-numbers/lock.ts';

const script = (): Screenplay => ({
  version: 1,
  titlePage: [],
  elements: [
    { type: 'scene_heading', text: 'INT. WARUNG - MALAM' },
    { type: 'action', text: 'Hujan.' },
    { type: 'scene_heading', text: 'EXT. JALAN - PAGI' },
    { type: 'scene_heading', text: 'INT. RUMAH - SORE' },
  ],
});

describe('lock and unlock', () => {
  it('lock writes each heading the number it printed and marks the script locked', () => {
    const locked = lockSceneNumbers(script());
    expect(locked.lockedSceneNumbers).toBe(true);
    expect(locked.elements.map((e) => e.sceneNumber)).toEqual(['1', undefined, '2', '3']);
  });

  it('while locked, a scene put in after 2 is 2A and the old numbers stay', () => {
    const locked = lockSceneNumbers(script());
    locked.elements.splice(3, 0, { type: 'scene_heading', text: 'INT. DAPUR - SORE' });
    expect([...sceneNumbersOf(locked.elements, true).values()]).toEqual(['1', '2', '2A', '3']);
    expect(lockSceneNumbers(locked).elements.map((e) => e.sceneNumber)).toEqual(['1', undefined, '2', '2A', '3']);
  });

  it('a deleted scene goes back as OMITTED before the next higher number', () => {
    const locked = lockSceneNumbers(script());
    const [gone] = locked.elements.splice(2, 1);
    const at = omittedIndex(locked.elements, gone.sceneNumber!);
    expect(at).toBe(2);
    locked.elements.splice(at, 0, omittedHeading(gone.sceneNumber!));
    expect(locked.elements.map((e) => [e.text, e.sceneNumber])).toEqual([
      ['INT. WARUNG - MALAM', '1'],
      ['Hujan.', undefined],
      ['OMITTED', '2'],
      ['INT. RUMAH - SORE', '3'],
    ]);
    expect(isOmittedHeading(locked.elements[2])).toBe(true);
    expect(omittedIndex(locked.elements, '4')).toBe(locked.elements.length);
  });

  it('unlock drops the numbers and the OMITTED placeholders: scenes number 1, 2 … again, never repeating', () => {
    const locked = lockSceneNumbers(script());
    locked.elements.splice(2, 1, omittedHeading('2'));
    locked.elements.push({ type: 'scene_heading', text: 'INT. KAMAR - MALAM', sceneNumber: '3A' });
    const open = unlockSceneNumbers(locked);
    expect(open.lockedSceneNumbers).toBeUndefined();
    expect(open.elements.some((e) => e.sceneNumber !== undefined || e.text === 'OMITTED')).toBe(false);
    expect([...sceneNumbersOf(open.elements, false).values()]).toEqual(['1', '2', '3']);
  });

  it('JSON keeps lockedSceneNumbers: true and the numbers as they are (contract 2)', () => {
    const locked = lockSceneNumbers(script());
    locked.elements.splice(3, 0, { type: 'scene_heading', text: 'INT. DAPUR - SORE', sceneNumber: '2A' }, omittedHeading('2B'));
    const text = writeJsonModel(locked);
    expect(JSON.parse(text).lockedSceneNumbers).toBe(true);
    const back = parseJsonModel(text);
    expect(back.ok && back.value).toEqual(locked);
    expect(JSON.parse(writeJsonModel(script())).lockedSceneNumbers).toBeUndefined();
  });
});
