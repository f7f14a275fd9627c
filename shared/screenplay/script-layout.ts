/**
 * A script's own page and element settings, read from a Final Draft file (its <PageLayout>,
 * <ElementSettings> and <MoresAndContinueds>): the optional top-level `layout` of the JSON model
 * (contract 2, docs/file-formats.md). Only what changes pagination or print is kept. The layout
 * engine turns it into a print profile (layout/print-profile.ts).
 */
import { z } from 'zod';

/** One element type's settings, as Final Draft's ParagraphSpec and FontSpec state them. */
export interface ElementLayout {
  /** Left and right edges of the text, inches from the page's left edge (Final Draft's LeftIndent, RightIndent). */
  left?: number;
  right?: number;
  /**
   * Where the first line starts, inches from `left` (Final Draft's FirstIndent): Final Draft's
   * screenplay template hangs a parenthetical's first line 0.1 in to the left (-0.1), so its "("
   * stands outside the text of the lines below.
   */
  firstIndent?: number;
  /** Blank lines before the element (Final Draft's SpaceBefore in points ÷ 12). */
  spaceBefore?: number;
  align?: 'left' | 'center' | 'right' | 'full';
  /** Printed in capitals (FontSpec Style "AllCaps"), bold, italic, underlined. */
  caps?: boolean;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** The element always starts a new page. */
  startsNewPage?: boolean;
}

export interface ScriptLayout {
  /** Page size and margins in inches (Final Draft's PageSize and PageLayout margins). */
  page?: { width: number; height: number; top: number; bottom: number; header?: number; footer?: number };
  /** Element settings by Final Draft element type: "Scene Heading", "Action", "Character", "New Act", … */
  elements?: Record<string, ElementLayout>;
  /**
   * Points from one text line to the next (Final Draft's document line spacing: 12 for Normal, 11 for
   * Tight, measured on its prints). Blank lines before an element stay 12 pt, as Final Draft's
   * SpaceBefore is in points. Absent: 12.
   */
  lineHeight?: number;
  /** Final Draft's Mores and Continueds: the marks around a split speech and the automatic CONT'D. */
  continueds?: { more?: string; contd?: string; automatic?: boolean };
  /**
   * Where scene numbers print, inches from the page's left edge (Final Draft's SceneNumberOptions
   * LeftLocation, RightLocation): the left number starts at `left`, the right one ends at `right`.
   * Only what differs from Final Draft's defaults (0.75, 7.38) is kept.
   */
  sceneNumbers?: { left?: number; right?: number };
  /**
   * The page numbers (Final Draft's <HeaderAndFooter>, whose header holds the "Page #" label): only
   * what differs from the usual — none printed (`shown: false`: the header hidden, or without the
   * label), one on page 1 too (`firstPage`), the first page numbered `start` instead of 1.
   */
  pageNumbers?: { shown?: boolean; firstPage?: boolean; start?: number };
}

const inches = z.number().min(0).max(100);

export const elementLayoutSchema = z.object({
  left: inches.optional(),
  right: inches.optional(),
  firstIndent: z.number().min(-10).max(10).optional(),
  spaceBefore: z.number().min(0).max(20).optional(),
  align: z.enum(['left', 'center', 'right', 'full']).optional(),
  caps: z.boolean().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  startsNewPage: z.boolean().optional(),
});

export const scriptLayoutSchema = z.object({
  page: z
    .object({ width: inches, height: inches, top: inches, bottom: inches, header: inches.optional(), footer: inches.optional() })
    .refine((p) => p.top + p.bottom < p.height - 0.5, { message: 'margins leave no room for text' })
    .optional(),
  elements: z.record(z.string().max(60), elementLayoutSchema).refine((r) => Object.keys(r).length <= 50, { message: 'too many element types' }).optional(),
  lineHeight: z.number().min(8).max(24).optional(),
  continueds: z.object({ more: z.string().max(40).optional(), contd: z.string().max(40).optional(), automatic: z.boolean().optional() }).optional(),
  sceneNumbers: z.object({ left: inches.optional(), right: inches.optional() }).optional(),
  pageNumbers: z.object({ shown: z.boolean().optional(), firstPage: z.boolean().optional(), start: z.number().int().min(0).max(99999).optional() }).optional(),
});

// Compile-time proof that the schema and the type describe the same shape.
null as unknown as z.infer<typeof scriptLayoutSchema> satisfies ScriptLayout;
