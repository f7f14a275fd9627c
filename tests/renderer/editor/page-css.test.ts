/** The page view's CSS geometry comes from the print profile, nothing else: Letter and A4, and a Final Draft file's own settings. */
import { describe, expect, it } from 'vitest';
import { elementCssVars, elementRules, pageCssVars } from '../../../renderer/editor/page-css.ts';
import { printProfile } from '../../../shared/screenplay/layout/print-profile.ts';
import { PAPER_PROFILES } from '../../../shared/screenplay/layout/profiles.ts';

describe('pageCssVars', () => {
  it('gives US Letter its size, margins and 55 lines of 12 pt', () => {
    expect(pageCssVars(PAPER_PROFILES.letter)).toEqual({
      '--page-width': '8.5in',
      '--page-height': '11in',
      '--margin-top': '1in',
      '--margin-left': '1.5in',
      '--margin-right': '1in',
      // 11 − 1 − 55/6
      '--margin-bottom': '0.8333in',
      '--text-width': '6in',
      '--lines-per-page': '55',
      '--line-height': '12pt',
      '--font-size': '12pt',
      '--page-number-top': '0.5in',
      '--page-number-right': '1in',
      '--scene-number-gap': '0.3in',
      '--dual-left': '0in',
      '--dual-right': '3.1in',
    });
  });

  it('gives A4 its own height (not Letter’s) and width, with the same text block', () => {
    const a4 = pageCssVars(PAPER_PROFILES.a4);
    expect(a4['--page-height']).toBe('11.6929in');
    expect(a4['--page-width']).toBe('8.2678in');
    expect(a4['--lines-per-page']).toBe('59');
    expect(a4['--text-width']).toBe('6in');
    // Sheet = top margin + body + bottom margin, to the ten-thousandth.
    const sum = parseFloat(a4['--margin-top']) + 59 / 6 + parseFloat(a4['--margin-bottom']);
    expect(sum).toBeCloseTo(841.89 / 72, 3);
  });

  it("follows a Final Draft file's margins", () => {
    const p = printProfile('letter', { page: { width: 8.5, height: 11, top: 1, bottom: 1 } });
    expect(pageCssVars(p)['--lines-per-page']).toBe('54');
    expect(pageCssVars(p)['--margin-bottom']).toBe('1in');
  });
});

describe('elementCssVars', () => {
  it('places each element from the profile: indent from the text block, width in characters, blank lines, capitals', () => {
    const p = PAPER_PROFILES.letter;
    expect(elementCssVars(p, 'character')).toMatchObject({ '--indent': '2.2in', '--width': '38ch', '--space': '12pt', '--case': 'uppercase', '--weight': '400' });
    expect(elementCssVars(p, 'dialogue')).toMatchObject({ '--indent': '1in', '--width': '35ch', '--space': '0pt', '--case': 'none' });
    expect(elementCssVars(p, 'transition')).toMatchObject({ '--align': 'right', '--case': 'uppercase' });
    expect(elementCssVars(p, 'lyrics')).toMatchObject({ '--slant': 'italic' });
    // Scene headings print regular unless the script says bold: the screen follows the paper.
    expect(elementCssVars(p, 'scene_heading')['--weight']).toBe('400');
  });

  it('places dual dialogue in its column: cue and parenthetical indented, parenthetical narrower', () => {
    const p = PAPER_PROFILES.letter;
    expect(elementCssVars(p, 'character')).toMatchObject({ '--dual-indent': '1.2in', '--dual-width': '28ch' });
    expect(elementCssVars(p, 'parenthetical')).toMatchObject({ '--dual-indent': '0.3in', '--dual-width': '25ch' });
    expect(elementCssVars(p, 'dialogue')).toMatchObject({ '--dual-indent': '0in', '--dual-width': '28ch' });
  });

  it("takes a Final Draft file's bold headings and indents", () => {
    const p = printProfile('letter', { elements: { 'Scene Heading': { bold: true, caps: true }, Dialogue: { left: 2.6, right: 6.1 } } });
    expect(elementCssVars(p, 'scene_heading')['--weight']).toBe('700');
    // 35 characters at Final Draft's 7 pt and half of one more: 35 fit, 36 do not.
    expect(elementCssVars(p, 'dialogue')).toMatchObject({ '--indent': '1.1in', '--width': `${(35 + 0.5) * 7}pt` });
  });

  it('sets a Final Draft script at its 7 pt pitch, as its PDF prints it; Naskah’s own scripts keep Courier’s advance', () => {
    const fd = printProfile('letter', { elements: { Transition: { left: 5.5, right: 7.1, align: 'right' } } });
    const rules = elementRules(fd, '.p').split('\n');
    expect(rules).toContain('.p .block-text { letter-spacing: calc(7pt - 1ch); }');
    expect(rules).toContain('.p .block-text[data-scene-number]::before, .p .block-text[data-scene-number]::after { letter-spacing: 0; }');
    expect(elementCssVars(fd, 'action')['--width']).toBe(`${(61 + 0.5) * 7}pt`);
    // Right-aligned text keeps the paper's column (16 cells of 0.1 in), so it ends where the PDF's does.
    expect(elementCssVars(fd, 'transition')['--width']).toBe('1.6in');
    expect(elementCssVars(fd, 'dialogue')['--dual-width']).toBe(`${(28 + 0.5) * 7}pt`);
    expect(elementRules(PAPER_PROFILES.letter, '.p')).not.toContain('letter-spacing');
    expect(elementCssVars(PAPER_PROFILES.letter, 'action')['--width']).toBe('60ch');
  });
});

describe('elementRules', () => {
  it("writes each type's place and style under the editor's scope, its page turns and dual columns, from the profile", () => {
    const css = elementRules(PAPER_PROFILES.letter, '.page-1').split('\n');
    expect(css).toContain(
      '.page-1 .block-character > .block-text { margin-left: 2.2in; width: 38ch; padding-top: 12pt; text-align: left; text-transform: uppercase; font-weight: 400; font-style: normal; text-decoration: none; }',
    );
    expect(css).toContain('.page-1 .block-dialogue .page-turn { margin-left: calc(-1 * (var(--margin-left) + 1in + var(--bleed))); }');
    expect(css).toContain(".page-1 .block-character[data-dual='right'] > .block-text { margin-left: calc(var(--dual-right) + 1.2in); width: 28ch; }");
    expect(css).toContain('.page-1 .block-scene_heading > .block-text[data-scene-number]::after { left: calc(var(--text-width) - 0in + var(--scene-number-gap)); }');
    // A script from Final Draft: its numbers start 0.75 in and end 7.375 in from the page's left edge (the heading's text starts at 1.5 in).
    const fd = elementRules(printProfile('letter', { elements: { 'Scene Heading': { left: 1.5, right: 7.5 } } }), '.page-1').split('\n');
    expect(fd).toContain('.page-1 .block-scene_heading > .block-text[data-scene-number]::before { right: auto; left: -0.75in; }');
    expect(fd).toContain('.page-1 .block-scene_heading > .block-text[data-scene-number]::after { left: auto; right: calc(100% - 5.875in); }');
    expect(fd.some((r) => r.includes('var(--scene-number-gap)'))).toBe(false);
    // A numbered shot's numbers stand where the headings' do, measured from its own left edge.
    const shotLeft = printProfile('letter', { elements: { 'Scene Heading': { left: 1.5, right: 7.5 } } }).elements.shot.left;
    expect(fd).toContain(`.page-1 .block-shot > .block-text[data-scene-number]::before { right: auto; left: ${-(shotLeft - 0.75)}in; }`);
    // A Final Draft FirstIndent hangs the first line, outside dual columns only.
    const hung = elementRules(printProfile('letter', { elements: { Parenthetical: { left: 3, right: 5.5, firstIndent: -0.1 } } }), '.page-1').split('\n');
    expect(hung).toContain('.page-1 .block-parenthetical > .block-text { text-indent: -0.1in; }');
    expect(hung).toContain('.page-1 .block-parenthetical[data-dual] > .block-text { text-indent: 0; }');
    expect(css.some((r) => r.includes('text-indent'))).toBe(false);
    // No number of the format is left to the stylesheet: every type gets its rule.
    expect(css.filter((r) => r.includes('> .block-text { margin-left:') && !r.includes('data-dual')).length).toBe(13);
  });
});
