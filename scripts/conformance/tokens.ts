/**
 * Our parsed model as a flat list of comparable tokens ("type:text"), the common ground for the
 * suites. Text is squashed (white space collapsed); what a suite cannot express is left out by
 * the caller through `skip`.
 */
import type { ElementType, Screenplay } from '../../shared/screenplay/model.ts';
import { squash } from './compare.ts';

export interface TokenOptions {
  skip?: ReadonlySet<ElementType>;
  /** Parentheticals without their brackets (fountain-tools stores the inside only). */
  bareParentheticals?: boolean;
  /** Consecutive action paragraphs become one (fountain-tools' "Merged" expectations). */
  mergeActions?: boolean;
  sceneNumbers?: boolean;
  dual?: boolean;
  depth?: boolean;
  /** Type names to print instead of ours. */
  rename?: Partial<Record<ElementType, string>>;
}

export function modelTokens(script: Screenplay, options: TokenOptions = {}): string[] {
  const out: string[] = [];
  let lastType: string | undefined;
  for (const el of script.elements) {
    if (options.skip?.has(el.type)) continue;
    const type = options.rename?.[el.type] ?? el.type;
    let text = el.text;
    if (options.bareParentheticals && el.type === 'parenthetical') text = text.replace(/^\(\s*|\s*\)$/g, '');
    if (options.mergeActions && type === 'action' && lastType === 'action') {
      out[out.length - 1] = `${out[out.length - 1]} ${squash(text)}`;
      continue;
    }
    let token = `${type}:${squash(text)}`;
    if (options.sceneNumbers && el.sceneNumber) token += ` #${el.sceneNumber}`;
    if (options.depth && el.depth) token += ` depth=${el.depth}`;
    if (options.dual && el.dual && el.type === 'character') token += ' (dual)';
    out.push(token);
    lastType = type;
  }
  return out;
}
