/**
 * Sides as plain text (what a recording engineer prints or reads on a tablet), and as a small
 * screenplay so the PDF writer lays them out in standard format. Labels come from the caller
 * (translated), keeping this module pure.
 */
import type { Screenplay, ScriptElement } from './model.ts';
import type { SideEntry, Sides } from './sides.ts';

export interface SidesLabels {
  /** e.g. "Sides: SARI (12 lines)" */
  title: (character: string, count: number) => string;
  /** e.g. "Scene 3" */
  scene: (ordinal: number, sceneNumber?: string) => string;
  /** e.g. "Cue" */
  cue: string;
  /** When a line opens its scene: no cue. */
  noCue: string;
}

function sceneLabel(entry: SideEntry, labels: SidesLabels): string | undefined {
  if (!entry.scene) return undefined;
  return `${labels.scene(entry.scene.ordinal, entry.scene.sceneNumber)} — ${entry.scene.heading}`;
}

export function sidesText(sides: Sides, labels: SidesLabels): string {
  const out: string[] = [labels.title(sides.character, sides.entries.length), ''];
  let lastScene: string | undefined;
  for (const entry of sides.entries) {
    const scene = sceneLabel(entry, labels);
    if (scene && scene !== lastScene) out.push(scene, '');
    lastScene = scene;
    const cue = entry.previous ? `${entry.previous.character}: “${entry.previous.text}”` : labels.noCue;
    out.push(`    ${labels.cue}: ${cue}`);
    out.push(`${String(entry.number).padStart(3)}. ${entry.cue}`);
    for (const line of entry.lines) {
      const indent = line.type === 'parenthetical' ? '        ' : '     ';
      for (const piece of line.text.split('\n')) out.push(`${indent}${line.type === 'lyrics' ? `~${piece}` : piece}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * The same content as a screenplay: scene headings, the cue as action, numbered speeches. The
 * heading (the script's title, then whose sides these are) is centred at the top of the first
 * page rather than on a cover page of its own, so the actor's first line is on page 1.
 */
export function sidesScript(sides: Sides, labels: SidesLabels, scriptTitle?: string): Screenplay {
  const elements: ScriptElement[] = [];
  if (scriptTitle?.trim()) elements.push({ type: 'centered', text: scriptTitle.trim() });
  elements.push({ type: 'centered', text: labels.title(sides.character, sides.entries.length) });
  let lastScene: string | undefined;
  for (const entry of sides.entries) {
    const scene = sceneLabel(entry, labels);
    if (scene && scene !== lastScene) elements.push({ type: 'scene_heading', text: scene });
    lastScene = scene;
    const cue = entry.previous ? `${entry.previous.character}: “${entry.previous.text}”` : labels.noCue;
    elements.push({ type: 'action', text: `${labels.cue}: ${cue}` });
    elements.push({ type: 'character', text: `${entry.number}. ${entry.cue}` });
    for (const line of entry.lines) elements.push({ type: line.type, text: line.text });
  }
  return { version: 1, titlePage: [], elements };
}
