/** Word-level highlights of one changed element: which words went, which came, which stayed. */
import { diffSequences } from './sequence-diff.ts';
import type { WordRun } from './types.ts';

/** Bounds one line's diff (diff-match-patch's deadline); a line is short, this only stops hostile input. */
const WORD_DIFF_TIMEOUT_S = 0.02;

/** Words (letters, digits, inner apostrophes and hyphens, in any script), runs of spaces, and single other characters. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const isSpace = (t: string) => /^\s+$/.test(t);

export function wordDiff(oldText: string, newText: string): WordRun[] {
  const a = tokenize(oldText);
  const b = tokenize(newText);
  const runs = diffSequences(a, b, WORD_DIFF_TIMEOUT_S);
  // Per group of changes between two kept stretches: removed text first, then added, so a
  // reader sees "old → new" once instead of interleaved fragments. A kept run that is only a
  // space between two changes belongs to the change (it reads as one replaced phrase).
  const out: WordRun[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = '';
    added = '';
  };
  runs.forEach((run, k) => {
    if (run.op === 'delete') removed += a.slice(run.aFrom, run.aTo).join('');
    else if (run.op === 'insert') added += b.slice(run.bFrom, run.bTo).join('');
    else {
      const text = a.slice(run.aFrom, run.aTo).join('');
      const between = k > 0 && k < runs.length - 1 && (removed || added) && run.aTo - run.aFrom === 1 && isSpace(text);
      if (between) {
        removed += text;
        added += text;
        return;
      }
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += text;
      else out.push({ op: 'equal', text });
    }
  });
  flush();
  return out;
}

/** The old and the new text a word diff describes (its inverse; tests hold it to this). */
export function sidesOf(runs: readonly WordRun[]): { old: string; new: string } {
  let o = '';
  let n = '';
  for (const r of runs) {
    if (r.op !== 'added') o += r.text;
    if (r.op !== 'removed') n += r.text;
  }
  return { old: o, new: n };
}
