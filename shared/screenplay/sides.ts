/**
 * Voice-over "sides" for a recording session: one character's speeches, numbered in script order,
 * each with its scene heading and the cue before it (the last line the previous speaker said in
 * that scene) so the actor hears where to come in. Pure: the CLI formats it as text or PDF.
 */
import { fail, ok, type Result } from '../errors.ts';
import type { Screenplay, ScriptElement } from './model.ts';
import { cueName } from './rules/cue.ts';

export interface SideLine {
  type: 'parenthetical' | 'dialogue' | 'lyrics';
  text: string;
}

export interface SideEntry {
  /** 1, 2, 3… in script order: the take numbers the studio calls out. */
  number: number;
  /** Scene heading text, its ordinal in the script (1-based) and its own number if it has one. */
  scene?: { heading: string; ordinal: number; sceneNumber?: string };
  /** The cue as written, extensions included: "SARI (V.O.)". */
  cue: string;
  /** The last line someone else said in this scene since this character last spoke. */
  previous?: { character: string; text: string };
  lines: SideLine[];
}

export interface Sides {
  character: string;
  entries: SideEntry[];
}

const SPOKEN = new Set(['parenthetical', 'dialogue', 'lyrics']);

/** Everyone who speaks, in order of first appearance. */
export function speakers(script: Screenplay): string[] {
  const seen = new Set<string>();
  for (const el of script.elements) if (el.type === 'character') seen.add(cueName(el.text));
  return [...seen].filter(Boolean);
}

function lastLine(lines: SideLine[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].type === 'parenthetical') continue;
    const parts = lines[i].text.split('\n').filter((l) => l.trim() !== '');
    if (parts.length) return parts[parts.length - 1].trim();
  }
  return undefined;
}

export function sidesFor(script: Screenplay, character: string): Result<Sides> {
  const wanted = cueName(character);
  const known = speakers(script);
  if (!wanted || !known.includes(wanted)) return fail('screenplay.unknown_character', { name: character.trim(), known: known.join(', ') });

  const entries: SideEntry[] = [];
  let scene: SideEntry['scene'];
  let ordinal = 0;
  let previous: SideEntry['previous'];
  const els: readonly ScriptElement[] = script.elements;
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (el.type === 'scene_heading') {
      scene = { heading: el.text, ordinal: ++ordinal, ...(el.sceneNumber ? { sceneNumber: el.sceneNumber } : {}) };
      previous = undefined; // a cue never reaches back into another scene
      continue;
    }
    if (el.type !== 'character') continue;
    const lines: SideLine[] = [];
    while (i + 1 < els.length && SPOKEN.has(els[i + 1].type)) {
      const next = els[++i];
      lines.push({ type: next.type as SideLine['type'], text: next.text });
    }
    const speaker = cueName(el.text);
    if (speaker === wanted) {
      entries.push({ number: entries.length + 1, ...(scene ? { scene } : {}), cue: el.text, ...(previous ? { previous } : {}), lines });
      // Their next line's cue must come from someone speaking after this one.
      previous = undefined;
    } else {
      const text = lastLine(lines);
      if (text) previous = { character: speaker, text };
    }
  }
  return ok({ character: wanted, entries });
}
