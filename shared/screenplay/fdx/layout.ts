/**
 * A Final Draft file's page and element settings ↔ the model's `layout` (script-layout.ts): what
 * changes how that script paginates and prints. Read from <PageLayout> (margins in points, <PageSize>
 * in inches), <ElementSettings Type="…"> (<ParagraphSpec> indents and FirstIndent in inches, SpaceBefore in points,
 * Alignment, StartsNewPage; <FontSpec Style> AllCaps, Bold, Italic, Underline),
 * <MoresAndContinueds><DialogueBreaks …>, <SceneNumberOptions LeftLocation RightLocation> and
 * <HeaderAndFooter HeaderVisible HeaderFirstPage StartingPage> with its header's "Page #" label;
 * written back in the same places (scene numbers by scene-numbering.ts).
 */
import type { ElementLayout, ScriptLayout } from '../script-layout.ts';
import { scriptLayoutSchema } from '../script-layout.ts';
import { CONTD_MARK, MORE_MARK } from '../rules/cue.ts';
import { FINAL_DRAFT_SCENE_NUMBERS } from '../layout/final-draft.ts';

type Attrs = Record<string, unknown>;

const POINTS_PER_INCH = 72;
const POINTS_PER_LINE = 12;

function num(v: unknown): number | undefined {
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function yes(v: unknown): boolean | undefined {
  return v === 'Yes' ? true : v === 'No' ? false : undefined;
}

/** The element types whose settings change how a script prints (outline elements never print). */
const SCRIPT_TYPES = new Set(['Scene Heading', 'Action', 'Character', 'Parenthetical', 'Dialogue', 'Transition', 'Shot', 'General', 'Cast List', 'New Act', 'End of Act', 'Cold Opening', 'Lyrics']);

/**
 * Final Draft's document line spacing (<PageLayout DocumentLeading>) as points from line to line:
 * Normal 12, Tight 11 — both measured on Final Draft's prints. Very Tight and Loose are not measured
 * yet and print as Normal.
 */
const LEADING_POINTS = new Map([
  ['normal', 12],
  ['tight', 11],
]);
const LEADING_NAME = new Map([[11, 'Tight']]);

const ALIGN: Record<string, ElementLayout['align']> = { Left: 'left', Center: 'center', Right: 'right', Full: 'full' };

/** Collects the settings while the FDX reader streams; `opentag` gets every tag with its parent's name. */
export function fdxLayoutReader() {
  const layout: ScriptLayout = {};
  let elementType: string | null = null;
  const pageMargins: { top?: number; bottom?: number; header?: number; footer?: number } = {};
  let size: { width?: number; height?: number } = {};
  // <HeaderAndFooter>: its attributes, and whether its <Header> (if it has one) holds the page number's label.
  let header: { visible?: boolean; firstPage?: boolean; start?: number; hasHeader: boolean; pageLabel: boolean } | null = null;
  let inHeader = false;

  return {
    opentag(name: string, attrs: Attrs, parent: string | undefined): void {
      if (name === 'ElementSettings' && parent === 'FinalDraft') {
        elementType = typeof attrs.Type === 'string' && SCRIPT_TYPES.has(attrs.Type) ? attrs.Type : null;
        return;
      }
      if (parent === 'ElementSettings' && elementType) {
        const el: ElementLayout = (layout.elements ??= {})[elementType] ?? {};
        if (name === 'ParagraphSpec') {
          const left = num(attrs.LeftIndent);
          const right = num(attrs.RightIndent);
          const before = num(attrs.SpaceBefore);
          const first = num(attrs.FirstIndent);
          if (left !== undefined) el.left = left;
          if (first) el.firstIndent = first;
          if (right !== undefined) el.right = right;
          if (before !== undefined) el.spaceBefore = before / POINTS_PER_LINE;
          const align = typeof attrs.Alignment === 'string' ? ALIGN[attrs.Alignment] : undefined;
          if (align) el.align = align;
          if (yes(attrs.StartsNewPage)) el.startsNewPage = true;
        } else if (name === 'FontSpec' && typeof attrs.Style === 'string') {
          const styles = attrs.Style.split('+');
          if (styles.includes('AllCaps')) el.caps = true;
          if (styles.includes('Bold')) el.bold = true;
          if (styles.includes('Italic')) el.italic = true;
          if (styles.includes('Underline')) el.underline = true;
        }
        layout.elements![elementType] = el;
        return;
      }
      if (name === 'PageLayout' && parent === 'FinalDraft') {
        const leading = typeof attrs.DocumentLeading === 'string' ? LEADING_POINTS.get(attrs.DocumentLeading.replace(/\s+/g, '').toLowerCase()) : undefined;
        if (leading !== undefined && leading !== POINTS_PER_LINE) layout.lineHeight = leading;
        pageMargins.top = num(attrs.TopMargin);
        pageMargins.bottom = num(attrs.BottomMargin);
        pageMargins.header = num(attrs.HeaderMargin);
        pageMargins.footer = num(attrs.FooterMargin);
        return;
      }
      if (name === 'PageSize' && parent === 'PageLayout') {
        size = { width: num(attrs.Width), height: num(attrs.Height) };
        return;
      }
      if (name === 'SceneNumberOptions' && parent === 'FinalDraft') {
        // Final Draft writes its locations to two decimals: 7.38 is its 7.375.
        const s: NonNullable<ScriptLayout['sceneNumbers']> = {};
        const left = num(attrs.LeftLocation);
        const right = num(attrs.RightLocation);
        if (left !== undefined && Math.abs(left - FINAL_DRAFT_SCENE_NUMBERS.left) > 0.006) s.left = left;
        if (right !== undefined && Math.abs(right - FINAL_DRAFT_SCENE_NUMBERS.right) > 0.006) s.right = right;
        if (Object.keys(s).length) layout.sceneNumbers = s;
        return;
      }
      if (name === 'HeaderAndFooter' && parent === 'FinalDraft') {
        // A starting page out of range is left out, not allowed to void the rest of the layout.
        const start = num(attrs.StartingPage);
        header = { visible: yes(attrs.HeaderVisible), firstPage: yes(attrs.HeaderFirstPage), start: start !== undefined && Number.isInteger(start) && start >= 0 && start <= 99999 ? start : undefined, hasHeader: false, pageLabel: false };
        return;
      }
      if (name === 'Header' && parent === 'HeaderAndFooter' && header) {
        header.hasHeader = inHeader = true;
        return;
      }
      if (inHeader && header && name === 'DynamicLabel' && attrs.Type === 'Page #') {
        header.pageLabel = true;
        return;
      }
      if (name === 'DialogueBreaks' && parent === 'MoresAndContinueds') {
        // Only what differs from Final Draft's defaults is kept: a file that says nothing new adds nothing.
        const c: NonNullable<ScriptLayout['continueds']> = {};
        const more = typeof attrs.DialogueBottom === 'string' ? attrs.DialogueBottom.trim() : '';
        const contd = typeof attrs.DialogueTop === 'string' ? attrs.DialogueTop.trim() : '';
        if (more && more !== MORE_MARK) c.more = more;
        if (contd && contd !== CONTD_MARK) c.contd = contd;
        if (yes(attrs.AutomaticCharacterContinueds) === false) c.automatic = false;
        if (Object.keys(c).length) layout.continueds = c;
      }
    },
    closetag(name: string): void {
      if (name === 'ElementSettings') elementType = null;
      if (name === 'Header') inHeader = false;
      if (name === 'HeaderAndFooter' && header) {
        // Only what differs from the usual numbering ("2." from page 2): a header hidden, or one
        // that holds no page number, prints none.
        const n: NonNullable<ScriptLayout['pageNumbers']> = {};
        if (header.visible === false || (header.hasHeader && !header.pageLabel)) n.shown = false;
        if (header.firstPage) n.firstPage = true;
        if (header.start !== undefined && header.start !== 1) n.start = header.start;
        if (Object.keys(n).length) layout.pageNumbers = n;
        header = null;
      }
    },
    /** The layout read, or undefined when the file says nothing that changes pagination (or nothing valid). */
    result(): ScriptLayout | undefined {
      if (pageMargins.top !== undefined && pageMargins.bottom !== undefined) {
        layout.page = {
          width: size.width ?? 8.5,
          height: size.height ?? 11,
          top: pageMargins.top / POINTS_PER_INCH,
          bottom: pageMargins.bottom / POINTS_PER_INCH,
          ...(pageMargins.header !== undefined ? { header: pageMargins.header / POINTS_PER_INCH } : {}),
          ...(pageMargins.footer !== undefined ? { footer: pageMargins.footer / POINTS_PER_INCH } : {}),
        };
      }
      if (!layout.page && !layout.elements && !layout.continueds && !layout.sceneNumbers && !layout.pageNumbers && layout.lineHeight === undefined) return undefined;
      // A file with impossible numbers prints with the paper's defaults rather than failing to open.
      const checked = scriptLayoutSchema.safeParse(layout);
      return checked.success ? checked.data : undefined;
    },
  };
}

function attr(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  const v = String(value).replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch]!);
  return ` ${name}="${v}"`;
}

const inch = (n: number | undefined) => (n === undefined ? undefined : n.toFixed(2));
const points = (n: number | undefined) => (n === undefined ? undefined : String(Math.round(n * POINTS_PER_INCH)));
const ALIGN_FDX: Record<NonNullable<ElementLayout['align']>, string> = { left: 'Left', center: 'Center', right: 'Right', full: 'Full' };

/**
 * The XML that follows </Content> in a Final Draft file: element settings and page layout when the
 * script carries them, and always <MoresAndContinueds> — Final Draft keeps CONT'D out of the text
 * and marks the automatic ones with AutomaticCharacterContinueds.
 */
export function writeFdxLayout(layout: ScriptLayout | undefined, automaticContd: boolean): string[] {
  const out: string[] = [];
  for (const [type, el] of Object.entries(layout?.elements ?? {})) {
    const style = [el.caps && 'AllCaps', el.bold && 'Bold', el.italic && 'Italic', el.underline && 'Underline'].filter(Boolean).join('+');
    out.push(
      `  <ElementSettings${attr('Type', type)}>`,
      `    <FontSpec${attr('Style', style)}/>`,
      `    <ParagraphSpec${attr('Alignment', el.align && ALIGN_FDX[el.align])}${attr('FirstIndent', inch(el.firstIndent))}${attr('LeftIndent', inch(el.left))}${attr('RightIndent', inch(el.right))}${attr('SpaceBefore', el.spaceBefore === undefined ? undefined : Math.round(el.spaceBefore * POINTS_PER_LINE))}${attr('StartsNewPage', el.startsNewPage ? 'Yes' : el.startsNewPage === false ? 'No' : undefined)}/>`,
      '  </ElementSettings>',
    );
  }
  const page = layout?.page;
  const leading = layout?.lineHeight === undefined ? undefined : LEADING_NAME.get(layout.lineHeight);
  if (page) {
    out.push(
      `  <PageLayout${attr('BottomMargin', points(page.bottom))}${attr('DocumentLeading', leading)}${attr('FooterMargin', points(page.footer))}${attr('HeaderMargin', points(page.header))}${attr('TopMargin', points(page.top))}>`,
      `    <PageSize${attr('Height', inch(page.height))}${attr('Width', inch(page.width))}/>`,
      '  </PageLayout>',
    );
  } else if (leading) out.push(`  <PageLayout${attr('DocumentLeading', leading)}/>`);
  // Always written, as Final Draft writes it: Final Draft 12 printed a file without it with no page numbers at all.
  const n = layout?.pageNumbers;
  out.push(
    `  <HeaderAndFooter FooterFirstPage="Yes" FooterVisible="No"${attr('HeaderFirstPage', n?.firstPage ? 'Yes' : 'No')}${attr('HeaderVisible', n?.shown === false ? 'No' : 'Yes')}${attr('StartingPage', n?.start ?? 1)}>`,
    '    <Header>',
    '      <Paragraph Alignment="Right">',
    '        <DynamicLabel Type="Page #"/>',
    '        <Text>.</Text>',
    '      </Paragraph>',
    '    </Header>',
    '  </HeaderAndFooter>',
  );
  const c = layout?.continueds;
  out.push(
    '  <MoresAndContinueds>',
    `    <DialogueBreaks${attr('AutomaticCharacterContinueds', automaticContd ? 'Yes' : 'No')} BottomOfPage="Yes"${attr('DialogueBottom', c?.more ?? MORE_MARK)}${attr('DialogueTop', c?.contd ?? CONTD_MARK)} TopOfNext="Yes"/>`,
    '  </MoresAndContinueds>',
  );
  return out;
}
