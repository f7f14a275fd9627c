/**
 * Which number a scene without one gets, so that no number is ever printed twice.
 *
 * - Locked (production) numbering, as Final Draft and Movie Magic do it: a scene put in after 12
 *   is 12A, the next after 12A is 12B; one put in between 12A and 12B is 12AA; one put in before
 *   scene 1 is A1 (then B1 between A1 and 1); one put in between 12 and 12A is A12A ("just
 *   before 12A"). Existing numbers never change.
 * - Unlocked numbering: the next whole number after the scene before it — unless some heading
 *   already carries that number (a writer's own, such as Fountain's `#2#`), then it is lettered
 *   as a locked one would be. So explicit 1, an unnumbered scene, explicit 2 print 1, 1A, 2 —
 *   never 1, 2, 2.
 */
import { compareSceneNumbers, formatSceneNumber, nextLetters, parseSceneNumber } from './order.ts';

/** Whether `n` would sit strictly between `before` and `after` (an end that is absent, or cannot be ordered, does not limit). */
function fits(n: string, before: string | undefined, after: string | undefined): boolean {
  if (before !== undefined && (compareSceneNumbers(before, n) ?? -1) >= 0) return false;
  if (after !== undefined && (compareSceneNumbers(n, after) ?? -1) >= 0) return false;
  return true;
}

/** Candidates in the order a production office would pick them. */
function* candidates(before: string | undefined, after: string | undefined): Generator<string> {
  const b = before !== undefined ? parseSceneNumber(before) : null;
  const a = after !== undefined ? parseSceneNumber(after) : null;
  if (b) {
    // 12 → 12A, 12A → 12B, then deeper: 12A → 12AA → 12AAA …
    yield formatSceneNumber({ ...b, suffix: b.suffix ? nextLetters(b.suffix) : 'A' });
    let deeper = b.suffix;
    for (let i = 0; i < 4; i++) {
      deeper += 'A';
      yield formatSceneNumber({ ...b, suffix: deeper });
    }
  }
  if (a) {
    // In front of the next scene: A1, B1, …, or A12A for "just before 12A".
    let prefix = a.prefix ? nextLetters(a.prefix) : 'A';
    for (let i = 0; i < 26; i++) {
      yield formatSceneNumber({ ...a, prefix });
      prefix = nextLetters(prefix);
    }
  }
}

/** A number for a scene put in between `before` and `after` (either may be absent), not in `used`. */
export function lockedNumberBetween(before: string | undefined, after: string | undefined, used: ReadonlySet<string>): string {
  for (const c of candidates(before, after)) if (!used.has(c) && fits(c, before, after)) return c;
  // No room in order (numbers we cannot order, or an exhausted alphabet): stay unique at least.
  for (const c of candidates(before, after)) if (!used.has(c)) return c;
  let n = 1;
  while (used.has(String(n))) n++;
  return String(n);
}

/** The unlocked rule: the next whole number after `before` ("" before the first scene), else as locked. */
export function unlockedNumberAfter(before: string | undefined, after: string | undefined, used: ReadonlySet<string>): string {
  const parts = before !== undefined ? parseSceneNumber(before) : null;
  const next = String(before === undefined ? 1 : parts ? parts.n + 1 : NaN);
  if (next !== 'NaN' && !used.has(next) && fits(next, before, after)) return next;
  return lockedNumberBetween(before, after, used);
}

interface Heading {
  sceneNumber?: string;
}

/**
 * The number of every heading, in order: its own where it has one, else one from the rule of
 * the mode. `used` starts with every number written in the script, so none is given twice.
 */
export function numberHeadings(headings: readonly Heading[], locked: boolean): string[] {
  const used = new Set<string>();
  for (const h of headings) if (h.sceneNumber) used.add(h.sceneNumber);
  // A locked script without any number yet has nothing to keep: it numbers 1, 2, 3 as it locks.
  const lettered = locked && used.size > 0;
  // The next number written after each heading, found from the end in one pass.
  const nextWritten: (string | undefined)[] = new Array(headings.length);
  let seen: string | undefined;
  for (let i = headings.length - 1; i >= 0; i--) {
    nextWritten[i] = seen;
    if (headings[i].sceneNumber) seen = headings[i].sceneNumber;
  }
  const out: string[] = [];
  let before: string | undefined;
  for (let i = 0; i < headings.length; i++) {
    let number = headings[i].sceneNumber;
    if (!number) {
      const after = nextWritten[i];
      number = lettered ? lockedNumberBetween(before, after, used) : unlockedNumberAfter(before, after, used);
      used.add(number);
    }
    out.push(number);
    before = number;
  }
  return out;
}
