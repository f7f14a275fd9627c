/**
 * The profile a script prints with: the paper's (profiles.ts), changed by the script's own layout
 * when it came from Final Draft (margins, element indents, space before, capitals, its MORE and
 * CONT'D marks), and the automatic CONT'D choice. The same inputs give the same object, so the
 * editor's incremental layout can tell when a full one is needed.
 */
import type { ElementType } from '../model.ts';
import type { ElementLayout, ScriptLayout } from '../script-layout.ts';
import { ELEMENT_TO_FDX, FDX_TO_ELEMENT } from '../fdx/paragraph-types.ts';
import { PAPER_PROFILES, type ElementStyle, type Paper, type PaperProfile } from './profiles.ts';
import { FINAL_DRAFT_CHAR_PT, FINAL_DRAFT_CONTD, FINAL_DRAFT_ELEMENTS, FINAL_DRAFT_MARGINS, FINAL_DRAFT_SCENE_NUMBERS, finalDraftCells } from './final-draft.ts';

export interface PrintChoices {
  /** Automatic (CONT'D) chosen for this print (export dialog, CLI flag); wins over the script's and the app's. */
  automaticContd?: boolean;
  /** The app's setting, for scripts that do not carry their own. */
  defaultAutomaticContd?: boolean;
}

/** Automatic CONT'D: the choice made for this print, else the script's own (Final Draft's setting), else the app's, else on. */
export function automaticContdFor(layout: ScriptLayout | undefined, choices: PrintChoices = {}): boolean {
  return choices.automaticContd ?? layout?.continueds?.automatic ?? choices.defaultAutomaticContd ?? true;
}

const plain = new Map<string, PaperProfile>();
const withLayout = new WeakMap<ScriptLayout, Map<string, PaperProfile>>();

export function printProfile(paper: Paper, layout?: ScriptLayout, choices: PrintChoices = {}): PaperProfile {
  const automatic = automaticContdFor(layout, choices);
  const key = `${paper}:${automatic}`;
  const cache = layout ? (withLayout.get(layout) ?? withLayout.set(layout, new Map()).get(layout)!) : plain;
  let profile = cache.get(key);
  if (!profile) cache.set(key, (profile = derive(PAPER_PROFILES[paper], layout, automatic)));
  return profile;
}

function derive(base: PaperProfile, layout: ScriptLayout | undefined, automatic: boolean): PaperProfile {
  if (!layout) return automatic === base.marks.automatic ? base : { ...base, marks: { ...base.marks, automatic } };
  const p: PaperProfile = { ...base, marks: { ...base.marks, automatic }, elements: { ...base.elements } };
  // Page or element settings come from Final Draft (its file, or Naskah's copy of them); marks alone
  // may be Naskah's own FDX of a Fountain script, which keeps the paper's metrics.
  const fromFinalDraft = layout.page !== undefined || layout.elements !== undefined || layout.lineHeight !== undefined;
  // A Final Draft file without <PageLayout> has Final Draft's default margins (final-draft.ts).
  const page = layout.page ?? (fromFinalDraft ? FINAL_DRAFT_MARGINS : undefined);
  // The paper stays the one chosen; the script's margins and line spacing decide how many lines fit on it.
  const bodyIn = page ? base.heightPt / 72 - page.top - page.bottom : base.linesPerPage / base.linesPerInch;
  const spacing = lineSpacing(layout, base);
  if (spacing) p.linesPerInch = 72 / spacing.lineHeight;
  if (page || spacing) p.linesPerPage = Math.max(10, Math.floor(bodyIn * p.linesPerInch + 1e-6));
  if (page) {
    p.topMarginIn = page.top;
    if (page.header !== undefined) p.pageNumberTopIn = page.header;
  }
  if (layout.pageNumbers) p.pageNumbers = layout.pageNumbers;
  const c = layout.continueds;
  if (c?.more) p.marks.more = c.more;
  if (c?.contd) p.marks.contd = c.contd;
  else if (fromFinalDraft) p.marks.contd = FINAL_DRAFT_CONTD;
  // A type the file does not describe prints as Final Draft prints it then (final-draft.ts), not as
  // Naskah's own table would: a Fountain script or Naskah's own never gets here.
  const settings = fromFinalDraft ? withFinalDraftDefaults(layout.elements) : (layout.elements ?? {});
  for (const type of Object.keys(p.elements) as ElementType[]) {
    if (type === 'page_break') continue;
    const own = settings[ELEMENT_TO_FDX[type]];
    if (own) p.elements[type] = styled(p.elements[type], own, base.charsPerInch, type);
    else if (fromFinalDraft) p.elements[type] = finalDraftWidth(p.elements[type], base.charsPerInch);
  }
  // Its lines wrap at Final Draft's pitch (finalDraftWidth) and print at it: 7 pt a character.
  if (fromFinalDraft) p.charAdvancePt = FINAL_DRAFT_CHAR_PT;
  if (fromFinalDraft || layout.sceneNumbers) p.sceneNumbersIn = { ...FINAL_DRAFT_SCENE_NUMBERS, ...layout.sceneNumbers };
  // Final Draft's own types (New Act, End of Act, General, …) start from the type they read as.
  const ownTypes: Record<string, { as: ElementType; style: ElementStyle }> = {};
  for (const [name, own] of Object.entries(settings)) {
    const as = Object.hasOwn(FDX_TO_ELEMENT, name) ? FDX_TO_ELEMENT[name] : undefined;
    if (!as || as === 'page_break' || ELEMENT_TO_FDX[as] === name) continue;
    ownTypes[name] = { as, style: styled(p.elements[as], own, base.charsPerInch, as) };
  }
  if (spacing) {
    const spaced = (s: ElementStyle): ElementStyle => ({ ...s, spaceBefore: spacing.blankLines(s.spaceBefore) });
    for (const type of Object.keys(p.elements) as ElementType[]) p.elements[type] = spaced(p.elements[type]);
    for (const t of Object.values(ownTypes)) t.style = spaced(t.style);
  }
  if (Object.keys(ownTypes).length) p.ownTypes = ownTypes;
  return p;
}

/**
 * Final Draft's document line spacing (Tight and the like) moves text lines closer but leaves the
 * space before elements in points: on its prints a Tight page steps 11 pt from line to line and
 * 23 pt across one blank line. The engine counts in lines of the script's own height, so a blank
 * line becomes 12/11 of one — kept on a 1/1024 grid, where sums and comparisons stay exact.
 */
function lineSpacing(layout: ScriptLayout, base: PaperProfile): { lineHeight: number; blankLines: (n: number) => number } | null {
  const normal = 72 / base.linesPerInch;
  const lineHeight = layout.lineHeight;
  if (!lineHeight || lineHeight === normal) return null;
  return { lineHeight, blankLines: (n) => Math.round(((n * normal) / lineHeight) * 1024) / 1024 };
}

/**
 * A left-aligned element's width as Final Draft sets it: the characters that fit between its
 * indents at Final Draft's pitch (61 in a 6 in action line). Right-aligned and centred text keeps
 * the paper's cells, so it still ends or centres where the column does.
 */
function finalDraftWidth(style: ElementStyle, cpi: number, rightIn = style.left + style.width / cpi): ElementStyle {
  if (style.align !== 'left' || !style.printed) return style;
  return { ...style, width: Math.max(4, finalDraftCells(style.left, rightIn)), hyphenHangs: true };
}

/** The file's element settings over Final Draft's defaults, field by field: what a type's settings leave out (its indents, say) is Final Draft's. */
function withFinalDraftDefaults(own: ScriptLayout['elements'] = {}): Record<string, ElementLayout> {
  const out: Record<string, ElementLayout> = { ...FINAL_DRAFT_ELEMENTS };
  // A field the settings hold as undefined is one they leave out.
  for (const [name, settings] of Object.entries(own)) out[name] = { ...FINAL_DRAFT_ELEMENTS[name], ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) };
  return out;
}

function styled(style: ElementStyle, own: ElementLayout, cpi: number, type: ElementType): ElementStyle {
  let out: ElementStyle = { ...style };
  // The right edge stays where it was unless the file moves it (then the width follows both edges).
  const right = own.left !== undefined && own.right !== undefined && own.right > own.left ? own.right : (own.left ?? style.left) + style.width / cpi;
  if (own.left !== undefined) out.left = own.left;
  if (own.left !== undefined && own.right !== undefined && own.right > own.left) out.width = Math.max(4, Math.round((own.right - own.left) * cpi));
  if (own.spaceBefore !== undefined) out.spaceBefore = Math.round(own.spaceBefore);
  if (own.firstIndent) out.firstIndent = own.firstIndent;
  // Centred text (an Action with Alignment="Center") keeps its own alignment.
  if (own.align && type !== 'centered') out.align = own.align === 'full' ? 'left' : own.align;
  if (own.caps !== undefined) out.upper = own.caps;
  if (own.bold) out.bold = true;
  if (own.italic) out.italic = true;
  if (own.underline) out.underline = true;
  if (own.startsNewPage) out.startsNewPage = true;
  out = finalDraftWidth(out, cpi, right);
  return out;
}
