/**
 * Parentheticals for the Fountain writer. Fountain knows a parenthetical only by its parentheses:
 * a line "(…)", or lines from one opening "(" (no ")" in it) to one ending in its only ")". Final
 * Draft has no such rule, and writers who wrap a long parenthetical by hand press Enter inside it,
 * leaving two Parenthetical paragraphs "(looking about" and "the room)" (the Nicholl format guide
 * does it three times). Written as they were, the first read back as dialogue and the second
 * gained a parenthesis: "(the room))".
 */
import type { ScriptElement } from '../model.ts';

/** Parentheticals, by index, that continue the one before them as one parenthetical over several lines. */
export function splitParentheticalRuns(elements: readonly ScriptElement[]): Set<number> {
  const joined = new Set<number>();
  // Emphasis markers around a part could hide its parentheses from the reader: such runs keep the parentheses.
  const isPart = (i: number, first: ScriptElement) =>
    elements[i]?.type === 'parenthetical' && !!elements[i].dual === !!first.dual && !elements[i].marks?.length;
  for (let i = 0; i < elements.length; i++) {
    const first = elements[i];
    if (first.type !== 'parenthetical' || first.marks?.length || !first.text.startsWith('(') || first.text.includes(')')) continue;
    // Lines without ")" carry on; the run closes on a part that does not start with "(" and whose
    // text ends with its only ")" — exactly what the reader takes back as one parenthetical.
    let j = i + 1;
    while (isPart(j, first) && !elements[j].text.startsWith('(') && !elements[j].text.includes(')')) j++;
    const last = elements[j];
    if (!isPart(j, first) || last.text.startsWith('(') || last.text.indexOf(')') !== last.text.length - 1) continue;
    for (let k = i + 1; k <= j; k++) joined.add(k);
    i = j;
  }
  return joined;
}

/** The first part of a run is written as it is; any other parenthetical gets the parentheses it lacks. */
export function parentheticalLine(text: string, opensRun: boolean, continuesRun: boolean): string {
  if (opensRun || continuesRun) return text;
  return `${text.startsWith('(') ? '' : '('}${text}${text.endsWith(')') ? '' : ')'}`;
}
