import { describe, expect, it } from 'vitest';
import { suggest, timesOfDay } from '../../../renderer/editor/autocomplete.ts';

describe('time-of-day suggestions', () => {
  it('offers the writer’s own language first, all of them', () => {
    expect(timesOfDay('id').slice(0, 5)).toEqual(['PAGI', 'SIANG', 'SORE', 'MALAM', 'SUBUH']);
    expect(timesOfDay('en')[0]).toBe('DAY');
    expect(new Set(timesOfDay('id'))).toEqual(new Set(timesOfDay('en')));
    expect(timesOfDay('ko').slice(0, 5)).toEqual(['낮', '밤', '아침', '저녁', '새벽']);
    expect(new Set(timesOfDay('ko'))).toEqual(new Set(timesOfDay('en')));
    const vocab = { characters: [], locations: [] };
    // SENJA: accepted and offered last (no example found in Indonesian scripts, GLOSSARY).
    expect(suggest('scene_heading', 'INT. WARUNG - S', vocab, 'id').map((s) => s.label)).toEqual(['SIANG', 'SORE', 'SUBUH', 'SENJA']);
  });
});
