/**
 * The automatic checks an exercise may declare in course.json (`checks[]`), one object per check,
 * told apart by `kind`. `id` is optional; a check's result is identified by `id ?? kind`, so two
 * checks of one kind in the same exercise need ids (the manifest rules enforce it).
 */
import { z } from 'zod';
import { MANIFEST_BOUNDS } from '../limits.ts';

const checkId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, { error: 'invalid_id' }).optional();
const count = z.number().int().min(0).max(100_000);
const word = z.string().trim().min(1).max(MANIFEST_BOUNDS.name);
const words = z.array(word).min(1).max(MANIFEST_BOUNDS.listItems);

/** An inclusive range where at least one bound is given. */
function range<K extends string, T extends z.ZodType<number>>(kind: K, bound: T) {
  return z
    .strictObject({ kind: z.literal(kind), id: checkId, min: bound.optional(), max: bound.optional() })
    .superRefine((c, ctx) => {
      if (c.min === undefined && c.max === undefined) ctx.addIssue({ code: 'custom', message: 'check_no_bounds', path: [] });
      else if (c.min !== undefined && c.max !== undefined && c.min > c.max) ctx.addIssue({ code: 'custom', message: 'check_range', params: { min: c.min, max: c.max } });
    });
}

export const pagesCheckSchema = range('pages', count);
export const scenesCheckSchema = range('scenes', count);
/** Share of the script's words spoken in dialogue, 0..1. */
export const dialogueShareCheckSchema = range('dialogue_share', z.number().min(0).max(1));

export const titlePageCheckSchema = z.strictObject({ kind: z.literal('title_page'), id: checkId, fields: words });
/** At least one interior and one exterior scene. */
export const intAndExtCheckSchema = z.strictObject({ kind: z.literal('int_and_ext'), id: checkId });
/** Each named character speaks at least once. */
export const charactersCheckSchema = z.strictObject({ kind: z.literal('characters'), id: checkId, names: words });
/** Opens with FADE IN and ends with FADE OUT (or FADE TO BLACK). */
export const fadeInOutCheckSchema = z.strictObject({ kind: z.literal('fade_in_out'), id: checkId });
/** Every scene heading ends with one of the allowed times of day, e.g. PAGI/SIANG/SORE/MALAM. */
export const timeOfDayCheckSchema = z.strictObject({ kind: z.literal('time_of_day'), id: checkId, allowed: words });
/** No action paragraph longer than `lines` printed lines. */
export const maxActionLinesCheckSchema = z.strictObject({ kind: z.literal('max_action_lines'), id: checkId, lines: z.number().int().min(1).max(1_000) });
/** No speech (what one cue says: dialogue and parentheticals) longer than `lines` printed lines. */
export const maxSpeechLinesCheckSchema = z.strictObject({ kind: z.literal('max_speech_lines'), id: checkId, lines: z.number().int().min(1).max(1_000) });

export const checkSchema = z.discriminatedUnion('kind', [
  pagesCheckSchema,
  scenesCheckSchema,
  titlePageCheckSchema,
  intAndExtCheckSchema,
  charactersCheckSchema,
  fadeInOutCheckSchema,
  timeOfDayCheckSchema,
  maxActionLinesCheckSchema,
  maxSpeechLinesCheckSchema,
  dialogueShareCheckSchema,
]);

export type Check = z.infer<typeof checkSchema>;
export type CheckKind = Check['kind'];
export type CheckOf<K extends CheckKind> = Extract<Check, { kind: K }>;

export const CHECK_KINDS: readonly CheckKind[] = checkSchema.options.map((o) => o.shape.kind.value as CheckKind);

/** The id a check's result carries. */
export function checkResultId(check: Check): string {
  return check.id ?? check.kind;
}
