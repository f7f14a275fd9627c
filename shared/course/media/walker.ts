/**
 * Walks a container format's structure as its bytes stream past, holding only the current header
 * in memory: a video of a gigabyte is checked in one pass while it is hashed and stored. Each
 * format (boxes of MP4, pages of Ogg, elements of WebM, frames of MP3) is a `step` that looks at
 * a header and says how many bytes it needs, how much payload to skip, or that it is wrong. The
 * structure has to account for every byte: data that runs past the end (a box that lies about its
 * size) or bytes after the last unit (a second file glued on, a polyglot) are refused.
 */
export type WalkProblem = 'magic' | 'structure' | 'truncated' | 'trailing';

export type WalkAction =
  /** The header must be this long (bytes from its start) before step is called again. */
  | { need: number }
  /** The header is done: skip this many payload bytes, then a new header starts. */
  | { skip: number }
  /** Everything to the end of the file is payload (an MP4 box of size 0, a WebM segment of unknown size). */
  | { rest: true }
  | { fail: WalkProblem };

/** `index` counts the headers seen before this one (0 for the file's first). */
export type WalkStep = (header: Uint8Array, index: number) => WalkAction;

export interface ContentCheck {
  push(chunk: Uint8Array): void;
  /** null when the content is sound; else what is wrong with it. */
  end(): WalkProblem | null;
}

export function structureWalk(step: WalkStep, complete: () => WalkProblem | null = () => null): ContentCheck {
  let header = new Uint8Array(64);
  let have = 0;
  let need = 0;
  let skip = 0;
  let index = 0;
  let rest = false;
  let failed: WalkProblem | null = null;

  const decide = () => {
    // Repeats while the step is satisfied with what is already buffered.
    for (;;) {
      const action = step(header.subarray(0, have), index);
      if ('fail' in action) return void (failed = action.fail);
      if ('rest' in action) return void (rest = true);
      if ('skip' in action) {
        if (!(action.skip >= 0) || !Number.isSafeInteger(action.skip)) return void (failed = 'structure');
        skip = action.skip;
        have = 0;
        need = 0;
        index += 1;
        return;
      }
      if (action.need <= have) return void (failed = 'structure');
      need = action.need;
      if (need > header.length) {
        if (need > 1 << 20) return void (failed = 'structure');
        const bigger = new Uint8Array(Math.max(need, header.length * 2));
        bigger.set(header.subarray(0, have));
        header = bigger;
      }
      return;
    }
  };

  return {
    push(chunk) {
      let at = 0;
      while (at < chunk.length && failed === null && !rest) {
        if (skip > 0) {
          const n = Math.min(skip, chunk.length - at);
          skip -= n;
          at += n;
          continue;
        }
        if (need === 0) {
          decide();
          continue;
        }
        const n = Math.min(need - have, chunk.length - at);
        header.set(chunk.subarray(at, at + n), have);
        have += n;
        at += n;
        if (have === need) decide();
      }
    },
    end() {
      if (failed !== null) return failed;
      if (rest) return complete();
      // The last unit must end exactly at the end of the file.
      if (skip > 0 || have > 0) return index === 0 && have > 0 ? 'magic' : 'truncated';
      return index === 0 ? 'magic' : complete();
    },
  };
}

export function u32(b: Uint8Array, at: number): number {
  return ((b[at] << 24) >>> 0) + (b[at + 1] << 16) + (b[at + 2] << 8) + b[at + 3];
}

export function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]);
  return s;
}
