/**
 * Final Draft writer: FinalDraft document Version 5 XML, styled runs, dual dialogue, title page,
 * index cards (a heading's synopses, scene-properties.ts), script notes (script-notes.ts) and
 * Final Draft's own element types (paragraph-types.ts).
 */
import type { Screenplay, ScriptElement } from '../model.ts';
import { writeParagraphType } from './paragraph-types.ts';
import { cardLength, scenePropertiesXml } from './scene-properties.ts';
import { ScriptNotesWriter } from './script-notes.ts';
import { escapeXml, textRunsXml } from './styled-text.ts';
import { titlePageXml } from './title-page.ts';
import { writeFdxLayout } from './layout.ts';
import { sceneNumberOptionsXml } from './scene-numbering.ts';
import { printsSceneNumber } from '../scene-numbers/lock.ts';
import { writeFdxRevisions } from './revisions.ts';
import { revisedRuns } from '../revisions/runs.ts';

function paragraph(el: ScriptElement, newPage: boolean, card: readonly ScriptElement[] = []): string {
  const { type, centre } = writeParagraphType(el);
  const attrs = [`Type="${escapeXml(type)}"`];
  if (centre) attrs.push('Alignment="Center"');
  if (printsSceneNumber(el) && el.sceneNumber) attrs.push(`Number="${escapeXml(el.sceneNumber)}"`);
  // Naskah's own: a section's depth (Final Draft has no sections; it ignores the attribute).
  if (el.type === 'section' && (el.depth ?? 1) > 1) attrs.push(`NaskahDepth="${el.depth}"`);
  if (newPage) attrs.push('StartsNewPage="Yes"');
  return `    <Paragraph ${attrs.join(' ')}>${scenePropertiesXml(card)}${textRunsXml(el.text, el.marks, revisedRuns(el))}</Paragraph>`;
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
  const notes = new ScriptNotesWriter();
  let newPage = false;
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    if (el.type === 'page_break') {
      newPage = true;
      continue;
    }
    // Notes are Final Draft script notes, anchored after the paragraph before them: never printed.
    if (el.type === 'note') {
      notes.note(el.text);
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
        notes.paragraph(2);
        newPage = false;
        i = k - 1;
        continue;
      }
    }
    // A heading's synopses are its index card.
    const card = el.type === 'scene_heading' ? els.slice(i + 1, i + 1 + cardLength(els, i)) : [];
    out.push(paragraph(el, newPage, card));
    notes.paragraph(el.text.length);
    newPage = false;
    i += card.length;
  }
  out.push('  </Content>');
  out.push(...titlePageXml(script.titlePage));
  out.push(...writeFdxLayout(script.layout, options.automaticContd ?? script.layout?.continueds?.automatic ?? true));
  out.push(...sceneNumberOptionsXml(script));
  out.push(...writeFdxRevisions(script.revisions, script.revisionMode === true));
  out.push(...notes.xml());
  out.push('</FinalDraft>');
  return out.join('\n') + '\n';
}
