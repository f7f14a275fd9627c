/**
 * The pagination rules, each a small named function (STYLE.md: "pagination is a set of rules"),
 * measured against pages Final Draft printed. The engine (paginate.ts, flow.ts) only asks these.
 */
import type { ElementType, ScriptElement } from '../model.ts';
import { isVoiceOver, parseCue, type Cue } from '../rules/cue.ts';

/** Lines a split must leave on each side: a speech or paragraph never keeps one line alone. */
export const MIN_LINES_EACH_SIDE = 2;

const CLOSERS = `"'”’)]»`;
const TERMINAL = '.!?…。！？';

/**
 * Offsets just after each sentence end inside `text` where a page may break: terminal punctuation
 * (optionally closed by quotes or brackets) followed by a space and then anything but a lower-case
 * letter ("Pergi!" katanya stays together) — except after an ellipsis, where Final Draft breaks
 * before a lower-case word too ("velli chuddam... thelisina" on a Final Draft 12 print). The text's
 * own end is not listed. `from`/`to` bound the scan to the part of a long text that can still fit
 * on the page.
 */
export function sentenceEnds(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = from; i < Math.min(to, text.length); i++) {
    if (!TERMINAL.includes(text[i])) continue;
    let j = i + 1;
    while (j < text.length && TERMINAL.includes(text[j])) j++;
    while (j < text.length && CLOSERS.includes(text[j])) j++;
    // CJK full stops need no space after them; Latin ones do.
    const cjk = '。！？'.includes(text[j - 1]) || '。！？'.includes(text[i]);
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= text.length) break;
    if ((k > j || cjk) && text[k] !== '\n' && (isEllipsis(text, i, j) || !isLowerLetter(text[k]))) out.push(j);
    else if (text[k] === '\n') out.push(j);
    i = j - 1;
  }
  return out;
}

/** The terminal run text[from, to) holds an ellipsis: "…" or two full stops or more. */
function isEllipsis(text: string, from: number, to: number): boolean {
  let dots = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '…') return true;
    if (text[i] === '.' && ++dots >= 2) return true;
  }
  return false;
}

function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when a text (an element or a wrapped line) ends a sentence, a dash or an ellipsis: a speech may break after it. */
export function endsSentence(text: string): boolean {
  return /(?:[.!?…。！？]|--|—)["'”’)\]»]*$/.test(text.trim());
}

/**
 * A break leaves at least two lines after it counted as the text was wrapped before the break: the
 * line the page ends in does not count, though its rest re-wraps atop the next page. Final Draft
 * keeps a three-line paragraph whole rather than end a page inside its second line, even where the
 * re-wrapped rest would take two lines (measured on a Final Draft 12 print).
 */
export function leavesEnoughAfter(linesAfterBreakLine: number): boolean {
  return linesAfterBreakLine >= MIN_LINES_EACH_SIDE;
}

/** A speech never ends a page on its parenthetical: the direction belongs to the line it introduces. */
export function mayEndPageAfter(type: ElementType): boolean {
  return type !== 'parenthetical';
}

/** Scene headings and shots keep the first lines of what follows on their page. */
export function keepsWithNext(type: ElementType): boolean {
  return type === 'scene_heading' || type === 'shot';
}

/** A transition never opens a page alone: it closes the scene before it. */
export function opensPageAlone(type: ElementType): boolean {
  return type !== 'transition';
}

/** Elements whose text may break between pages at a sentence end (re-wrapped after it). */
export function breaksAtSentences(type: ElementType): boolean {
  return type === 'action' || type === 'dialogue';
}

/** Elements that may break between two of their wrapped lines. */
export function breaksBetweenLines(type: ElementType): boolean {
  return type === 'action' || type === 'dialogue' || type === 'lyrics' || type === 'centered';
}

/**
 * No page is left more than a third empty unless a forced break or the rules demand it: when
 * moving the next block would leave more than this many lines empty, it splits at a word boundary.
 */
export function tooEmptyToMove(emptyLines: number, linesPerPage: number): boolean {
  return emptyLines > linesPerPage / 3;
}

/** The line atop a page that continues a speech: "SARI (V.O.) (CONT'D)" — the cue as printed, extension kept, CONT'D once. */
export function continuedCue(cueText: string, mark: string): string {
  const cue = cueText.replace(/\s*\^\s*$/, '').trim();
  return parseCue(cue).contd ? cue : `${cue} ${mark}`;
}

/** The lines of a speech under its cue. */
const SPEECH_LINES: ReadonlySet<ElementType> = new Set(['dialogue', 'parenthetical', 'lyrics']);

/** The speaker state the automatic CONT'D rule carries from one element to the next. */
export type Speaker = string | null;

/**
 * Elements that may stand between two speeches of one character without breaking the "continued":
 * action, what is never printed, and a transition — Final Draft carries the speaker across a
 * "CUT TO:" that no scene heading follows (a Final Draft 12 print, and Final Draft 7 and 8 prints:
 * "VEDA … CUT TO: … VEDA (CONT'D)"); only a scene heading (or another element) ends the scene's run.
 */
export function keepsSpeaker(type: ElementType): boolean {
  return type === 'action' || type === 'transition' || type === 'centered' || type === 'note' || type === 'synopsis' || type === 'section' || type === 'page_break';
}

/**
 * Automatic (CONT'D): a cue whose character spoke the last speech, with only action between, in the
 * same scene, prints "(CONT'D)" — unless the writer already typed it, or the cue is a voice-over:
 * Final Draft (8 and later) prints a narrator's "NAME (V.O.)" again without CONT'D, after action or
 * straight after the same narrator's speech, while "(O.S.)" and other extensions get it (prints of
 * Final Draft 12, Bright, Rick and Morty 1x02 and 1x06).
 */
export function printsAutoContd(cue: ScriptElement | Cue, before: Speaker): boolean {
  if (before === null) return false;
  const parsed = 'text' in cue ? parseCue(cue.text) : cue;
  return !parsed.contd && parsed.name !== '' && parsed.name === before && !isVoiceOver(parsed);
}

/**
 * The speaker before element `i`: the last speech's character if only action (and unprinted
 * elements) stand between it and `i` in the same scene, else null. A restart of the layout reads it.
 */
export function speakerBefore(els: readonly ScriptElement[], i: number): Speaker {
  let j = i - 1;
  while (j >= 0 && keepsSpeaker(els[j].type)) j--;
  if (j < 0) return null;
  const t = els[j].type;
  if (t !== 'dialogue' && t !== 'parenthetical' && t !== 'lyrics' && t !== 'character') return null;
  let c = j;
  // The speech the element belongs to: its cue and lines share one dual flag (a line that does not
  // is a speech of its own, without a speaker, as the layout builds it).
  const dual = !!els[j].dual;
  while (c >= 0 && els[c].type !== 'character') {
    if (!SPEECH_LINES.has(els[c].type) || !!els[c].dual !== dual) return null;
    c--;
  }
  if (c < 0 || !!els[c].dual !== dual) return null;
  // Dual dialogue: neither column carries a speaker on.
  if (els[c].dual || isDualLead(els, c)) return null;
  return parseCue(els[c].text).name || null;
}

/** True when the cue at `c` opens a dual-dialogue pair (the next cue after its speech is marked dual). */
export function isDualLead(els: readonly ScriptElement[], c: number): boolean {
  let j = c + 1;
  while (j < els.length && SPEECH_LINES.has(els[j].type) && !els[j].dual) j++;
  return els[j]?.type === 'character' && !!els[j].dual && !els[c].dual;
}
