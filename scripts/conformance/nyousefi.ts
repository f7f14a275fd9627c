/**
 * nyousefi-fountain suite: checks on the reference parser's element list by index. That parser
 * keeps boneyard as elements and we drop it (contract 2), so a boneyard standing as its own
 * paragraph becomes a placeholder in our list to keep the indices aligned, and checks that
 * expect a Boneyard element count as not applicable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import type { ElementType, ScriptElement } from '../../shared/screenplay/model.ts';
import type { SuiteResult } from './compare.ts';

interface Check {
  file: string;
  test: string;
  index: number;
  check: 'type' | 'type_not' | 'text' | 'scene_number' | 'section_depth';
  expected: string | number;
}

const NAMES: Record<ElementType, string> = {
  scene_heading: 'Scene Heading',
  action: 'Action',
  // The reference parser has no centered type: it is Action with a centered flag.
  centered: 'Action',
  character: 'Character',
  dialogue: 'Dialogue',
  parenthetical: 'Parenthetical',
  transition: 'Transition',
  page_break: 'Page Break',
  section: 'Section Heading',
  synopsis: 'Synopsis',
  note: 'Comment',
  lyrics: 'Lyrics',
  shot: 'Shot',
};

type Item = ScriptElement | 'Boneyard';

/** Our elements, with a Boneyard placeholder wherever a /* *\/ block fills a whole paragraph. */
export function elementsWithBoneyard(source: string): Item[] {
  const items: Item[] = [];
  const paragraphBoneyard = /(^|\n)[ \t]*\/\*[\s\S]*?\*\/[ \t]*(?=\n|$)/g;
  let last = 0;
  const parseChunk = (chunk: string) => {
    const parsed = parseFountain(chunk);
    if (!parsed.ok) return;
    for (const el of parsed.value.elements) {
      // That parser ends a Dialogue element at an empty line ("  ") where we keep one element.
      if (el.type === 'dialogue' && el.text.includes('\n\n')) items.push(...el.text.split('\n\n').map((text) => ({ ...el, text })));
      else items.push(el);
    }
  };
  for (const m of source.matchAll(paragraphBoneyard)) {
    parseChunk(source.slice(last, m.index));
    items.push('Boneyard');
    last = m.index + m[0].length;
  }
  parseChunk(source.slice(last));
  return items;
}

export function runNyousefi(dir: string): SuiteResult {
  const checks = JSON.parse(fs.readFileSync(path.join(dir, 'expectations.derived.json'), 'utf8')) as Check[];
  const result: SuiteResult = { name: 'nyousefi-fountain', unit: 'checks', passed: 0, total: 0, notApplicable: 0, mismatches: [] };
  const cache = new Map<string, Item[]>();
  for (const c of checks) {
    const file = path.join(dir, c.file);
    if (!fs.existsSync(file) || c.expected === 'Boneyard') {
      result.notApplicable++;
      continue;
    }
    if (!cache.has(c.file)) cache.set(c.file, elementsWithBoneyard(fs.readFileSync(file, 'utf8')));
    const item = cache.get(c.file)![c.index];
    const el = typeof item === 'object' ? item : undefined;
    const typeName = item === 'Boneyard' ? 'Boneyard' : el ? NAMES[el.type] : '(none)';
    let actual: string | number | undefined;
    let ok: boolean;
    switch (c.check) {
      case 'type':
        actual = typeName;
        ok = actual === c.expected;
        break;
      case 'type_not':
        actual = typeName;
        ok = actual !== c.expected;
        break;
      case 'text':
        actual = el?.text;
        ok = actual?.trim() === String(c.expected).trim();
        break;
      case 'scene_number':
        actual = el?.sceneNumber;
        ok = actual === c.expected;
        break;
      case 'section_depth':
        actual = el?.depth;
        ok = actual === c.expected;
        break;
    }
    result.total++;
    if (ok) result.passed++;
    else result.mismatches.push(`${c.file} #${c.index} ${c.check} (${c.test.split(':')[1]}): expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(actual)}${el ? ` — ${JSON.stringify(el.text.slice(0, 50))}` : ''}`);
  }
  return result;
}
