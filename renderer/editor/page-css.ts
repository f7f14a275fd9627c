/**
 * The page view's geometry as CSS custom properties, generated from the print profile (the one
 * table of page numbers, shared/screenplay/layout/profiles.ts): editor.css says how a page is
 * drawn, never how big it is. Positions are in inches like the profile; widths in `ch`, so the
 * screen wraps at the profile's character count whatever the font's exact advance — or, for a
 * script from Final Draft, in points of its 7 pt pitch (cellsWidth).
 */
import { actionRightIn, type ElementStyle, type PaperProfile } from '../../shared/screenplay/layout/profiles.ts';
import { ELEMENT_TYPES, type ElementType } from '../../shared/screenplay/model.ts';

export type CssVars = Record<`--${string}`, string>;

const inches = (n: number) => `${round(n)}in`;
const points = (n: number) => `${round(n)}pt`;
// Float noise (8.267 − 7.5 = 0.7669999…) would make the CSS unreadable; a ten-thousandth of an inch is invisible.
const round = (n: number) => Math.round(n * 10000) / 10000;

/** The page: its size, the margins around the text block, the line, the page and scene number positions. Set on the page container. */
export function pageCssVars(profile: PaperProfile): CssVars {
  const widthIn = profile.widthPt / 72;
  const heightIn = profile.heightPt / 72;
  const left = profile.elements.action.left;
  const right = actionRightIn(profile);
  const bodyIn = profile.linesPerPage / profile.linesPerInch;
  const d = profile.dual;
  return {
    '--page-width': inches(widthIn),
    '--page-height': inches(heightIn),
    '--margin-top': inches(profile.topMarginIn),
    '--margin-left': inches(left),
    '--margin-right': inches(widthIn - right),
    '--margin-bottom': inches(heightIn - profile.topMarginIn - bodyIn),
    '--text-width': inches(right - left),
    '--lines-per-page': String(profile.linesPerPage),
    '--line-height': points(72 / profile.linesPerInch),
    '--font-size': points(profile.fontSizePt),
    '--page-number-top': inches(profile.pageNumberTopIn),
    '--page-number-right': inches(widthIn - profile.pageNumberRightIn),
    '--scene-number-gap': inches(profile.sceneNumberGapIn),
    '--dual-left': inches(d.lefts[0] - left),
    '--dual-right': inches(d.lefts[1] - left),
  };
}

/**
 * One element type's place and style on the page: its indent from the text block's left edge,
 * width, blank lines before, alignment, capitals, bold/italic/underline, and where it stands in
 * a dual-dialogue column (the values elementRules writes).
 */
export function elementCssVars(profile: PaperProfile, type: ElementType): CssVars {
  const s = profile.elements[type];
  const d = profile.dual;
  const dualIndent = type === 'character' ? d.cueIndentIn : type === 'parenthetical' ? d.parentheticalIndentIn : 0;
  const dualWidth = type === 'parenthetical' ? d.width - d.parentheticalNarrower : d.width;
  return {
    '--indent': inches(s.left - profile.elements.action.left),
    '--width': cellsWidth(profile, s.width, s.align),
    '--space': points((s.spaceBefore * 72) / profile.linesPerInch),
    '--align': s.align,
    '--case': s.upper ? 'uppercase' : 'none',
    '--weight': s.bold ? '700' : '400',
    '--slant': s.italic ? 'italic' : 'normal',
    '--underline': s.underline ? 'underline' : 'none',
    '--dual-indent': inches(dualIndent),
    '--dual-width': cellsWidth(profile, dualWidth, 'left'),
  };
}

/**
 * A column `cells` characters wide. At Courier's own advance, in `ch`: the screen wraps at the
 * profile's character count whatever the font's exact advance. At a pitch of the profile's own
 * (Final Draft's 7 pt, drawn with `letter-spacing`, elementRules), left-aligned text holds `cells`
 * characters of that pitch and half of one more (room for rounding, never for another character);
 * right-aligned and centred text keeps the paper's column, as the PDF does.
 */
function cellsWidth(profile: PaperProfile, cells: number, align: ElementStyle['align']): string {
  const pitch = profile.charAdvancePt;
  if (pitch === undefined) return `${cells}ch`;
  return align === 'left' ? points((cells + 0.5) * pitch) : inches(cells / profile.charsPerInch);
}

/**
 * Every element type's place and style as CSS rules under `scope` (the editor's page container),
 * for a constructed stylesheet: one sheet for the editor rather than a style attribute on each of
 * its thousands of blocks (setting ten custom properties on each cost an open of 120 pages about
 * 140 ms). Also where a page turn and the scene numbers stand in each type's block.
 */
export function elementRules(profile: PaperProfile, scope: string): string {
  const out: string[] = [];
  // A script from Final Draft: every character advances its pitch (7 pt), as its PDF draws it (render.ts).
  // Its scene numbers keep Courier's own advance, as its print (and the PDF) sets them.
  if (profile.charAdvancePt !== undefined)
    out.push(
      `${scope} .block-text { letter-spacing: calc(${points(profile.charAdvancePt)} - 1ch); }`,
      `${scope} .block-text[data-scene-number]::before, ${scope} .block-text[data-scene-number]::after { letter-spacing: 0; }`,
    );
  for (const type of ELEMENT_TYPES) {
    const v = elementCssVars(profile, type);
    const block = `${scope} .block-${type}`;
    const turn = (left: string) => `margin-left: calc(-1 * (var(--margin-left) + ${left} + var(--bleed)));`;
    out.push(
      `${block} > .block-text { margin-left: ${v['--indent']}; width: ${v['--width']}; padding-top: ${v['--space']}; text-align: ${v['--align']}; ` +
        `text-transform: ${v['--case']}; font-weight: ${v['--weight']}; font-style: ${v['--slant']}; text-decoration: ${v['--underline']}; }`,
      `${block} .page-turn { ${turn(v['--indent'])} }`,
    );
    // Final Draft's FirstIndent (a parenthetical's hanging "("): the first line only, never in a dual column (the PDF's columns have none).
    const first = profile.elements[type].firstIndent;
    if (first && profile.elements[type].align === 'left') out.push(`${block} > .block-text { text-indent: ${inches(first)}; }`, `${block}[data-dual] > .block-text { text-indent: 0; }`);
    if (type === 'character' || type === 'parenthetical' || type === 'dialogue' || type === 'lyrics') {
      for (const side of ['left', 'right'] as const) {
        const left = `calc(var(--dual-${side}) + ${v['--dual-indent']})`;
        out.push(`${block}[data-dual='${side}'] > .block-text { margin-left: ${left}; width: ${v['--dual-width']}; }`, `${block}[data-dual='${side}'] .page-turn { ${turn(left)} }`);
      }
    }
    // Scene headings, and shots numbered as scenes (a Final Draft Shot with a Number: scene-numbers/lock.ts).
    if (type === 'scene_heading' || type === 'shot') {
      out.push(`${block} > .block-text[data-scene-number]::before, ${block} > .block-text[data-scene-number]::after { top: ${v['--space']}; }`);
      const at = profile.sceneNumbersIn;
      const own = profile.elements[type].left;
      // Final Draft's places (a script from Final Draft): the left number starts, the right one ends, a fixed distance from the page's edge.
      if (at)
        out.push(
          `${block} > .block-text[data-scene-number]::before { right: auto; left: ${inches(at.left - own)}; }`,
          `${block} > .block-text[data-scene-number]::after { left: auto; right: calc(100% - ${inches(at.right - own)}); }`,
        );
      else out.push(`${block} > .block-text[data-scene-number]::after { left: calc(var(--text-width) - ${v['--indent']} + var(--scene-number-gap)); }`);
    }
  }
  return out.join('\n');
}
