/**
 * The cue grammar: a character cue is a name, optional extensions in brackets — (V.O.), (O.S.),
 * (CONT'D) — and Fountain's dual-dialogue caret `^` at its end. Everything that needs "who speaks
 * here" (pagination's CONT'D, stats, sides, autocomplete, PDF import) reads it from this module.
 */

/** What Final Draft prints below a speech split across pages, and beside a cue that continues. */
export const MORE_MARK = '(MORE)';
export const CONTD_MARK = "(CONT'D)";

export interface Cue {
  /** The speaker, upper-cased, without extensions or caret: "SARI (V.O.) (CONT'D) ^" → "SARI". */
  name: string;
  /** Extensions as written, without brackets and without CONT'D: ["V.O."]. */
  extensions: string[];
  /** The cue already says it continues: (CONT'D), (CONT’D), (CONTD), (CONT.). */
  contd: boolean;
  /** Ends with Fountain's dual-dialogue caret. */
  dual: boolean;
}

const CONTD = /^(?:CONT'D|CONT’D|CONTD|CONT\.?|CONTINUED|CONTINUING)$/i;

export function parseCue(text: string): Cue {
  let t = text.trim();
  const dual = /\^\s*$/.test(t);
  if (dual) t = t.replace(/\s*\^\s*$/, '');
  const extensions: string[] = [];
  let contd = false;
  const open = t.indexOf('(');
  const name = (open >= 0 ? t.slice(0, open) : t).trim().toUpperCase();
  if (open >= 0) {
    for (const m of t.slice(open).matchAll(/\(([^()]*)\)/g)) {
      const ext = m[1].trim();
      if (CONTD.test(ext)) contd = true;
      else if (ext) extensions.push(ext);
    }
  }
  return { name, extensions, contd, dual };
}

/** The speaker of a cue: "SARI (V.O.)", "SARI (CONT'D)" and "SARI ^" are all "SARI". */
export function cueName(text: string): string {
  return parseCue(text).name;
}
