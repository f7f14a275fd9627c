/**
 * Script statistics for `naskah stats` and the Reports view: pages (from the layout engine, so
 * they match the PDF), runtime (the industry's one page ≈ one minute), scenes by INT/EXT and time
 * of day, locations, and per-character speeches, words and scenes.
 */
import { countWords } from './counts.ts';
import { paginate } from './layout/paginate.ts';
import type { PaperProfile } from './layout/profiles.ts';
import type { Screenplay } from './model.ts';
import { cueName } from './rules/cue.ts';
import { parseHeading } from './rules/heading.ts';

export interface CharacterStats {
  name: string;
  speeches: number;
  words: number;
  scenes: number;
}

export interface ScriptStats {
  pages: number;
  runtimeMinutes: number;
  scenes: number;
  words: number;
  dialogueWords: number;
  interior: number;
  exterior: number;
  both: number;
  timesOfDay: Record<string, number>;
  locations: { name: string; scenes: number }[];
  characters: CharacterStats[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const words = (s: string) => s.match(WORD)?.length ?? 0;

export function scriptStats(script: Screenplay, profile: PaperProfile): ScriptStats {
  const layout = paginate(script, profile);
  const chars = new Map<string, { speeches: number; words: number; scenes: Set<number> }>();
  const locations = new Map<string, number>();
  const timesOfDay: Record<string, number> = {};
  let scene = 0;
  let interior = 0;
  let exterior = 0;
  let both = 0;
  let dialogueWords = 0;
  let speaker: string | null = null;
  for (const el of script.elements) {
    if (el.type === 'scene_heading') {
      scene++;
      const h = parseHeading(el.text);
      if (h.setting === 'int') interior++;
      else if (h.setting === 'ext') exterior++;
      else if (h.setting === 'both') both++;
      if (h.location) locations.set(h.location, (locations.get(h.location) ?? 0) + 1);
      if (h.time) timesOfDay[h.time] = (timesOfDay[h.time] ?? 0) + 1;
      speaker = null;
    } else if (el.type === 'character') {
      speaker = cueName(el.text);
      const c = chars.get(speaker) ?? { speeches: 0, words: 0, scenes: new Set<number>() };
      c.speeches++;
      c.scenes.add(scene);
      chars.set(speaker, c);
    } else if (el.type === 'dialogue' && speaker) {
      const n = words(el.text);
      chars.get(speaker)!.words += n;
      dialogueWords += n;
    } else if (el.type !== 'parenthetical') speaker = null;
  }
  return {
    pages: layout.pages.length,
    runtimeMinutes: layout.pages.length,
    scenes: scene,
    words: countWords(script),
    dialogueWords,
    interior,
    exterior,
    both,
    timesOfDay,
    locations: [...locations.entries()].map(([name, scenes]) => ({ name, scenes })).sort((a, b) => b.scenes - a.scenes || a.name.localeCompare(b.name)),
    characters: [...chars.entries()]
      .map(([name, c]) => ({ name, speeches: c.speeches, words: c.words, scenes: c.scenes.size }))
      .sort((a, b) => b.speeches - a.speeches || a.name.localeCompare(b.name)),
  };
}
