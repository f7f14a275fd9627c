/**
 * `naskah diff` for people: one line per change, each saying which scene it is in. Added and
 * removed scenes are one line each (their elements are in --json); changes inside a scene that is
 * in both drafts are one line per element: "+" added, "-" removed, "~" changed (old → new).
 */
import type { ElementType } from '../../shared/screenplay/model.ts';
import type { ElementChange, SceneDiff, ScriptDiff } from '../../shared/screenplay/compare/types.ts';
import { translate } from '../i18n.ts';

const t = (key: string, params: Record<string, string | number> = {}) => translate('compare', `cli.${key}`, params);
/** An element's text on one line: its own line breaks shown as " / ". */
const flat = (text: string) => text.replace(/\r?\n/g, ' / ');
const typeName = (type: ElementType) => translate('compare', `cli.types.${type}`);

export function diffLines(diff: ScriptDiff): string[] {
  if (!diff.changed) return [t('none')];
  const lines: string[] = [];
  for (const f of diff.titlePage) {
    const where = t('titlePage');
    if (f.change === 'added') lines.push(`${where}: + ${f.key}: ${flat(f.new ?? '')}`);
    else if (f.change === 'removed') lines.push(`${where}: - ${f.key}: ${flat(f.old ?? '')}`);
    else lines.push(`${where}: ~ ${f.key}: ${flat(f.old ?? '')} → ${flat(f.new ?? '')}`);
  }
  for (const scene of diff.scenes) lines.push(...sceneLines(scene));
  return lines;
}

function sceneLines(scene: SceneDiff): string[] {
  if (scene.change === 'added') return [t('sceneAdded', { scene: scene.new!.scene, heading: flat(scene.new!.heading) })];
  if (scene.change === 'removed') return [t('sceneRemoved', { scene: scene.old!.scene, heading: flat(scene.old!.heading) })];
  const at = scene.new!;
  const where = at.scene === 0 ? t('leadIn') : t('scene', { scene: at.scene });
  const lines = scene.change === 'moved' ? [t('sceneMoved', { scene: at.scene, from: scene.old!.scene, heading: flat(at.heading) })] : [];
  for (const e of scene.elements) lines.push(`${where}: ${elementLine(e)}`);
  return lines;
}

function elementLine(e: ElementChange): string {
  if (e.change === 'added') return `+ ${typeName(e.new.type)}: ${flat(e.new.text)}`;
  if (e.change === 'removed') return `- ${typeName(e.old.type)}: ${flat(e.old.text)}`;
  const type = e.old.type === e.new.type ? typeName(e.new.type) : `${typeName(e.old.type)} → ${typeName(e.new.type)}`;
  return e.old.text === e.new.text ? `~ ${type}: ${flat(e.new.text)}` : `~ ${type}: ${flat(e.old.text)} → ${flat(e.new.text)}`;
}
