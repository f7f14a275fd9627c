/**
 * fountain-tools suite. X.fountain against X.txt (one element a line, `TYPE:"text"` plus flags),
 * preferring the "-Merged" variant since we too keep a paragraph of action as one element; and
 * the FDX reader: TestFDX-*.fdx against its .fountain twin, element by element.
 *
 * Their text keeps Fountain markup and inline note/boneyard references; both are removed before
 * comparing, and NOTE/BONEYARD entries (listed apart from the flow) are not applicable.
 * Formatted (HTML rendering of emphasis), Tags and SimpleCallbackParser test their own API
 * extensions, not the Fountain syntax, so they are not applicable either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFdx } from '../../shared/screenplay/fdx/parse.ts';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import type { Screenplay } from '../../shared/screenplay/model.ts';
import { squash, tallyFile, type SuiteResult } from './compare.ts';
import { modelTokens } from './tokens.ts';

const NOT_SYNTAX = new Set(['Formatted', 'Tags', 'SimpleCallbackParser']);

const TYPES: Record<string, string> = {
  HEADING: 'scene_heading',
  ACTION: 'action',
  CHARACTER: 'character',
  DIALOGUE: 'dialogue',
  PARENTHETICAL: 'parenthetical',
  TRANSITION: 'transition',
  PAGEBREAK: 'page_break',
  SECTION: 'section',
  SYNOPSIS: 'synopsis',
  LYRIC: 'lyrics',
};

/** Visible text of theirs: no emphasis markers, no [[n]] or /*n*\/ references. */
function visible(s: string): string {
  return squash(s.replace(/\[\[\d+\]\]|\/\*\d+\*\//g, '').replace(/\\?[*_]/g, (m) => (m.length === 2 ? m[1] : '')));
}

const ENTRY = /^(\[\[\d+\]\]|\/\*\d+\*\/)?([A-Z]+):"([\s\S]*?)"((?: "[^"\n]*"| \([^)\n]*\))*)(?: tags:\S*)?$/gm;

export function fountainToolsTokens(expected: string): { tokens: string[]; skipped: number } {
  const tokens: string[] = [];
  let skipped = 0;
  for (const m of expected.replace(/^TITLEENTRY:.*(?:\n(?![A-Z]+:|\[\[|\/\*).*)*/gm, '').matchAll(ENTRY)) {
    const [, ref, kind, raw, suffix] = m;
    const type = TYPES[kind];
    if (ref || !type) {
      skipped++;
      continue;
    }
    const flags = [...suffix.matchAll(/ "([^"]*)"| \(([^)]*)\)/g)];
    let text = visible(raw);
    let extra = '';
    for (const f of flags) {
      if (f[1] !== undefined) text += ` ${f[1]}`; // character extension, kept in our cue text
      else if (f[2] === 'Dual') extra += ' (dual)';
      else if (f[2] === 'centered') continue;
      else if (type === 'scene_heading') extra += ` #${f[2]}`;
      else if (type === 'section') extra += ` depth=${f[2]}`;
    }
    const centered = flags.some((f) => f[2] === 'centered');
    if (type === 'action' && !centered && text === '') continue;
    const name = centered ? 'centered' : type;
    // Merged expectations join consecutive action paragraphs; so do our tokens.
    if (name === 'action' && tokens.length && tokens[tokens.length - 1].startsWith('action:')) tokens[tokens.length - 1] += ` ${text}`;
    else tokens.push(`${name}:${text}${extra}`);
  }
  return { tokens, skipped };
}

function ours(script: Screenplay): string[] {
  return modelTokens(script, { skip: new Set(['note']), bareParentheticals: true, mergeActions: true, sceneNumbers: true, dual: true, depth: true });
}

export function runFountainTools(dir: string): SuiteResult[] {
  const parser = { name: 'fountain-tools', unit: 'files match', passed: 0, total: 0, notApplicable: 0, mismatches: [] as string[], elementsOk: 0, elementsTotal: 0 };
  for (const file of fs.readdirSync(dir).filter((f) => /\.fountain$/.test(f) && !/-output\.fountain$|^TestFDX/.test(f)).sort()) {
    const base = file.replace(/\.fountain$/, '');
    const expectedFile = [`${base}-Merged.txt`, `${base}.txt`].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!expectedFile || NOT_SYNTAX.has(base)) {
      parser.notApplicable++;
      continue;
    }
    const parsed = parseFountain(fs.readFileSync(path.join(dir, file), 'utf8'));
    const { tokens } = fountainToolsTokens(fs.readFileSync(expectedFile, 'utf8'));
    tallyFile(parser, file, tokens, parsed.ok ? ours(parsed.value) : [`error:${parsed.error.code}`]);
  }

  const fdx = { name: 'fountain-tools FDX', unit: 'files match', passed: 0, total: 0, notApplicable: 0, mismatches: [] as string[], elementsOk: 0, elementsTotal: 0 };
  for (const file of fs.readdirSync(dir).filter((f) => /^TestFDX-[A-Z]+\.fdx$/.test(f)).sort()) {
    const twin = path.join(dir, file.replace(/\.fdx$/, '.fountain'));
    if (!fs.existsSync(twin)) continue;
    const fromFdx = parseFdx(fs.readFileSync(path.join(dir, file), 'utf8'));
    const fromFountain = parseFountain(fs.readFileSync(twin, 'utf8'));
    const expected = fromFountain.ok ? ours(fromFountain.value) : [`error:${fromFountain.error.code}`];
    tallyFile(fdx, file, expected, fromFdx.ok ? ours(fromFdx.value) : [`error:${fromFdx.error.code}`]);
  }
  return [parser, fdx].map((r) => ({ ...r, detail: `elements ${r.elementsOk}/${r.elementsTotal}` }));
}
