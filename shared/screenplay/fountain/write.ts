/**
 * Fountain writer: model → text that parseFountain reads back to the same model. Forcing
 * characters (! @ . >) are added only where the plain form would read as another element.
 */
import type { Screenplay, ScriptElement } from '../model.ts';
import { nameAsWritten } from '../rules/cue.ts';
import { isFountainHeadingLine, isHeadingLine } from '../rules/heading.ts';
import { startsTitlePage } from './parse.ts';
import { writeInline } from './inline.ts';
import { parentheticalLine, splitParentheticalRuns } from './parentheticals.ts';

function isUpper(s: string): boolean {
  return /\p{L}/u.test(s) && s === s.toUpperCase();
}

/** Lines inside an element; an empty line is written as two spaces so the block holds together. */
function blockLines(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? '  ' : l))
    .join('\n');
}

function body(el: ScriptElement): string {
  return writeInline(el.text, el.marks);
}

function actionNeedsForcing(el: ScriptElement, text: string): boolean {
  const first = text.split('\n')[0].trim();
  if (/^[!@~>.=#]|^\[\[/.test(first)) return true;
  if (isHeadingLine(first)) return true;
  const multiLine = text.includes('\n');
  // An all-caps first line followed by more text would read as a character cue.
  if (multiLine && isUpper(nameAsWritten(first))) return true;
  if (!multiLine && isUpper(first) && first.endsWith('TO:')) return true;
  return el.text.trim() === '';
}

/** Where an element sits among split parentheticals (parentheticals.ts). */
interface RunPlace {
  opensRun: boolean;
  continuesRun: boolean;
}

function writeElement(el: ScriptElement, run: RunPlace): string {
  const text = body(el);
  switch (el.type) {
    case 'scene_heading': {
      const num = el.sceneNumber ? ` #${el.sceneNumber}#` : '';
      // Plain only where every Fountain tool reads a heading (fountain.io's intros); a forced
      // heading is read as written (a leading "1. " stays text), so EXT/INT., EKS., S#1. and
      // "1. INT." headings go out with the dot.
      const plain = isFountainHeadingLine(el.text) && !el.text.includes('\n');
      return `${plain ? '' : '.'}${text}${num}`;
    }
    case 'action':
    case 'shot':
      return (actionNeedsForcing(el, text) ? '!' : '') + blockLines(text);
    case 'character': {
      const name = nameAsWritten(el.text);
      const forced = !isUpper(name) || /^[\p{N}\p{P}\s]+$/u.test(name) || isHeadingLine(el.text);
      return `${forced ? '@' : ''}${text}${el.dual ? ' ^' : ''}`;
    }
    case 'parenthetical':
      return parentheticalLine(text, run.opensRun, run.continuesRun);
    case 'dialogue':
      return blockLines(text);
    case 'transition':
      return isUpper(el.text) && el.text.endsWith('TO:') ? text : `> ${text}`;
    case 'centered':
      return text
        .split('\n')
        .map((l) => `> ${l} <`)
        .join('\n');
    case 'lyrics':
      return text
        .split('\n')
        .map((l) => `~${l}`)
        .join('\n');
    case 'note':
      return `[[${blockLines(el.text)}]]`;
    case 'section':
      return `${'#'.repeat(el.depth ?? 1)} ${el.text}`;
    case 'synopsis':
      return el.text
        .split('\n')
        .map((l) => `= ${l}`.trimEnd())
        .join('\n');
    case 'page_break':
      return '===';
  }
}

// Lyrics may be sung inside a speech ("~" lines under a cue), so they join it too.
const SPEECH = new Set(['parenthetical', 'dialogue', 'lyrics']);

export function writeFountain(script: Screenplay): string {
  const out: string[] = [];
  if (script.titlePage.length) {
    for (const f of script.titlePage) {
      const lines = f.value.split('\n');
      if (lines.length === 1) out.push(`${f.key}: ${f.value}`);
      else out.push(`${f.key}:`, ...lines.map((l) => `    ${l}`));
    }
    out.push('');
  }
  let speaking = false;
  let speechDual = false;
  let leading = true;
  const joined = splitParentheticalRuns(script.elements);
  script.elements.forEach((el, i) => {
    // Speech lines follow their cue directly; every other element starts after a blank line.
    // Lyrics can also stand alone: they join a speech only from the same side of a dual pair,
    // else the reader would make stand-alone lyrics after a dual speech part of it (found by fuzzing).
    const joinsPrevious = SPEECH.has(el.type) && speaking && (el.type !== 'lyrics' || !!el.dual === speechDual);
    if (el.type === 'character') speechDual = !!el.dual;
    speaking = el.type === 'character' || joinsPrevious;
    if (i > 0 && !joinsPrevious) out.push('');
    let text = writeElement(el, { opensRun: joined.has(i + 1) && !joined.has(i), continuesRun: joined.has(i) });
    // Without a title page, a first line such as "Note: …" would read as one (also after notes,
    // which may stand before a title page): force its type.
    if (leading && el.type !== 'note' && script.titlePage.length === 0) {
      const [first, second] = text.split('\n');
      if (startsTitlePage(first, second)) text = (el.type === 'transition' ? '> ' : el.type === 'character' ? '@' : '!') + text;
    }
    out.push(text);
    if (el.type !== 'note') leading = false;
  });
  return out.join('\n') + '\n';
}
