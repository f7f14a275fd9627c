/**
 * screenplain suite: X.fountain against X.html (its HTML writer's output). The HTML is read back
 * into the same token list as our model; notes are not in screenplain's output, so we leave ours out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFountain } from '../../shared/screenplay/fountain/parse.ts';
import { squash, tallyFile, type SuiteResult } from './compare.ts';
import { modelTokens } from './tokens.ts';

function decode(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

const BLOCK =
  /<h([1-6])( class="page-break")?>([\s\S]*?)<\/h\1>|<span class="h\d-synopsis">([\s\S]*?)<\/span>|<div class="(action|transition|centered)">([\s\S]*?)<\/div>|<div class="(dialog|left|right)">([\s\S]*?)<\/div>/g;

export function screenplainTokens(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(BLOCK)) {
    if (m[1]) {
      if (m[2]) out.push('page_break:');
      if (m[1] !== '6') {
        out.push(`section:${squash(decode(m[3]))} depth=${m[1]}`);
        continue;
      }
      const num = /<span class="scnuml">([^<]*)<\/span>/.exec(m[3])?.[1];
      const text = squash(decode(m[3].replace(/<span class="scnum[lr]">[^<]*<\/span>/g, '')));
      out.push(`scene_heading:${text}${num ? ` #${num}` : ''}`);
    } else if (m[4] !== undefined) {
      out.push(`synopsis:${squash(decode(m[4]))}`);
    } else if (m[5]) {
      const paragraphs = [...m[6].matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => decode(p[1]));
      out.push(`${m[5]}:${squash(paragraphs.length ? paragraphs.join('\n') : decode(m[6]))}`);
    } else if (m[7]) {
      let dialogue: string[] = [];
      const flush = () => {
        if (dialogue.length) out.push(`dialogue:${squash(dialogue.join('\n'))}`);
        dialogue = [];
      };
      for (const p of m[8].matchAll(/<p(?: class="(character|parenthetical)")?>([\s\S]*?)<\/p>/g)) {
        const text = decode(p[2]);
        if (p[1] === 'character') out.push(`character:${squash(text)}${m[7] === 'right' ? ' (dual)' : ''}`);
        else if (p[1] === 'parenthetical') {
          flush();
          out.push(`parenthetical:${squash(text)}`);
        } else dialogue.push(text);
      }
      flush();
    }
  }
  return out;
}

export function runScreenplain(dir: string): SuiteResult {
  const result = { name: 'screenplain', unit: 'files match', passed: 0, total: 0, notApplicable: 0, mismatches: [] as string[], elementsOk: 0, elementsTotal: 0 };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.fountain')).sort()) {
    const htmlFile = path.join(dir, file.replace(/\.fountain$/, '.html'));
    if (!fs.existsSync(htmlFile)) {
      result.notApplicable++;
      continue;
    }
    const parsed = parseFountain(fs.readFileSync(path.join(dir, file), 'utf8'));
    const actual = parsed.ok ? modelTokens(parsed.value, { skip: new Set(['note']), sceneNumbers: true, dual: true, depth: true }) : [`error:${parsed.error.code}`];
    tallyFile(result, file, screenplainTokens(fs.readFileSync(htmlFile, 'utf8')), actual);
  }
  return { ...result, detail: `elements ${result.elementsOk}/${result.elementsTotal}` };
}
