/** Final Draft writer: FinalDraft document Version 5 XML, styled runs, dual dialogue, title page. */
import type { Mark, Screenplay, ScriptElement } from '../model.ts';
import { ELEMENT_TO_FDX } from './paragraph-types.ts';
import { titleLayout } from './title-page.ts';
import { writeFdxLayout } from './layout.ts';

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** Splits text at mark boundaries into <Text Style="…"> runs. */
function textRuns(text: string, marks: readonly Mark[] = []): string {
  if (text === '') return '<Text></Text>';
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.min(m.start, text.length));
    cuts.add(Math.min(m.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const styles = ['Bold', 'Italic', 'Underline'].filter((s) =>
      marks.some((m) => m.style === s.toLowerCase() && m.start <= a && m.end >= b),
    );
    const style = styles.length ? ` Style="${styles.join('+')}"` : '';
    out += `<Text${style}>${escapeXml(text.slice(a, b))}</Text>`;
  }
  return out;
}

function paragraph(el: ScriptElement, newPage: boolean): string {
  if (el.type === 'page_break') return '';
  const attrs = [`Type="${ELEMENT_TO_FDX[el.type]}"`];
  if (el.type === 'centered') attrs.push('Alignment="Center"');
  if (el.type === 'scene_heading' && el.sceneNumber) attrs.push(`Number="${escapeXml(el.sceneNumber)}"`);
  if (newPage) attrs.push('StartsNewPage="Yes"');
  return `    <Paragraph ${attrs.join(' ')}>${textRuns(el.text, el.marks)}</Paragraph>`;
}

const SPEECH = new Set(['character', 'parenthetical', 'dialogue']);

/** `automaticContd`: what <MoresAndContinueds> says (default: the script's own setting, else on, as in Final Draft). */
export function writeFdx(script: Screenplay, options: { automaticContd?: boolean } = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
    '<FinalDraft DocumentType="Script" Template="No" Version="5">',
    '  <Content>',
  ];
  const els = script.elements;
  let newPage = false;
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (el.type === 'page_break') {
      newPage = true;
      continue;
    }
    // A dual pair: the first speaker's block, then the block marked `dual`, inside <DualDialogue>.
    if (el.type === 'character' && !el.dual) {
      let j = i + 1;
      while (j < els.length && (els[j].type === 'parenthetical' || els[j].type === 'dialogue') && !els[j].dual) j++;
      if (els[j]?.type === 'character' && els[j].dual) {
        let k = j + 1;
        while (k < els.length && SPEECH.has(els[k].type) && els[k].type !== 'character' && els[k].dual) k++;
        out.push(`    <Paragraph${newPage ? ' StartsNewPage="Yes"' : ''}>`, '      <DualDialogue>');
        for (const d of els.slice(i, k)) out.push('  ' + paragraph(d, false));
        out.push('      </DualDialogue>', '    </Paragraph>');
        newPage = false;
        i = k - 1;
        continue;
      }
    }
    out.push(paragraph(el, newPage));
    newPage = false;
  }
  out.push('  </Content>');
  if (script.titlePage.length) {
    out.push('  <TitlePage>', '    <Content>');
    const top = script.titlePage.filter((f) => !titleLayout(f.key).bottom);
    const bottom = script.titlePage.filter((f) => titleLayout(f.key).bottom);
    const blank = '      <Paragraph Alignment="Center"><Text></Text></Paragraph>';
    for (const f of [...top, ...bottom]) {
      const { alignment } = titleLayout(f.key);
      for (const line of f.value.split('\n')) out.push(`      <Paragraph Alignment="${alignment}"><Text>${escapeXml(line)}</Text></Paragraph>`);
      out.push(blank);
    }
    out.push('    </Content>', '  </TitlePage>');
  }
  out.push(...writeFdxLayout(script.layout, options.automaticContd ?? script.layout?.continueds?.automatic ?? true));
  out.push('</FinalDraft>');
  return out.join('\n') + '\n';
}
